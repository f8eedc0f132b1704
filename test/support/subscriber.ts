import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createWaiter } from './waiter';

/**
 * A graphql-ws subscriber that queues every message it receives and lets a test wait for a
 * condition on them (never on time), like graphql-ws's own tests' `tclient`.
 */
export interface Subscriber {
  events: any[];
  errors: unknown[];
  closedWith?: number;
  waitFor(predicate: (events: any[]) => boolean, timeoutMs?: number): Promise<any[]>;
  dispose(): Promise<void>;
}

export const EVENT_SELECTION = `id cursor type at critical detail request { id critical status summary fromMember { id } toMember { id } }`;

export function subscribe(wsUrl: string, token: string, query: string, variables: Record<string, unknown> = {}): Subscriber {
  const waiter = createWaiter(
    () => sub.events,
    () => `condition not met; got ${sub.events.length} events, errors ${JSON.stringify(sub.errors)}, closed ${sub.closedWith}`,
  );
  const notify = waiter.notify;
  const sub: Subscriber = {
    events: [],
    errors: [],
    waitFor: waiter.waitFor,
    async dispose() {
      await client.dispose();
    },
  };
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (e) => {
        sub.closedWith = (e as { code: number }).code;
        notify();
      },
    },
  });
  client.subscribe(
    { query, variables },
    {
      next: (msg: any) => {
        if (msg.errors) sub.errors.push(msg.errors);
        else sub.events.push(Object.values(msg.data)[0]);
        notify();
      },
      error: (err) => {
        sub.errors.push(err);
        notify();
      },
      complete: () => notify(),
    },
  );
  return sub;
}

export const INBOUND = (sel = EVENT_SELECTION) => `subscription($after: String) { inboundRequests(after: $after) { ${sel} } }`;
export const REQUEST_EVENTS = (sel = EVENT_SELECTION) => `subscription($after: String, $requestId: ID) { requestEvents(after: $after, requestId: $requestId) { ${sel} } }`;
