import fs from 'node:fs';
import path from 'node:path';
import { createDataSource } from './db/data-source';
import { startEmbeddedDatabase } from './db/embedded';
import { ENTITIES } from './entities';

/**
 * `npm run migration:generate -- <Name>`: applies the committed migrations to a throw-away
 * in-memory PGlite, asks TypeORM what the entities still need, and writes that as a new
 * migration in `migrations/` to review, commit, and add to `src/db/migrations.ts`.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    console.error('usage: npm run migration:generate -- <PascalCaseName>');
    process.exit(2);
  }
  const db = await startEmbeddedDatabase({ maxConnections: 4 });
  const ds = createDataSource(db.url, { entities: ENTITIES, poolSize: 1 });
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('The database already matches the entities: no migration needed.');
      return;
    }
    const ts = Date.now();
    const cls = `${name}${ts}`;
    const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join('\n');
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${cls} implements MigrationInterface {
  name = '${cls}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
    const file = path.resolve(__dirname, '../../migrations', `${ts}-${name}.ts`);
    fs.writeFileSync(file, body);
    console.log(`Wrote ${path.relative(process.cwd(), file)}: review it, then add ${cls} to src/db/migrations.ts`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
