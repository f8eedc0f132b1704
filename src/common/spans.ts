/**
 * Spans for our own units of work (a timer pass, a webhook attempt) and the trace ids of
 * log lines, at no cost when tracing is off: nothing of OpenTelemetry is loaded here; the
 * API arrives through `enableSpans` only when `src/server/tracing.ts` starts the SDK.
 */

type Api = typeof import('@opentelemetry/api');
let api: Api | undefined;

/** Turns spans on with the OpenTelemetry API the SDK registered with. */
export function enableSpans(otel: Api): void {
  api = otel;
}

/** Whether spans are recorded (tracing started). */
export function spansEnabled(): boolean {
  return api !== undefined;
}

/** Runs `work` inside a span named `name` when tracing is on (errors recorded), or just runs it. */
export function withSpan<T>(name: string, attributes: Record<string, string | number | boolean>, work: () => Promise<T>): Promise<T> {
  if (!api) return work();
  const otel = api;
  return otel.trace.getTracer('crossdesk').startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: otel.SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}

/** The trace and span ids of the active span, for log lines (empty when tracing is off or nothing is active). */
export function activeTraceIds(): { traceId?: string; spanId?: string } {
  const span = api?.trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { traceId, spanId };
}
