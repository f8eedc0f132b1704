import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unstorableText as serverRule } from '../../src/common/storable-text';
import { unstorableText as consoleCopy } from '../../console/src/forms/storable-text';

const ROOT = path.resolve(__dirname, '../..');
const GENERATED = path.join(ROOT, 'console/src/graphql/generated');

jest.setTimeout(60_000);

describe('the console build inputs', () => {
  it('has typed operations generated from the current schema.graphql (run `npm run console:codegen` when this fails)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'console-codegen-'));
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'console/codegen.ts', '--silent'], {
        cwd: ROOT,
        env: { ...process.env, CODEGEN_OUT: `${out}/` },
        stdio: 'pipe',
      });
      const names = fs.readdirSync(GENERATED).sort();
      expect(fs.readdirSync(out).sort()).toEqual(names);
      for (const name of names) expect(fs.readFileSync(path.join(out, name), 'utf8')).toBe(fs.readFileSync(path.join(GENERATED, name), 'utf8'));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it("keeps the console's copy of unstorableText answering as the server's", () => {
    for (const s of ['plain', '', 'nul \u0000 inside', 'lone \ud800 surrogate', 'pair \ud83d\ude00 ok', '\udfff']) expect(consoleCopy(s)).toBe(serverRule(s));
  });
});
