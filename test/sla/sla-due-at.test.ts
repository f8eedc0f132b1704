import { seed, WEEKDAYS_8_TO_16 } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let token: string;
beforeAll(async () => {
  t = await startTestServer();
  token = (await seed(t).member()).admin.token;
});
afterAll(() => t.close());

const DUE = `query($input: SlaDueAtInput!) { slaDueAt(input: $input) }`;
const LONDON = { timeZone: 'Europe/London', workingHours: WEEKDAYS_8_TO_16 };
const dueAt = (input: Record<string, unknown>, as = token) => t.gql(DUE, { input }, as);

describe('slaDueAt', () => {
  it.each([
    ['Friday 15:00 + 240 working minutes → Monday 11:00', LONDON, '2026-11-06T15:00:00Z', 240, '2026-11-09T11:00:00.000Z'],
    ['the same across the spring change (last Sunday of March): Monday 11:00 BST', LONDON, '2026-03-27T15:00:00Z', 240, '2026-03-30T10:00:00.000Z'],
    ['the same across the autumn change (last Sunday of October): Monday 11:00 GMT', LONDON, '2026-10-23T14:00:00Z', 240, '2026-10-26T11:00:00.000Z'],
    ['a target that runs out at closing is due at closing', LONDON, '2026-11-09T12:00:00Z', 240, '2026-11-09T16:00:00.000Z'],
    ['a start at closing counts from the next opening', LONDON, '2026-11-09T16:00:00Z', 30, '2026-11-10T08:30:00.000Z'],
    ['a holiday does not count', { ...LONDON, holidays: ['2026-11-09'] }, '2026-11-06T15:00:00Z', 240, '2026-11-10T11:00:00.000Z'],
    ['24x7 counts every minute', { timeZone: 'UTC', alwaysOpen: true }, '2026-11-07T23:00:00Z', 120, '2026-11-08T01:00:00.000Z'],
    ['0 minutes is the start', LONDON, '2026-11-07T12:00:00Z', 0, '2026-11-07T12:00:00.000Z'],
  ])('%s', async (_name, calendar, from, minutes, expected) => {
    expect(ok(await dueAt({ calendar, from, minutes })).slaDueAt).toBe(expected);
  });

  it('answers any authenticated caller, the operator included, and nobody else', async () => {
    const input = { calendar: LONDON, from: '2026-11-06T15:00:00Z', minutes: 240 };
    expect(ok(await dueAt(input, t.operatorToken)).slaDueAt).toBe('2026-11-09T11:00:00.000Z');
    expect(onlyError(await t.gql(DUE, { input })).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('checks the calendar as groups do, naming each bad field under calendar', async () => {
    const bad = await dueAt({
      calendar: { timeZone: 'Mars/Olympus', workingHours: [...WEEKDAYS_8_TO_16, { day: 'MONDAY', from: '15:00', to: '18:00' }] },
      from: '2026-11-06T15:00:00Z',
      minutes: 60,
    });
    const err = onlyError(bad);
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.fields!.map((f) => f.path).sort()).toEqual(['calendar.timeZone', 'calendar.workingHours.5']);
    const open = onlyError(await dueAt({ calendar: { timeZone: 'UTC', alwaysOpen: true, workingHours: WEEKDAYS_8_TO_16 }, from: '2026-11-06T15:00:00Z', minutes: 60 }));
    expect(open.extensions.fields).toEqual([{ path: 'calendar.workingHours', message: expect.any(String) }]);
    const none = onlyError(await dueAt({ calendar: { timeZone: 'UTC' }, from: '2026-11-06T15:00:00Z', minutes: 60 }));
    expect(none.extensions.fields).toEqual([{ path: 'calendar.workingHours', message: expect.any(String) }]);
  });

  it('refuses negative targets, bad instants and targets that would span more than ten years', async () => {
    expect(onlyError(await dueAt({ calendar: LONDON, from: '2026-11-06T15:00:00Z', minutes: -1 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'minutes' }] });
    expect(onlyError(await dueAt({ calendar: LONDON, from: 'next friday', minutes: 1 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'from' }] });
    const sparse = { timeZone: 'UTC', workingHours: [{ day: 'MONDAY', from: '09:00', to: '09:01' }] };
    expect(onlyError(await dueAt({ calendar: sparse, from: '2026-11-06T15:00:00Z', minutes: 100_000 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'minutes' }] });
    expect(ok(await dueAt({ calendar: sparse, from: '2026-11-06T15:00:00Z', minutes: 2 })).slaDueAt).toBe('2026-11-16T09:01:00.000Z');
  });

  it('refuses a calendar whose holidays leave a whole year without working time', async () => {
    const mondays = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2026, 10, 9 + 7 * i)).toISOString().slice(0, 10));
    const res = await dueAt({ calendar: { timeZone: 'UTC', workingHours: [{ day: 'MONDAY', from: '09:00', to: '17:00' }], holidays: mondays }, from: '2026-11-06T15:00:00Z', minutes: 60 });
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'calendar.holidays' }] });
  });
});
