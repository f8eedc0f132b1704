import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The process's Prometheus registry: default process metrics plus ours. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'crossdesk_' });

/** Duration of every GraphQL operation, by operation name, type and outcome. */
export const operationDuration = new Histogram({
  name: 'crossdesk_graphql_operation_duration_seconds',
  help: 'Duration of GraphQL operations over HTTP, by operation name, type and outcome.',
  labelNames: ['operation_name', 'operation_type', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** Subscribers disconnected for not reading (they resume with `after`). */
export const slowConsumerCloses = new Counter({
  name: 'crossdesk_subscription_slow_consumer_closes_total',
  help: 'WebSocket subscribers disconnected because they stopped reading while their buffer filled.',
  registers: [registry],
});

/** What `metricsPlugin` reports of each operation (to the access log). */
export interface OperationReport {
  operation: string;
  type?: string;
  errors?: string[];
}

/**
 * Apollo plugin timing each operation into the histogram, and handing its name, type and
 * error codes to `report` (the HTTP access line carries them).
 */
export function metricsPlugin(report?: (contextValue: object, summary: OperationReport) => void): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      const start = process.hrtime.bigint();
      return {
        async willSendResponse({ request, operation, errors, response, contextValue }) {
          const seconds = Number(process.hrtime.bigint() - start) / 1e9;
          const body = response.body;
          const resultErrors = errors ?? (body.kind === 'single' ? body.singleResult.errors : undefined);
          const outcome = resultErrors?.length ? 'error' : 'ok';
          const name = request.operationName ?? operation?.name?.value ?? 'anonymous';
          // bound label cardinality: names are client-chosen
          const label = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'invalid';
          operationDuration.observe({ operation_name: label, operation_type: operation?.operation ?? 'unknown', outcome }, seconds);
          report?.(contextValue, {
            operation: label,
            type: operation?.operation,
            errors: resultErrors?.map((e) => String(e.extensions?.code ?? 'UNKNOWN')),
          });
        },
      };
    },
  };
}

/** Webhook delivery attempts, by outcome (`succeeded`, `failed`). */
export const webhookAttempts = new Counter({
  name: 'crossdesk_webhook_delivery_attempts_total',
  help: 'Webhook delivery attempts recorded, by outcome.',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

/** Time from an event to its webhook's successful delivery (first attempts only). */
export const webhookDeliveryLatency = new Histogram({
  name: 'crossdesk_webhook_delivery_latency_seconds',
  help: 'Seconds from an event being written to its successful first delivery attempt.',
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 60],
  registers: [registry],
});
