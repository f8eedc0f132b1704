/**
 * Runs after `npm install`: initialises an embedded PostgreSQL (PGlite) data folder once and
 * keeps it as a tarball, so the first `npm start` on a fresh data folder restores it
 * (about 0.5 s) instead of running initdb in WebAssembly (about 3 s). Nothing depends on
 * it: if this step fails or is skipped (`--ignore-scripts`), start-up runs initdb as before.
 * `src/db/embedded.ts` reads the tarball from the same place (`pgliteTemplatePath`).
 */
const fs = require('node:fs');
const path = require('node:path');

async function main() {
  const entry = require.resolve('@electric-sql/pglite'); // …/node_modules/@electric-sql/pglite/dist/index.cjs
  const pkgDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const target = path.join(pkgDir, '..', '..', '.cache', 'crossdesk', `pglite-${version}.tar.gz`);
  if (fs.existsSync(target)) return;
  const started = Date.now();
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('gzip');
  await db.close();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(partial, target);
  process.stdout.write(`crossdesk: embedded database template ready in ${Date.now() - started} ms (${path.relative(process.cwd(), target)})\n`);
}

main().catch((err) => {
  process.stderr.write(`crossdesk: no embedded database template (${err && err.message}); the first start will initialise the database itself\n`);
});
