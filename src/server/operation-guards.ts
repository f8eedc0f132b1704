import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** What a subscription sent over HTTP is told: where subscriptions are served. */
export const SUBSCRIPTION_OVER_HTTP =
  'Subscriptions are served over WebSocket only: connect to ws://HOST:PORT/graphql with graphql-ws (protocol graphql-transport-ws), or poll the `events` query over HTTP.';

/**
 * Refuses a subscription sent over HTTP with a clear BAD_REQUEST (HTTP 400) before
 * anything runs, instead of the internal error graphql-js's `execute` gives for one.
 */
export function subscriptionsOverHttpRefused(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError(SUBSCRIPTION_OVER_HTTP, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
