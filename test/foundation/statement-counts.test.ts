import { StatementCounter } from '../../src/db/data-source';
import { seed, type SeededMember } from '../support/seed';
import { ok, startTestServer, type TestServer, settled } from '../support/server';

jest.setTimeout(90_000); // seeding 50 groups takes a while on a loaded 2-core machine

let t: TestServer;
const counter = new StatementCounter();
beforeAll(async () => {
  t = await startTestServer({ statementCounter: counter, slaTimerIntervalMs: 0, feedPollMs: 0 });
});
afterAll(() => t.close());

/** Statements the server sends for one operation (after a warm-up call of the same token). */
async function statementsFor(query: string, token: string, variables: Record<string, unknown> = {}): Promise<{ count: number; data: any }> {
  ok(await t.gql('{ viewer { isOperator } }', {}, token)); // token lookup and lastUsedAt out of the way
  await settled(t); // the token's lastUsedAt write and the feed's reads are not the operation's
  const before = counter.count;
  const data = ok(await t.gql(query, variables, token));
  return { count: counter.count - before, data };
}

const GROUPS = `query($first: Int) { partnerGroups(first: $first) { totalCount edges { node { id name
  memberships(first: 10) { totalCount edges { node { status history { toStatus actor { id } } member { id name users(first: 5) { totalCount edges { node { id email member { id } } } } } } } } } } } }`;

describe('statements per list query stay flat as the list grows', () => {
  it('partnerGroups { memberships { member { users } } } at 5 and at 50 groups', async () => {
    const s = seed(t);
    const members: SeededMember[] = [];
    for (let i = 0; i < 3; i++) {
      const m = await s.member();
      await m.user();
      members.push(m);
    }
    const addGroups = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const g = await s.group();
        for (const m of members.slice(0, 1 + (i % 3))) await s.join(m, g.id);
      }
    };
    await addGroups(5);
    const at5 = await statementsFor(GROUPS, t.operatorToken, { first: 100 });
    expect(at5.data.partnerGroups.edges).toHaveLength(5);
    await addGroups(45);
    const at50 = await statementsFor(GROUPS, t.operatorToken, { first: 100 });
    expect(at50.data.partnerGroups.edges).toHaveLength(50);
    expect(at50.data.partnerGroups.edges.flatMap((e: any) => e.node.memberships.edges).length).toBeGreaterThan(90);
    console.log(`partnerGroups tree: ${at5.count} statements at 5 groups, ${at50.count} at 50`);
    expect(at50.count).toBe(at5.count);
  });

  it('directory at 5 and at 50 entries', async () => {
    const s = seed(t);
    const group = await s.group();
    const a = await s.member();
    const b = await s.member();
    await s.join(a, group.id);
    await s.join(b, group.id);
    const form = await s.form(b);
    const DIR = `{ directory(first: 100) { totalCount edges { node { department { id name form { id version fields { key } } } member { id name } group { id name slaPolicy { atRiskRatio } } } } } }`;
    for (let i = 0; i < 5; i++) await s.department(b, group.id, form.id);
    const at5 = await statementsFor(DIR, a.admin.token);
    expect(at5.data.directory.edges).toHaveLength(5);
    for (let i = 0; i < 45; i++) await s.department(b, group.id, (i % 2 ? form : await s.form(b)).id);
    const at50 = await statementsFor(DIR, a.admin.token);
    expect(at50.data.directory.edges).toHaveLength(50);
    console.log(`directory: ${at5.count} statements at 5 entries, ${at50.count} at 50`);
    expect(at50.count).toBe(at5.count);
  });

  it('members { tokens criticalRosterHistory } at 5 and at 20 members', async () => {
    const s = seed(t);
    const MEMBERS = `{ members(first: 100) { edges { node { id tokens(first: 5) { totalCount edges { node { id } } } criticalRosterHistory(first: 5) { totalCount edges { node { id } } } } } } }`;
    const before = ok(await t.gql(`{ members(first: 100) { totalCount } }`, {}, t.operatorToken)).members.totalCount;
    for (let i = 0; i < 5; i++) await s.member();
    const at5 = await statementsFor(MEMBERS, t.operatorToken);
    expect(at5.data.members.edges).toHaveLength(before + 5);
    for (let i = 0; i < 15; i++) await s.member();
    const at20 = await statementsFor(MEMBERS, t.operatorToken);
    expect(at20.data.members.edges).toHaveLength(before + 20);
    console.log(`members { tokens criticalRosterHistory }: ${at5.count} statements at ${before + 5} members, ${at20.count} at ${before + 20}`);
    expect(at20.count).toBe(at5.count);
  });
});
