import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { session } from '../auth/session';

/** What the console needs from its connection: the Apollo client and the socket's life events. */
export interface Connection {
  apollo: ApolloClient;
  ws: Client;
  /** Called after the socket came back from a drop (not on the first connect). */
  onReconnect(listener: () => void): () => void;
  dispose(): void;
}

function wsUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * One connection per signed-in credential: queries and mutations over HTTP (`POST /graphql`),
 * subscriptions over graphql-ws on the same path. The socket reconnects for ever with back-off;
 * live views resume from their last cursor (see `useLiveEvents`).
 */
export function createConnection(): Connection {
  const reconnectListeners = new Set<() => void>();
  let connectedBefore = false;
  const ws = createClient({
    url: wsUrl(),
    connectionParams: () => session.connectionParams(),
    lazy: true,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    shouldRetry: () => true,
    on: {
      connected: () => {
        if (connectedBefore) reconnectListeners.forEach((l) => l());
        connectedBefore = true;
      },
    },
  });
  const http = new HttpLink({ uri: '/graphql', headers: session.httpHeaders() });
  const link = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    http,
  );
  const apollo = new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        // types without an id live inside their parent
        Viewer: { keyFields: [] },
        FormField: { keyFields: false },
        DirectoryEntry: { keyFields: false },
        Customer: { keyFields: false },
        SlaClock: { keyFields: false },
        SlaPolicy: { keyFields: false },
        BusinessCalendar: { keyFields: false },
        ProcessFormVersion: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return {
    apollo,
    ws,
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    dispose() {
      void apollo.clearStore().catch(() => undefined);
      apollo.stop();
      void ws.dispose();
    },
  };
}
