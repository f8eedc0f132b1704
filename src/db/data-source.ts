import { DataSource, type EntitySchema, type Logger as TypeOrmLogger } from 'typeorm';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

/** Counts statements sent to the database; tests use it to prove that list queries stay flat. */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/**
 * The TypeORM data source for a PostgreSQL URL (a server, or the embedded PGlite socket).
 * `entities` is the application's list (`src/entities.ts`); without it the data source
 * only runs migrations and raw SQL.
 */
export function createDataSource(url: string, options: { entities?: Array<Function | EntitySchema>; poolSize?: number; counter?: StatementCounter } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: options.entities ?? [],
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: options.poolSize ?? 10,
    logging: options.counter ? ['query'] : false,
    logger: options.counter,
    extra: { connectionTimeoutMillis: 10_000 },
  });
}
