import { GraphQLScalarType, Kind } from 'graphql';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Whether a string is a real calendar date `YYYY-MM-DD` (2026-02-30 is not). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function stringScalar(name: string, description: string, check: (v: string) => boolean, expected: string) {
  const parse = (value: unknown) => {
    if (typeof value !== 'string' || !check(value)) throw new TypeError(`must be ${expected}`);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (v) => parse(v),
    parseValue: parse,
    parseLiteral(ast) {
      if (ast.kind !== Kind.STRING) throw new TypeError(`must be ${expected}`);
      return parse(ast.value);
    },
  });
}

/** A date without time or zone, `YYYY-MM-DD`; a holiday is a local date in its calendar's zone. */
export const LocalDateScalar = stringScalar(
  'LocalDate',
  'A calendar date without time or zone, `YYYY-MM-DD`.',
  isLocalDate,
  'a real calendar date written YYYY-MM-DD',
);

/** A wall-clock time `HH:mm`, from 00:00 to 24:00 (24:00 ends a day). */
export const LocalTimeScalar = stringScalar(
  'LocalTime',
  'A wall-clock time `HH:mm` from 00:00 to 24:00; 24:00 means the end of the day.',
  (v) => LOCAL_TIME.test(v),
  'a time written HH:mm between 00:00 and 24:00',
);
