const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-supplied id can be one of ours (so it may be sent to the database). */
export function isUuid(id: unknown): id is string {
  return typeof id === 'string' && UUID.test(id);
}

/** An id no row has: stands in for "nobody" in SQL parameters (an empty IN list, a caller without a member). */
export const NO_ID = '00000000-0000-0000-0000-000000000000';
