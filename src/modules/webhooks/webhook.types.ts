import { registerEnumType } from 'type-graphql';

/** Where one delivery attempt stands. */
export enum DeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where one delivery attempt of a webhook stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting to be sent (or being sent); `at` is when it is due.' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'A network error, a timeout (10 s), a redirect or a non-2xx answer; a later attempt follows while the retry window (24 h) lasts.' },
  },
});

/** How long a delivery is retried, and how long an endpoint may fail before it is disabled. */
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** How long the previous secret still signs after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;
/** One attempt's time limit, connection to last byte read. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** Most bytes of a response body kept in the delivery log. */
export const MAX_RESPONSE_BODY_BYTES = 1024;

/**
 * How long the queue of an endpoint that is down is kept: its pending attempts survive an
 * automatic disable for this long, and `resumeWebhook` replays events of at most this age.
 */
export const WEBHOOK_RETENTION_DAYS = 7;
