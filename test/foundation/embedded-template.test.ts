import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { pgliteTemplatePath, startEmbeddedDatabase } from '../../src/db/embedded';

/**
 * The embedded database's first start: restored from the template tarball `npm install`
 * made (scripts/pglite-template.js), or initialised by PGlite itself when there is none or
 * it cannot be read. Either way the data folder then works and keeps what is written.
 */

jest.setTimeout(300_000); // thousands of events (or a cold PGlite) on a shared 2-core machine: minutes when it is loaded

const dirs: string[] = [];
const freshDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-template-'));
  dirs.push(dir);
  return path.join(dir, 'data');
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function sql(url: string, text: string): Promise<any[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

/** Writes a row on a fresh folder, stops, reopens the folder and reads the row back. */
async function writeReopenRead(dataDir: string, template: string | null | undefined): Promise<number> {
  const first = await startEmbeddedDatabase({ dataDir, maxConnections: 2, template });
  try {
    await sql(first.url, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
  } finally {
    await first.stop();
  }
  const again = await startEmbeddedDatabase({ dataDir, maxConnections: 2, template });
  try {
    return (await sql(again.url, 'SELECT n FROM kept'))[0].n;
  } finally {
    await again.stop();
  }
}

describe('the embedded database template', () => {
  it('is made by npm install, one per PGlite version', () => {
    expect(pgliteTemplatePath()).toMatch(/node_modules\/\.cache\/crossdesk\/pglite-\d+\.\d+\.\d+\.tar\.gz$/);
    expect(fs.statSync(pgliteTemplatePath()).size).toBeGreaterThan(100_000);
  });

  it('gives a fresh data folder a working database that keeps its data', async () => {
    expect(await writeReopenRead(freshDir(), undefined)).toBe(42);
  });

  it('is not needed: without one PGlite initialises the folder itself', async () => {
    expect(await writeReopenRead(freshDir(), null)).toBe(42);
  });

  it('falls back to initialising when the tarball cannot be restored', async () => {
    const broken = path.join(path.dirname(freshDir()), 'broken.tar.gz');
    fs.writeFileSync(broken, 'not a tarball');
    expect(await writeReopenRead(freshDir(), broken)).toBe(42);
  });
});
