import { BadUserInputError } from '../../common/errors';

/** The opaque cursor of an event: its position in the network's log. */
export function eventCursor(seq: string | number): string {
  return Buffer.from(`e:${seq}`).toString('base64url');
}

const MAX_SEQ = 9223372036854775807n;

/** The log position a cursor names; BAD_USER_INPUT for anything else. */
export function seqFromCursor(cursor: string, path = 'after'): string {
  const m = /^e:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  // a sequence is a PostgreSQL bigint: anything beyond it was never written by this server
  if (!m || BigInt(m[1]) > MAX_SEQ) throw new BadUserInputError([{ path, message: 'is not an event cursor' }]);
  return BigInt(m[1]).toString();
}
