import { act, requestWorld } from '../support/seed';
import { ok, startTestServer, type TestServer } from '../support/server';
import { REQUEST_EVENTS, subscribe } from '../support/subscriber';

jest.setTimeout(300_000); // thousands of events (or a cold PGlite) on a shared 2-core machine: minutes when it is loaded
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const FROM_START = Buffer.from('e:0').toString('base64url');
const seqOf = (cursor: string) => BigInt(Buffer.from(cursor, 'base64url').toString().slice(2));

/** Runs `n` jobs with at most `width` at once. */
async function pool(n: number, width: number, job: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < n) await job(next++);
  }));
}

describe('resuming a stream with after', () => {
  it('misses nothing and repeats nothing over 1,000 events written while away and during the replay', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    const note = (i: number) => act(t, 'addNote', { requestId: r.id, body: `n${i}`, internal: i % 5 === 0 }, i % 2 ? w.engA.token : w.engB.token).then(ok);

    const first = subscribe(t.wsUrl, w.engA.token, REQUEST_EVENTS('id cursor type'), { after: FROM_START });
    await note(-1);
    await first.waitFor((ev) => ev.length >= 2);
    const lastSeen = first.events[first.events.length - 1].cursor;
    await first.dispose();

    await pool(600, 6, (i) => note(i)); // while away
    const resumed = subscribe(t.wsUrl, w.engA.token, REQUEST_EVENTS('id cursor type'), { after: lastSeen });
    await pool(400, 6, (i) => note(600 + i)); // during the replay and after it

    // what A may see after its cursor, from the log itself
    const expected: string[] = [];
    let after: string | null = lastSeen;
    for (;;) {
      const page: any = ok(await t.gql(`query($after: String) { events(after: $after, first: 100) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after }, w.engA.token)).events;
      expected.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(expected.length).toBeGreaterThanOrEqual(1000 - 200 / 2); // B's internal notes are not A's
    await resumed.waitFor((ev) => ev.length >= expected.length, 60_000);
    const got = resumed.events.map((e) => e.id);
    expect(new Set(got).size).toBe(got.length);
    expect(got).toEqual(expected);
    const seqs = resumed.events.map((e) => seqOf(e.cursor));
    for (let i = 1; i < seqs.length; i++) expect(seqs[i] > seqs[i - 1]).toBe(true);
    expect(seqs[0] > seqOf(lastSeen)).toBe(true);
    await resumed.dispose();
  });
});
