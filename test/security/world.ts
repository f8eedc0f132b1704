import { ok, type TestServer } from '../support/server';
import { requestWorld, type SeededMember, type SeededUser } from '../support/seed';

import { mutationDocument as mutation } from '../support/mutation';

export type FreshState = 'OPEN' | 'ACCEPTED' | 'INFORMATION_REQUESTED' | 'CLOSED';

/**
 * The network the security tests run against. A, B and C are ACTIVE in one COLLABORATIVE
 * group, each with a department there; A and B are also in the critical-escalation group,
 * where B has a department. A has an engineer, an engineer on its critical team, a service
 * token without critical access and one with it. Requests A→B exist for reads.
 */
export async function buildWorld(t: TestServer) {
  const builtFrom = new Date(Date.now() - 1000).toISOString();
  // the requests' world (A, B, C active in one group, B's department there), and what security adds to it
  const base = await requestWorld(t);
  const { s, group, a, b, c, engA, engB, engC } = base;
  const formB = base.form;
  const deptB = base.department;
  const criticalGroup = await s.group({ name: `Critical Escalation ${process.pid}`, kind: 'CRITICAL_ESCALATION', slaPolicy: undefined, calendar: undefined });
  const spareGroup = await s.group();
  await s.join(a, criticalGroup.id, 'A runs a 24x7 critical desk: +1 555 0100');
  await s.join(b, criticalGroup.id, 'B runs a 24x7 critical desk: +1 555 0200');

  const [formA, formA2, formA3, formBC, formC] = [await s.form(a), await s.form(a), await s.form(a), await s.form(b), await s.form(c)];
  const deptA = await s.department(a, group.id, formA.id, 'A storage');
  const deptBC = await s.department(b, criticalGroup.id, formBC.id, 'B critical desk');
  const deptC = await s.department(c, group.id, formC.id, 'C storage');

  const rosterA = await a.user('ENGINEER', 'Rita Roster');
  const spareRosterA = await a.user('ENGINEER', 'Sam Spare');
  for (const u of [rosterA, spareRosterA]) {
    ok(await t.gql(mutation('addToCriticalTeam', 'user { id }'), { input: { userId: u.id } }, a.admin.token));
  }
  const svcA = await a.serviceToken();
  const svcAcrit = await a.serviceToken();
  ok(await t.gql(mutation('setTokenCriticalAccess', 'token { id }'), { input: { tokenId: svcAcrit.id, allowed: true } }, a.admin.token));

  const requestInput = (departmentId: string, overrides: Record<string, unknown> = {}) => base.input({ departmentId, priority: 'P3', ...overrides });
  const submitTo = async (departmentId: string, token: string, overrides: Record<string, unknown> = {}): Promise<string> =>
    ok(await t.gql(mutation('submitRequest', 'request { id }'), { input: requestInput(departmentId, overrides) }, token)).submitRequest.request.id;

  const request = await submitTo(deptB.id, engA.token);
  const request2 = await submitTo(deptB.id, engA.token);
  const request3 = await submitTo(deptB.id, engA.token);
  await new Promise((r) => setTimeout(r, 5));
  const builtTo = new Date().toISOString();
  // a request A→B that B engaged C for twice, once shared with A and once not: after the
  // reads' period, so C stays party to nothing in it
  const engagedRequest = await submitTo(deptB.id, engA.token);
  const engage = async (share: boolean, caseNumber: string): Promise<string> =>
    ok(
      await t.gql(
        mutation('engageParty', 'engagement { id }'),
        { input: { ...requestInput(deptC.id), requestId: engagedRequest, requesterCaseNumber: caseNumber, shareWithRequester: share } },
        engB.token,
      ),
    ).engageParty.engagement.id;
  const sharedEngagement = await engage(true, 'B-ENG-S');
  const privateEngagement = await engage(false, 'B-ENG-P');

  const step = async (name: string, input: Record<string, unknown>, token: string) => ok(await t.gql(mutation(name, 'request { id status }'), { input }, token));

  // webhooks: one of A's (tests drive delivery, so nothing is sent from the world), an event A sees, and B's internal note A does not
  const createWebhookOfA = async (): Promise<string> =>
    ok(await t.gql(mutation('createWebhook', 'webhook { id }'), { input: { url: 'https://hooks.example.com/a', description: 'A ticketing' } }, a.admin.token)).createWebhook.webhook.id;
  const webhookA = { id: await createWebhookOfA() };
  const eventsOf = async (token: string) => ok(await t.gql(`{ events(first: 100) { edges { node { id type request { id } } } } }`, {}, token)).events.edges.map((e: any) => e.node);
  const eventOfRequest = (await eventsOf(engA.token)).find((e: any) => e.request.id === request && e.type === 'REQUEST_SUBMITTED');
  ok(await t.gql(mutation('addNote', 'note { id }'), { input: { requestId: request3, body: 'B only', internal: true } }, engB.token));
  const internalNoteOfB = (await eventsOf(engB.token)).find((e: any) => e.request.id === request3 && e.type === 'NOTE_ADDED');

  return {
    t,
    s,
    group,
    criticalGroup,
    spareGroup,
    a,
    b,
    c,
    engA,
    rosterA,
    spareRosterA,
    svcA,
    svcAcrit,
    engB,
    engC,
    formA,
    formA2,
    formA3,
    formB,
    formBC,
    formC,
    deptA,
    deptB,
    deptBC,
    deptC,
    request: { id: request },
    request2: { id: request2 },
    request3: { id: request3 },
    /** A request A→B that B engaged C for: `sharedEngagement` (A observes it) and `privateEngagement` (A does not see it). */
    engagedRequest: { id: engagedRequest },
    sharedEngagement: { id: sharedEngagement },
    privateEngagement: { id: privateEngagement },
    webhookA,
    createWebhookOfA,
    /** The REQUEST_SUBMITTED event of `request` (both A and B see it). */
    eventOfRequest: { id: eventOfRequest.id as string },
    /** An internal note of B's on request3: an event only B sees. */
    internalNoteOfB: { id: internalNoteOfB.id as string },
    /** Every request of the world's reads was created in [builtFrom, builtTo). */
    builtFrom,
    builtTo,
    requestInput,
    submitTo,
    /** A fresh request A→B (submitted by A's engineer), brought by B's engineer to `state`. */
    async fresh(state: FreshState): Promise<string> {
      const id = await submitTo(deptB.id, engA.token);
      if (state === 'INFORMATION_REQUESTED') await step('requestInformation', { id, question: 'Which firmware?' }, engB.token);
      if (state === 'ACCEPTED' || state === 'CLOSED') await step('acceptRequest', { id, receiverCaseNumber: 'B-1' }, engB.token);
      if (state === 'CLOSED') await step('closeRequest', { id, resolution: 'Fixed' }, engB.token);
      return id;
    },
    /** The input of B engaging C (C's department in the shared group) for a request A→B. */
    engageInput(requestId: string, overrides: Record<string, unknown> = {}) {
      return { ...requestInput(deptC.id), requestId, requesterCaseNumber: 'B-ENG-1', ...overrides };
    },
    /**
     * A fresh engagement B→C of a fresh request A→B (B engages C's department), shared with
     * A (who then observes it) or not, and brought by C's engineer to `state`.
     */
    async engagement(share: boolean, state: 'OPEN' | 'ACCEPTED' = 'OPEN'): Promise<string> {
      const from = await submitTo(deptB.id, engA.token);
      const input = { ...requestInput(deptC.id), requestId: from, requesterCaseNumber: 'B-ENG-1', shareWithRequester: share };
      const id = ok(await t.gql(mutation('engageParty', 'engagement { id }'), { input }, engB.token)).engageParty.engagement.id;
      if (state === 'ACCEPTED') await step('acceptRequest', { id, receiverCaseNumber: 'C-1' }, engC.token);
      return id;
    },
    /** A personal token of a fresh engineer of A's, revoked by A's admin. */
    async revokedToken(): Promise<string> {
      const u = await a.user('ENGINEER', 'Rex Revoked');
      const id = ok(await t.gql(`{ viewer { token { id } } }`, {}, u.token)).viewer.token.id;
      ok(await t.gql(mutation('revokeToken', 'token { id }'), { input: { id } }, a.admin.token));
      return u.token;
    },
    /** A fresh member's request to join the spare group: a REQUESTED membership. */
    async requestedMembership(): Promise<string> {
      const m = await s.member();
      return ok(await t.gql(mutation('requestMembership', 'membership { id }'), { input: { groupId: spareGroup.id } }, m.admin.token)).requestMembership.membership.id;
    },
    /** A's invitation into a fresh group: an INVITED membership. */
    async invitationOfA(): Promise<string> {
      const g = await s.group();
      return ok(await t.gql(mutation('inviteMember', 'membership { id }'), { input: { groupId: g.id, memberId: a.id } }, t.operatorToken)).inviteMember.membership.id;
    },
    /**
     * One fresh request per member that both its streams carry (inbound and all events): B→A
     * for A, A→B for B, B→C for C.
     */
    async flush(): Promise<Record<'A' | 'B' | 'C', string>> {
      const toA = await submitTo(deptA.id, engB.token);
      const toC = await submitTo(deptC.id, engB.token);
      const toB = await submitTo(deptB.id, engA.token);
      return { A: toA, B: toB, C: toC };
    },
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
export type { SeededMember, SeededUser };
