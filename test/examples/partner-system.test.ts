import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CollaborationRequest } from '../../src/modules/requests/request.entity';
import { requestWorld } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';

jest.setTimeout(60_000);
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const SCRIPT = path.resolve(__dirname, '../../examples/partner-system/index.js');

function runPartnerSystem(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [SCRIPT], { env: { ...process.env, ...env }, timeout: 45_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
    );
  });
}

describe('examples/partner-system', () => {
  it('accepts each inbound request with its own case number, and resumes from its stored cursor', async () => {
    const w = await requestWorld(t);
    const svc = await w.b.serviceToken();
    const cursorFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'partner-')), 'cursor');
    const env = { CROSSDESK_URL: t.url, CROSSDESK_TOKEN: svc.token, CURSOR_FILE: cursorFile, CASE_PREFIX: 'ACME' };
    fs.writeFileSync(cursorFile, Buffer.from('e:0').toString('base64url')); // from the start of the log
    const r1 = await w.submit({ requesterCaseNumber: 'R1' });
    const r2 = await w.submit({ requesterCaseNumber: 'R2' });
    const out1 = await runPartnerSystem({ ...env, MAX_EVENTS: '2' });
    expect(out1).toContain('"msg":"accepted"');
    const status = async (id: string) => t.dataSource.manager.findOneByOrFail(CollaborationRequest, { id });
    for (const r of [r1, r2]) expect(await status(r.id)).toMatchObject({ status: 'ACCEPTED', receiverCaseNumber: `ACME-${r.id.slice(0, 8).toUpperCase()}` });

    // while it is down, another request arrives; started again, it handles only that one
    const r3 = await w.submit({ requesterCaseNumber: 'R3' });
    const out2 = await runPartnerSystem({ ...env, MAX_EVENTS: '1' });
    expect(out2.match(/"msg":"accepted"/g)).toHaveLength(1);
    expect(out2).toContain(r3.id);
    expect(await status(r3.id)).toMatchObject({ status: 'ACCEPTED' });
  });
});
