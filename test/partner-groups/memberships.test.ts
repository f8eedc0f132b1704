import { mutate } from '../support/mutation';
import { GroupMembership } from '../../src/modules/partner-groups/membership.entity';
import { seed, type SeededMember } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const M = `membership { id status attestation group { id } member { id } history { fromStatus toStatus byOperator reason at actor { id } } }`;
const op = (name: string, input: Record<string, unknown>, token: string) => mutate(t, name, M, input, token);

async function world() {
  const s = seed(t);
  const group = await s.group();
  const member = await s.member();
  return { group, member };
}

describe('inviteMember → acceptInvitation', () => {
  it('makes the member ACTIVE and records who did each step and when', async () => {
    const { group, member } = await world();
    const inv = ok(await op('inviteMember', { groupId: group.id, memberId: member.id }, t.operatorToken)).inviteMember.membership;
    expect(inv.status).toBe('INVITED');
    const acc = ok(await op('acceptInvitation', { id: inv.id }, member.admin.token)).acceptInvitation.membership;
    expect(acc.status).toBe('ACTIVE');
    expect(acc.history).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'INVITED', byOperator: true, actor: null }),
      expect.objectContaining({ fromStatus: 'INVITED', toStatus: 'ACTIVE', byOperator: false, actor: { id: member.admin.id } }),
    ]);
    for (const h of acc.history) expect(Date.parse(h.at)).not.toBeNaN();
  });

  it("refuses another member's invitation (NOT_FOUND)", async () => {
    const { group, member } = await world();
    const other = await seed(t).member();
    const inv = ok(await op('inviteMember', { groupId: group.id, memberId: member.id }, t.operatorToken)).inviteMember.membership;
    expect(onlyError(await op('acceptInvitation', { id: inv.id }, other.admin.token)).extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a second invitation while one is current (CONFLICT)', async () => {
    const { group, member } = await world();
    ok(await op('inviteMember', { groupId: group.id, memberId: member.id }, t.operatorToken));
    expect(onlyError(await op('inviteMember', { groupId: group.id, memberId: member.id }, t.operatorToken)).extensions.code).toBe('CONFLICT');
  });

  it('lets exactly one of many simultaneous invitations win', async () => {
    const { group, member } = await world();
    const results = await Promise.all(Array.from({ length: 10 }, () => op('inviteMember', { groupId: group.id, memberId: member.id }, t.operatorToken)));
    expect(results.map((r) => r.errors?.[0].extensions.code ?? 'OK').sort()).toEqual(['OK', ...Array(9).fill('CONFLICT')].sort());
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT').length).toBe(9);
    expect(await t.dataSource.manager.countBy(GroupMembership, { groupId: group.id, memberId: member.id })).toBe(1);
  });

  it('answers NOT_FOUND for an unknown group or member', async () => {
    const { group, member } = await world();
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect(onlyError(await op('inviteMember', { groupId: nobody, memberId: member.id }, t.operatorToken)).extensions.code).toBe('NOT_FOUND');
    expect(onlyError(await op('inviteMember', { groupId: group.id, memberId: nobody }, t.operatorToken)).extensions.code).toBe('NOT_FOUND');
  });
});

describe('requestMembership → approveMembership / declineMembership', () => {
  it('makes the member ACTIVE once the operator approves', async () => {
    const { group, member } = await world();
    const req = ok(await op('requestMembership', { groupId: group.id }, member.admin.token)).requestMembership.membership;
    expect(req.status).toBe('REQUESTED');
    expect(ok(await op('approveMembership', { id: req.id }, t.operatorToken)).approveMembership.membership.status).toBe('ACTIVE');
  });

  it('records the reason of a decline, and the member may ask again later', async () => {
    const { group, member } = await world();
    const req = ok(await op('requestMembership', { groupId: group.id }, member.admin.token)).requestMembership.membership;
    const dec = ok(await op('declineMembership', { id: req.id, reason: 'No 24x7 line yet' }, t.operatorToken)).declineMembership.membership;
    expect(dec.status).toBe('DECLINED');
    expect(dec.history[1]).toMatchObject({ toStatus: 'DECLINED', reason: 'No 24x7 line yet', byOperator: true });
    const again = ok(await op('requestMembership', { groupId: group.id }, member.admin.token)).requestMembership.membership;
    expect(again.id).not.toBe(req.id);
  });

  it('needs a reason to decline', async () => {
    const { group, member } = await world();
    const req = ok(await op('requestMembership', { groupId: group.id }, member.admin.token)).requestMembership.membership;
    const res = await op('declineMembership', { id: req.id, reason: '  ' }, t.operatorToken);
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'reason' }] });
  });
});

describe('suspendMembership and leaveGroup', () => {
  it('suspends an active membership and approves it back', async () => {
    const { group, member } = await world();
    const id = await seed(t).join(member, group.id);
    expect(ok(await op('suspendMembership', { id, reason: 'unpaid dues' }, t.operatorToken)).suspendMembership.membership.status).toBe('SUSPENDED');
    expect(ok(await op('approveMembership', { id }, t.operatorToken)).approveMembership.membership.status).toBe('ACTIVE');
  });

  it('leaves, and joining again makes a new membership while the old one keeps its history', async () => {
    const { group, member } = await world();
    const first = await seed(t).join(member, group.id);
    const left = ok(await op('leaveGroup', { groupId: group.id }, member.admin.token)).leaveGroup.membership;
    expect(left).toMatchObject({ id: first, status: 'LEFT' });
    const second = await seed(t).join(member, group.id);
    expect(second).not.toBe(first);
    const all = ok(await t.gql(`query($id: ID!) { member(id: $id) { memberships { totalCount edges { node { id status history { toStatus } } } } } }`, { id: member.id }, member.admin.token)).member.memberships;
    expect(all.totalCount).toBe(2);
    expect(all.edges.map((e: any) => [e.node.id, e.node.status])).toEqual([[first, 'LEFT'], [second, 'ACTIVE']]);
    expect(all.edges[0].node.history.map((h: any) => h.toStatus)).toEqual(['INVITED', 'ACTIVE', 'LEFT']);
  });

  it('answers NOT_FOUND to leaving a group the member is not in', async () => {
    const { group, member } = await world();
    expect(onlyError(await op('leaveGroup', { groupId: group.id }, member.admin.token)).extensions.code).toBe('NOT_FOUND');
  });
});

describe('refused steps', () => {
  it.each([
    ['approve an ACTIVE membership', 'approveMembership', 'ACTIVE'],
    ['suspend an INVITED membership', 'suspendMembership', 'INVITED'],
    ['accept an ACTIVE membership', 'acceptInvitation', 'ACTIVE'],
    ['decline an ACTIVE membership', 'declineMembership', 'ACTIVE'],
    ['approve a LEFT membership', 'approveMembership', 'LEFT'],
  ])('refuses to %s with INVALID_TRANSITION and the current status, changing nothing', async (_what, step, status) => {
    const { group, member } = await world();
    let id: string;
    if (status === 'INVITED') id = ok(await op('inviteMember', { groupId: group.id, memberId: member.id }, t.operatorToken)).inviteMember.membership.id;
    else id = await seed(t).join(member, group.id);
    if (status === 'LEFT') ok(await op('leaveGroup', { groupId: group.id }, member.admin.token));
    const token = step === 'acceptInvitation' ? member.admin.token : t.operatorToken;
    const input = step === 'declineMembership' || step === 'suspendMembership' ? { id, reason: 'because' } : { id };
    const res = await op(step, input, token);
    expect(onlyError(res).extensions).toMatchObject({ code: 'INVALID_TRANSITION', status });
    expect((await t.dataSource.manager.findOneByOrFail(GroupMembership, { id })).status).toBe(status);
  });

  it('is FORBIDDEN for an engineer to request membership and for an admin to approve', async () => {
    const { group, member } = await world();
    const eng = await member.user();
    expect(onlyError(await op('requestMembership', { groupId: group.id }, eng.token)).extensions.code).toBe('FORBIDDEN');
    const req = ok(await op('requestMembership', { groupId: group.id }, member.admin.token)).requestMembership.membership;
    expect(onlyError(await op('approveMembership', { id: req.id }, member.admin.token)).extensions.code).toBe('FORBIDDEN');
  });
});

describe('joining the critical-escalation group', () => {
  let critical: { id: string };
  beforeAll(async () => {
    critical = await seed(t).group({ name: 'Critical', kind: 'CRITICAL_ESCALATION', slaPolicy: undefined, calendar: undefined });
  });

  it('needs an attestation to request, and keeps it with the membership', async () => {
    const member = await seed(t).member();
    const missing = await op('requestMembership', { groupId: critical.id }, member.admin.token);
    expect(onlyError(missing).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'attestation' }] });
    const text = 'We run a 24x7 critical desk: +1 555 0100, crit@example.com';
    const req = ok(await op('requestMembership', { groupId: critical.id, attestation: text }, member.admin.token)).requestMembership.membership;
    expect(req.attestation).toBe(text);
  });

  it('needs an attestation to accept an invitation', async () => {
    const member = await seed(t).member();
    const inv = ok(await op('inviteMember', { groupId: critical.id, memberId: member.id }, t.operatorToken)).inviteMember.membership;
    expect(onlyError(await op('acceptInvitation', { id: inv.id }, member.admin.token)).extensions.fields![0].path).toBe('attestation');
    const acc = ok(await op('acceptInvitation', { id: inv.id, attestation: '24x7 desk, crit@example.com' }, member.admin.token)).acceptInvitation.membership;
    expect(acc).toMatchObject({ status: 'ACTIVE', attestation: '24x7 desk, crit@example.com' });
  });
});

describe('who sees memberships', () => {
  it("shows a member its own and the group's ACTIVE memberships, not others' pending ones", async () => {
    const s = seed(t);
    const group = await s.group();
    const [a, b, c] = [await s.member(), await s.member(), await s.member()];
    await s.join(a, group.id);
    await s.join(b, group.id);
    ok(await op('requestMembership', { groupId: group.id }, c.admin.token));
    const q = `query($id: ID!) { partnerGroup(id: $id) { memberships(first: 50) { totalCount edges { node { member { id } status history { toStatus } } } } } }`;
    const seenByA = ok(await t.gql(q, { id: group.id }, a.admin.token)).partnerGroup.memberships;
    expect(seenByA.edges.map((e: any) => e.node.member.id).sort()).toEqual([a.id, b.id].sort());
    expect(seenByA.totalCount).toBe(2);
    const bOfA = seenByA.edges.find((e: any) => e.node.member.id === b.id);
    expect(bOfA.node.history).toEqual([]);
    const seenByC = ok(await t.gql(q, { id: group.id }, c.admin.token)).partnerGroup.memberships;
    expect(seenByC.edges.map((e: any) => [e.node.member.id, e.node.status])).toEqual([[c.id, 'REQUESTED']]);
    const seenByOperator = ok(await t.gql(q, { id: group.id }, t.operatorToken)).partnerGroup.memberships;
    expect(seenByOperator.totalCount).toBe(3);
  });
});
