import { enableSpans } from '../common/spans';

/** The started tracing SDK: `shutdown()` sends what is buffered. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/** Routes probed every few seconds: no trace for them. */
const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * OpenTelemetry, only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (otherwise not one of its
 * modules is loaded): spans for incoming and outgoing HTTP, one span per GraphQL operation
 * named after it (`graphql.execute`, with no span per field and no argument values), every
 * PostgreSQL statement (without its parameters), and our workers' units of work (timer
 * passes, webhook attempts), exported over OTLP/HTTP in batches. The standard `OTEL_*`
 * variables apply (`OTEL_SERVICE_NAME`, `OTEL_EXPORTER_OTLP_HEADERS`, `OTEL_BSP_*` …).
 * Must run before `http`, `pg` and `graphql` are first required: `main.ts` imports this
 * module first.
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const otel = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const { NodeTracerProvider, BatchSpanProcessor } = require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || 'crossdesk' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => QUIET.has((req.url ?? '').split('?')[0]) }),
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
      new GraphQLInstrumentation({ ignoreResolveSpans: true, ignoreTrivialResolveSpans: true, mergeItems: true, allowValues: false }),
    ],
  });
  enableSpans(otel);
  return { shutdown: () => provider.shutdown() };
}

/** Started at import, so that the instrumented modules are patched before anyone loads them. */
export const tracing = startTracing();
