/**
 * B2x push latency, one instance vs two: 100 graphql-ws subscribers on `inboundRequests`
 * (10 for each of 10 members), B2's subscription, client and latency (receipt at a subscriber −
 * arrival of the submit's HTTP response). Two Crossdesk processes share one PostgreSQL database
 * and both run throughout; submits always go to instance 1.
 *   (a) baseline: all 100 subscribers on instance 1;
 *   (b) 50 on each instance (5 per member on each): instance 2 learns of instance 1's commits
 *       through LISTEN/NOTIFY and reads the events itself.
 * The two placements alternate in rounds (a, b, a, b) so that drift in the machine's load falls
 * on both. Every delivery is checked to arrive exactly once (per request, per subscriber).
 */
import type WebSocket from 'ws';
import { closeAll, CONNECT_BATCH, latenciesOf, newReceipts, type Receipts, type Sent, settle, submitter, subscribe, summarise } from './b2-push';
import { createDatabase } from './lib/postgres';
import type { BenchContext, BenchOutcome } from './lib/report';
import { type CrossdeskProcess, startCrossdesk } from './lib/server';
import { now, round } from './lib/stats';
import { buildWorld, type World } from './lib/world';

const MEMBERS = 10;
const SUBSCRIBERS = 100;
const ROUNDS = 2;

type Placement = 'one' | 'two';

interface Tally {
  latencies: number[];
  /** by the instance the subscriber is connected to */
  latenciesOn: [number[], number[]];
  missing: number;
  extra: number;
  /** frames for requests this round did not submit */
  unexpected: number;
  submits: number;
  submitSeconds: number;
  errors: string[];
}

const newTally = (): Tally => ({ latencies: [], latenciesOn: [[], []], missing: 0, extra: 0, unexpected: 0, submits: 0, submitSeconds: 0, errors: [] });

async function round1(ctx: BenchContext, placement: Placement, servers: CrossdeskProcess[], world: World, submits: number, serial: { n: number }, tally: Tally): Promise<void> {
  const perMember = SUBSCRIBERS / MEMBERS;
  const instances = placement === 'one' ? 1 : 2;
  const perMemberPerInstance = perMember / instances;
  // one Receipts per instance, so that each instance's deliveries are checked on their own
  const receipts: Receipts[] = Array.from({ length: instances }, newReceipts);
  const sockets: WebSocket[] = [];
  try {
    // subscriber i: member i % 10; instance (i / 10) % instances, so each member's 10 are split 5/5
    const plan = Array.from({ length: SUBSCRIBERS }, (_, i) => ({ m: i % MEMBERS, k: Math.floor(i / MEMBERS) % instances }));
    for (let i = 0; i < plan.length; i += CONNECT_BATCH) {
      sockets.push(...(await Promise.all(plan.slice(i, i + CONNECT_BATCH).map(({ m, k }) => subscribe(servers[k].wsUrl, world.members[m].engineers[0].token, receipts[k])))));
    }
    const submit = submitter(servers[0].url, world);
    const submitTo = (m: number) => submit(m, serial.n++);
    const total = () => receipts.reduce((s, r) => s + r.total, 0);
    const settleAll = async (expectedEach: number, idleMs: number) => {
      for (const r of receipts) await settle(r, expectedEach, idleMs);
    };
    // warm-up, and proof that every subscription on every instance is live
    for (let m = 0; m < MEMBERS; m++) await submitTo(m);
    await settleAll(MEMBERS * perMemberPerInstance, 30_000);
    if (total() < SUBSCRIBERS) throw new Error(`B2x ${placement}: warm-up: ${total()} of ${SUBSCRIBERS} deliveries arrived; errors ${receipts.flatMap((r) => r.errors).slice(0, 3).join('; ')}`);
    const warmup = receipts.map((r) => r.total);

    const sent: Sent[] = [];
    const start = now();
    for (let i = 0; i < submits; i++) sent.push(await submitTo(i % MEMBERS));
    tally.submitSeconds += (now() - start) / 1000;
    tally.submits += submits;
    await settleAll((submits + MEMBERS) * perMemberPerInstance, 20_000);
    receipts.forEach((r, k) => {
      const l = latenciesOf(sent, r, perMemberPerInstance);
      tally.latencies.push(...l.latencies);
      tally.latenciesOn[k].push(...l.latencies);
      tally.missing += l.missing;
      tally.extra += l.extra;
      tally.unexpected += r.total - warmup[k] - l.latencies.length;
      tally.errors.push(...r.errors.slice(0, 3));
    });
  } finally {
    await closeAll(sockets);
  }
  ctx.log(`B2x: round (${placement} instance${instances > 1 ? 's' : ''}) of ${submits} submits done`);
}

export async function runB2x(ctx: BenchContext): Promise<BenchOutcome> {
  const submits = ctx.quick ? 100 : 1_000; // per placement, over ROUNDS rounds
  const db = await createDatabase(ctx.pg.adminUrl, 'b2x');
  const servers: CrossdeskProcess[] = [];
  try {
    servers.push(await startCrossdesk({ databaseUrl: db.url })); // migrates the database
    servers.push(await startCrossdesk({ databaseUrl: db.url }));
    const world = await buildWorld(servers[0].url, { members: MEMBERS, engineers: 1 });
    ctx.log(`B2x: two instances on one database; ${SUBSCRIBERS} subscribers (${SUBSCRIBERS / MEMBERS} per member), ${submits} submits per placement to instance 1`);
    const tallies: Record<Placement, Tally> = { one: newTally(), two: newTally() };
    const serial = { n: 0 };
    for (let r = 0; r < ROUNDS; r++) {
      for (const placement of ['one', 'two'] as const) await round1(ctx, placement, servers, world, submits / ROUNDS, serial, tallies[placement]);
    }
    const one = tallies.one;
    const two = tallies.two;
    const a = summarise(one.latencies);
    const b = summarise(two.latencies);
    const onInstance1 = summarise(two.latenciesOn[0]);
    const onInstance2 = summarise(two.latenciesOn[1]);
    const exactlyOnce = [one, two].every((t) => t.missing === 0 && t.extra === 0 && t.unexpected === 0 && t.latencies.length === t.submits * SUBSCRIBERS / MEMBERS);
    const check = (t: Tally) => `${t.latencies.length} deliveries, missing ${t.missing}, extra ${t.extra}, unexpected ${t.unexpected}`;
    const note = `two instances: ${check(two)} (p50 ${onInstance1.p50} ms on instance 1, ${onInstance2.p50} ms on instance 2; p99 ${onInstance1.p99} / ${onInstance2.p99} ms); one instance: ${check(one)}`;
    if (!exactlyOnce) ctx.log(`B2x: deliveries NOT exactly once: ${note}; errors ${[...one.errors, ...two.errors].slice(0, 3).join('; ')}`);
    const figure = (p: 'p50' | 'p99') => ({
      id: 'B2x',
      name: `push latency ${p}, ${SUBSCRIBERS} subscribers / ${MEMBERS} members, spread over two instances`,
      value: b[p],
      unit: 'ms',
      baselineName: 'all on one instance',
      baseline: a[p],
      ratioLabel: 'two / one',
      ratio: round(b[p] / a[p], 2),
      target: 'exactly once',
      met: exactlyOnce,
      note,
    });
    return {
      figures: [figure('p50'), figure('p99')],
      details: {
        members: MEMBERS,
        subscribers: SUBSCRIBERS,
        submitsPerPlacement: submits,
        rounds: ROUNDS,
        order: 'one, two, one, two (subscribers reconnected each round; both instances run throughout; submits to instance 1)',
        exactlyOnce,
        oneInstance: { ...a, missing: one.missing, extra: one.extra, unexpected: one.unexpected, submitsPerSecond: round(one.submits / one.submitSeconds, 1), errors: one.errors.slice(0, 5) },
        twoInstances: {
          ...b,
          missing: two.missing,
          extra: two.extra,
          unexpected: two.unexpected,
          submitsPerSecond: round(two.submits / two.submitSeconds, 1),
          subscribersOnInstance1: onInstance1,
          subscribersOnInstance2: onInstance2,
          errors: two.errors.slice(0, 5),
        },
        method:
          'latency = receipt at the subscriber − arrival of the submit HTTP response from instance 1; instance 2 is signalled by NOTIFY (sent after commit) and reads the events from PostgreSQL; every (request, subscriber) pair must arrive exactly once',
      },
    };
  } finally {
    for (const s of servers.reverse()) await s.stop();
    await db.drop();
  }
}
