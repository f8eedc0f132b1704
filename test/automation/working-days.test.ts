import { addWorkingDays, nextWorkingInstant, type CalendarSpec } from '../../src/modules/sla/business-calendar';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
const london: CalendarSpec = {
  timeZone: 'Europe/London',
  alwaysOpen: false,
  workingHours: WEEKDAYS.map((day) => ({ day, from: '08:00', to: '16:00' })),
  holidays: ['2026-12-25', '2027-01-01'],
};
const iso = (d: Date) => d.toISOString();
const at = (s: string) => new Date(s);

describe('nextWorkingInstant', () => {
  it('is the instant itself inside working hours, the next opening outside them', () => {
    expect(iso(nextWorkingInstant(london, at('2026-11-10T10:15:00Z')))).toBe('2026-11-10T10:15:00.000Z');
    expect(iso(nextWorkingInstant(london, at('2026-11-10T16:00:00Z')))).toBe('2026-11-11T08:00:00.000Z'); // closing is outside [from, to)
    expect(iso(nextWorkingInstant(london, at('2026-11-14T12:00:00Z')))).toBe('2026-11-16T08:00:00.000Z'); // Saturday
    expect(iso(nextWorkingInstant(london, at('2026-12-24T17:00:00Z')))).toBe('2026-12-28T08:00:00.000Z'); // Christmas and the weekend
  });
});

describe('addWorkingDays', () => {
  it('keeps the local time and counts working dates: Tuesday 15:00 + 2 is Thursday 15:00', () => {
    expect(iso(addWorkingDays(london, at('2026-11-10T15:00:00Z'), 2))).toBe('2026-11-12T15:00:00.000Z');
  });

  it('skips weekends and holidays', () => {
    // Wednesday 23 December: 24th (1), 25th holiday, weekend, 28th (2) … 31st (5), 1 January holiday, 4th (6) … 8th (10)
    const asked = at('2026-12-23T15:00:00Z');
    expect([2, 5, 10].map((n) => iso(addWorkingDays(london, asked, n)))).toEqual(['2026-12-28T15:00:00.000Z', '2026-12-31T15:00:00.000Z', '2027-01-08T15:00:00.000Z']);
  });

  it('starts from the next opening when asked outside working hours', () => {
    expect(iso(addWorkingDays(london, at('2026-11-14T10:00:00Z'), 2))).toBe('2026-11-18T08:00:00.000Z'); // Saturday → Monday 08:00 → Wednesday 08:00
    expect(iso(addWorkingDays(london, at('2026-11-10T18:30:00Z'), 1))).toBe('2026-11-12T08:00:00.000Z'); // Tuesday evening → Wednesday 08:00 → Thursday 08:00
  });

  it('shifts a time outside the target date’s hours to its next working instant', () => {
    const shortFriday: CalendarSpec = { ...london, workingHours: [...london.workingHours.filter((w) => w.day !== 'FRIDAY'), { day: 'FRIDAY', from: '08:00', to: '12:00' }] };
    // Wednesday 14:00 + 2 = Friday 14:00, after Friday's 12:00 close: Monday 08:00
    expect(iso(addWorkingDays(shortFriday, at('2026-11-11T14:00:00Z'), 2))).toBe('2026-11-16T08:00:00.000Z');
  });

  it('keeps the local wall-clock time across a daylight-saving change', () => {
    // Friday 23 October 2026 10:00 BST (09:00Z) + 2 working days = Tuesday 27 October 10:00 GMT (10:00Z)
    expect(iso(addWorkingDays(london, at('2026-10-23T09:00:00Z'), 2))).toBe('2026-10-27T10:00:00.000Z');
  });

  it('counts every date of an always-open calendar, holidays included', () => {
    const always: CalendarSpec = { timeZone: 'UTC', alwaysOpen: true, workingHours: [], holidays: [] };
    expect(iso(addWorkingDays(always, at('2026-12-24T15:00:00Z'), 2))).toBe('2026-12-26T15:00:00.000Z');
  });
});
