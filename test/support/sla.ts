import { ok, type TestServer } from './server';

/** Every field of a request's current SLA clocks. */
export const SLA_FIELDS = `sla { kind cycle state targetMinutes startedAt atRiskAt dueAt stoppedAt elapsedMinutes }`;

/** A request's status and current SLA clocks, as `token` sees them. */
export async function slaOf(t: TestServer, id: string, token: string): Promise<{ status: string; sla: any[] }> {
  return ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { status ${SLA_FIELDS} } }`, { id }, token)).collaborationRequest;
}

/** A request's timeline as `token` sees it: type, actor and detail of each event, oldest first. */
export async function timelineOf(t: TestServer, id: string, token: string): Promise<Array<{ type: string; actor: { id: string } | null; detail: any }>> {
  const res = ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { timeline(first: 100) { edges { node { type actor { id } detail } } } } }`, { id }, token));
  return res.collaborationRequest.timeline.edges.map((e: any) => e.node);
}

/** Only the SLA events of a request's timeline. */
export async function slaEventsOf(t: TestServer, id: string, token: string) {
  return (await timelineOf(t, id, token)).filter((e) => e.type.startsWith('SLA_'));
}

/** A group whose P2 target is `minutes` (and P1 keeps its 240-minute update cadence); the rest as `groupInput`. */
export function policyWith(p2Minutes: number, extra: Record<string, unknown> = {}) {
  return {
    slaPolicy: {
      targets: [
        { priority: 'P1', responseMinutes: 30, updateEveryMinutes: 240 },
        { priority: 'P2', responseMinutes: p2Minutes },
        { priority: 'P3', responseMinutes: 480 },
        { priority: 'P4', responseMinutes: 960 },
      ],
      ...extra,
    },
  };
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
