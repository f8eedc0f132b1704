import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { killAllChildServers, post, startChildServer, type ChildServer } from '../support/child-server';
import { requestWorld } from '../support/seed';
import { INBOUND, REQUEST_EVENTS } from '../support/subscriber';
import { asTestServer, ROOT, resumingSubscriber, type ResumingSubscriber } from './ops-support';

/**
 * A rolling restart under load, as an operator does it: two instances on one PostgreSQL,
 * writers and subscribers on both; instance A gets SIGTERM mid-load and is started again.
 * Every acknowledged write must be stored, and every subscriber's stream (the example
 * partner system's too) complete, in order and without duplicates.
 */

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const OPERATOR = 'cdk_ops_rolling_restart_operator_0123456789';
const FROM_START = Buffer.from('e:0').toString('base64url');
const WRITES = 60;
const RESTART_AFTER = 15;

jest.setTimeout(240_000);

const SUBMIT = `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }`;

(onPostgres ? describe : describe.skip)('a rolling restart of one of two instances on PostgreSQL, under load', () => {
  let db: TestDatabase;
  const subs: ResumingSubscriber[] = [];
  afterAll(async () => {
    await Promise.all(subs.map((s) => s.dispose()));
    killAllChildServers();
    await db?.drop();
  });

  it('keeps every acknowledged write and gives every subscriber its whole stream, once', async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, CROSSDESK_OPERATOR_TOKEN: OPERATOR, DB_POOL_SIZE: '4', SHUTDOWN_GRACE_SECONDS: '10' };
    let a: ChildServer = await startChildServer(env);
    const b = await startChildServer(env);
    const instances = () => [a.url, b.url];
    const wsInstances = () => instances().map((u) => u.replace('http', 'ws'));

    const w = await requestWorld(asTestServer(b.url, OPERATOR));
    const svc = await w.b.serviceToken();

    // subscribers start on A (the one to restart) and on B; each resumes on the other instance when its socket closes
    const inbound = [resumingSubscriber(wsInstances, w.engB.token, INBOUND('id cursor type request { id }'), FROM_START)];
    const events = [resumingSubscriber(wsInstances, w.engA.token, REQUEST_EVENTS('id cursor type request { id }'), FROM_START)];
    const control = [
      resumingSubscriber(() => [b.url.replace('http', 'ws')], w.engB.token, INBOUND('id cursor type request { id }'), FROM_START),
      resumingSubscriber(() => [b.url.replace('http', 'ws')], w.engA.token, REQUEST_EVENTS('id cursor type request { id }'), FROM_START),
    ];
    subs.push(...inbound, ...events, ...control);

    // the example partner system, on A first (CROSSDESK_URL lists both), accepting each inbound request
    const cursorFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-partner-')), 'cursor');
    fs.writeFileSync(cursorFile, FROM_START);
    const partner = spawn(process.execPath, [path.join(ROOT, 'examples/partner-system/index.js')], {
      env: { ...process.env, CROSSDESK_URL: `${a.url},${b.url}`, CROSSDESK_TOKEN: svc.token, CURSOR_FILE: cursorFile, CASE_PREFIX: 'ACME', MAX_EVENTS: String(WRITES) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partnerOut = '';
    partner.stdout!.on('data', (d: Buffer) => (partnerOut += d.toString()));
    partner.stderr!.on('data', (d: Buffer) => (partnerOut += d.toString()));
    const partnerDone = new Promise<number | null>((resolve) => partner.once('exit', resolve));

    // writers: four at once, alternating between the instances; a write refused by a stopping or stopped instance goes to the other
    const acked: string[] = [];
    let restarted: Promise<void> | undefined;
    let firstExit: number | null | undefined;
    let stoppedA: ChildServer | undefined;
    let next = 0;
    let retried = 0;
    const writer = async (n: number) => {
      for (let k = next++; k < WRITES; k = next++) {
        for (let attempt = 0; ; attempt++) {
          const url = instances()[(k + attempt + n) % 2];
          try {
            const res = await post(url, SUBMIT, { input: w.input({ requesterCaseNumber: `RR-${k}` }) }, w.engA.token);
            if (res.errors) throw new Error(JSON.stringify(res.errors));
            acked.push(res.data.submitRequest.request.id);
            break;
          } catch (err) {
            retried++;
            if (attempt > 40) throw err;
          }
        }
        if (acked.length >= RESTART_AFTER && !restarted) {
          // a rolling restart of A: SIGTERM, wait for it to exit, start it again
          restarted = (async () => {
            stoppedA = a;
            firstExit = await stoppedA.stop('SIGTERM');
            a = await startChildServer(env);
          })();
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    await restarted;
    expect(firstExit).toBe(0);
    const drained = stoppedA!.logs.find((l) => l.msg === 'drained');
    expect(drained).toMatchObject({ unfinished: 0 });
    expect(drained!.sockets).toBeGreaterThanOrEqual(3); // two subscribers and the partner system were on A
    expect(acked).toHaveLength(WRITES);

    // the example partner system accepted every request, although its instance went away under it
    expect(await partnerDone).toBe(0);
    expect(partnerOut).toContain('"msg":"reconnecting"');

    // a marker, last in the log: a stream that has it has everything before it
    const marker = (await post(b.url, SUBMIT, { input: w.input({ requesterCaseNumber: 'MARKER' }) }, w.engA.token)).data.submitRequest.request.id;
    for (const s of subs) await s.waitFor((got) => got.some((e) => e.request.id === marker && e.type === 'REQUEST_SUBMITTED'), 60_000);

    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      // every acknowledged write is stored
      const stored = await pg.query<{ id: string }>(`SELECT id FROM collaboration_request WHERE id = ANY ($1::uuid[])`, [acked]);
      expect(stored.rows).toHaveLength(WRITES);
      const accepted = await pg.query<{ n: string }>(`SELECT count(*) AS n FROM collaboration_request WHERE status = 'ACCEPTED' AND id = ANY ($1::uuid[])`, [acked]);
      expect(Number(accepted.rows[0].n)).toBe(WRITES);

      // every stream is the log's, whole, in order, without duplicates
      const log = (await pg.query<{ id: string; type: string; from_member_id: string; to_member_id: string; only_member_id: string | null }>(
        `SELECT id, type, from_member_id, to_member_id, only_member_id FROM request_event ORDER BY seq`,
      )).rows;
      const inboundExpected = log.filter((e) => e.type === 'REQUEST_SUBMITTED' && e.to_member_id === w.b.id).map((e) => e.id);
      const eventsExpected = log.filter((e) => (e.from_member_id === w.a.id || e.to_member_id === w.a.id) && (e.only_member_id === null || e.only_member_id === w.a.id)).map((e) => e.id);
      expect(inboundExpected).toHaveLength(WRITES + 1);
      for (const s of [...inbound, control[0]]) expect(s.events.map((e) => e.id)).toEqual(inboundExpected);
      for (const s of [...events, control[1]]) expect(s.events.map((e) => e.id)).toEqual(eventsExpected);
      // the subscribers on A were told to go with 1012 and resumed elsewhere; those on B never left
      for (const s of [...inbound, ...events]) {
        expect(s.closeCodes).toContain(1012);
        expect(s.connections.length).toBeGreaterThan(1);
      }
      for (const s of control) expect(s.connections).toHaveLength(1);
      // report the figures of this run in the test output
      const logsOfA = stoppedA!.logs;
      const duringDrain = logsOfA.slice(logsOfA.findIndex((l) => l.msg === 'shutting down')).filter((l) => l.path === '/graphql' && l.status === 200).length;
      process.stdout.write(
        `rolling restart: ${acked.length} writes acknowledged and stored (${duringDrain} answered by A while it drained, ${retried} refused and sent to the other instance), ${inboundExpected.length} inbound and ${eventsExpected.length} request events, ` +
          `each in every stream once; A drained in ${drained!.ms} ms closing ${drained!.sockets} sockets with 1012; subscribers on A reconnected ${[...inbound, ...events].map((s) => s.connections.length - 1).join('/')} time(s)\n`,
      );
    } finally {
      await pg.end();
    }
    await a.stop();
    await b.stop();
  });
});
