import { PartnerGroup } from '../../src/modules/partner-groups/partner-group.entity';
import { groupInput, seed, type SeededMember } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let a: SeededMember;
beforeAll(async () => {
  t = await startTestServer();
  a = await seed(t).member();
});
afterAll(() => t.close());

const CREATE = `mutation($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) {
  group { id name kind description joinRequirements
    slaPolicy { atRiskRatio targets { priority responseMinutes updateEveryMinutes } }
    calendar { timeZone alwaysOpen holidays workingHours { day from to } } } } }`;
const UPDATE = `mutation($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) {
  group { id name kind slaPolicy { atRiskRatio targets { priority responseMinutes updateEveryMinutes } } calendar { timeZone alwaysOpen holidays workingHours { day from to } } } } }`;

const create = (input: Record<string, unknown>, token = t.operatorToken) => t.gql(CREATE, { input }, token);
const fieldsOf = (res: Awaited<ReturnType<typeof create>>) => onlyError(res).extensions.fields!.map((f) => f.path);

describe('createPartnerGroup', () => {
  it('stores the SLA policy and calendar as data, with the 0.75 default at-risk ratio', async () => {
    const group = ok(await create(groupInput({ name: 'Storage + Hypervisor' }))).createPartnerGroup.group;
    expect(group).toMatchObject({
      name: 'Storage + Hypervisor',
      kind: 'COLLABORATIVE',
      slaPolicy: { atRiskRatio: 0.75, targets: [{ priority: 'P1', responseMinutes: 30, updateEveryMinutes: 240 }, { priority: 'P2' }, { priority: 'P3' }, { priority: 'P4' }] },
      calendar: { timeZone: 'Europe/London', alwaysOpen: false, holidays: ['2026-12-25'] },
    });
    const row = await t.dataSource.manager.findOneByOrFail(PartnerGroup, { id: group.id });
    expect(row.calendar.workingHours).toHaveLength(5);
    expect(row.slaPolicy.targets.map((x) => x.responseMinutes)).toEqual([30, 120, 480, 960]);
  });

  it('accepts several intervals a day and a 24:00 end', async () => {
    const calendar = { timeZone: 'America/New_York', workingHours: [
      { day: 'MONDAY', from: '08:00', to: '12:00' },
      { day: 'MONDAY', from: '13:00', to: '24:00' },
      { day: 'TUESDAY', from: '00:00', to: '02:00' },
    ] };
    const group = ok(await create(groupInput({ calendar }))).createPartnerGroup.group;
    expect(group.calendar.workingHours).toHaveLength(3);
  });

  it.each([
    ['a response target below one minute', { slaPolicy: { targets: [{ priority: 'P1', responseMinutes: 0 }, { priority: 'P2', responseMinutes: 1 }, { priority: 'P3', responseMinutes: 1 }, { priority: 'P4', responseMinutes: 1 }] } }, 'slaPolicy.targets.0.responseMinutes'],
    ['a missing priority', { slaPolicy: { targets: [{ priority: 'P1', responseMinutes: 5 }, { priority: 'P2', responseMinutes: 5 }, { priority: 'P3', responseMinutes: 5 }] } }, 'slaPolicy.targets'],
    ['a priority given twice', { slaPolicy: { targets: [{ priority: 'P1', responseMinutes: 5 }, { priority: 'P1', responseMinutes: 5 }, { priority: 'P3', responseMinutes: 5 }, { priority: 'P4', responseMinutes: 5 }] } }, 'slaPolicy.targets.1.priority'],
    ['an at-risk ratio of 1', { slaPolicy: { ...groupInput().slaPolicy, atRiskRatio: 1 } }, 'slaPolicy.atRiskRatio'],
    ['an at-risk ratio of 0', { slaPolicy: { ...groupInput().slaPolicy, atRiskRatio: 0 } }, 'slaPolicy.atRiskRatio'],
    ['an update cadence of 0', { slaPolicy: { targets: [{ priority: 'P1', responseMinutes: 5, updateEveryMinutes: 0 }, { priority: 'P2', responseMinutes: 5 }, { priority: 'P3', responseMinutes: 5 }, { priority: 'P4', responseMinutes: 5 }] } }, 'slaPolicy.targets.0.updateEveryMinutes'],
    ['an unknown time zone', { calendar: { timeZone: 'Mars/Olympus', workingHours: [{ day: 'MONDAY', from: '08:00', to: '16:00' }] } }, 'calendar.timeZone'],
    ['overlapping intervals', { calendar: { timeZone: 'UTC', workingHours: [{ day: 'MONDAY', from: '08:00', to: '12:00' }, { day: 'MONDAY', from: '11:00', to: '14:00' }] } }, 'calendar.workingHours.1'],
    ['an interval ending before it starts', { calendar: { timeZone: 'UTC', workingHours: [{ day: 'MONDAY', from: '16:00', to: '08:00' }] } }, 'calendar.workingHours.0.to'],
    ['a time that is not HH:mm', { calendar: { timeZone: 'UTC', workingHours: [{ day: 'MONDAY', from: '8am', to: '16:00' }] } }, 'calendar.workingHours.0.from'],
    ['a holiday that is not a date', { calendar: { timeZone: 'UTC', workingHours: [{ day: 'MONDAY', from: '08:00', to: '16:00' }], holidays: ['2026-02-30'] } }, 'calendar.holidays.0'],
    ['a calendar with no working time', { calendar: { timeZone: 'UTC', workingHours: [] } }, 'calendar.workingHours'],
    ['working hours in an always-open calendar', { calendar: { timeZone: 'UTC', alwaysOpen: true, workingHours: [{ day: 'MONDAY', from: '08:00', to: '16:00' }] } }, 'calendar.workingHours'],
    ['no SLA policy', { slaPolicy: undefined }, 'slaPolicy'],
    ['no calendar', { calendar: undefined }, 'calendar'],
    ['an unknown kind', { kind: 'FRIENDS' }, 'kind'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, overrides, path) => {
    const before = await t.dataSource.manager.count(PartnerGroup);
    const res = await create(groupInput(overrides as Record<string, unknown>));
    expect(onlyError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toContain(path);
    expect(await t.dataSource.manager.count(PartnerGroup)).toBe(before);
  });

  it('refuses a second group of the same name (CONFLICT)', async () => {
    const first = await seed(t).group();
    expect(onlyError(await create(groupInput({ name: first.name.toLowerCase() }))).extensions.code).toBe('CONFLICT');
  });

  it('is FORBIDDEN to a member admin and to an engineer', async () => {
    const eng = await a.user();
    for (const token of [a.admin.token, eng.token]) expect(onlyError(await create(groupInput(), token)).extensions.code).toBe('FORBIDDEN');
  });
});

describe('the critical-escalation group', () => {
  let critical: { id: string };
  beforeAll(async () => {
    const res = ok(await create({ name: 'Critical Escalation', kind: 'CRITICAL_ESCALATION', description: '24x7 for business-critical situations' }));
    critical = res.createPartnerGroup.group;
    expect(res.createPartnerGroup.group).toMatchObject({
      slaPolicy: { targets: ['P1', 'P2', 'P3', 'P4'].map((priority) => ({ priority, responseMinutes: 120, updateEveryMinutes: null })) },
      calendar: { alwaysOpen: true, workingHours: [], holidays: [] },
    });
  });

  it('is one per network (CONFLICT)', async () => {
    expect(onlyError(await create({ name: 'Another critical', kind: 'CRITICAL_ESCALATION' })).extensions.code).toBe('CONFLICT');
  });

  it('refuses a policy other than 120 minutes for every priority at creation', async () => {
    await t.dataSource.query(`DELETE FROM partner_group WHERE id = $1`, [critical.id]);
    try {
      const res = await create({ name: 'Critical 2', kind: 'CRITICAL_ESCALATION', slaPolicy: groupInput().slaPolicy });
      expect(onlyError(res).extensions.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toContain('slaPolicy.targets.0');
    } finally {
      const again = ok(await create({ name: 'Critical Escalation', kind: 'CRITICAL_ESCALATION' }));
      critical = again.createPartnerGroup.group;
    }
  });

  it('refuses changes to its policy and calendar, naming the field', async () => {
    const policy = await t.gql(UPDATE, { input: { id: critical.id, slaPolicy: groupInput().slaPolicy } }, t.operatorToken);
    expect(onlyError(policy).extensions.code).toBe('BAD_USER_INPUT');
    expect(onlyError(policy).extensions.fields![0].path).toMatch(/^slaPolicy/);
    const cal = await t.gql(UPDATE, { input: { id: critical.id, calendar: groupInput().calendar } }, t.operatorToken);
    expect(onlyError(cal).extensions.fields!.map((f) => f.path)).toContain('calendar.alwaysOpen');
    const kind = await t.gql(UPDATE, { input: { id: critical.id, kind: 'OEM' } }, t.operatorToken);
    expect(onlyError(kind).extensions.fields!.map((f) => f.path)).toEqual(['kind']);
  });
});

describe('updatePartnerGroup', () => {
  it('changes only what is given', async () => {
    const g = await seed(t).group();
    const res = ok(await t.gql(UPDATE, { input: { id: g.id, name: `${g.name} renamed`, calendar: { timeZone: 'Asia/Tokyo', alwaysOpen: true } } }, t.operatorToken));
    expect(res.updatePartnerGroup.group).toMatchObject({ name: `${g.name} renamed`, kind: 'COLLABORATIVE', calendar: { timeZone: 'Asia/Tokyo', alwaysOpen: true } });
    expect(res.updatePartnerGroup.group.slaPolicy.targets[0].responseMinutes).toBe(30);
  });

  it('answers NOT_FOUND for an unknown group', async () => {
    expect(onlyError(await t.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'x' } }, t.operatorToken)).extensions.code).toBe('NOT_FOUND');
  });
});

describe('partnerGroup and partnerGroups', () => {
  it("let members read every group's terms, so they can ask to join", async () => {
    const g = await seed(t).group();
    const eng = await a.user();
    expect(ok(await t.gql(`query($id: ID!) { partnerGroup(id: $id) { name joinRequirements } }`, { id: g.id }, eng.token)).partnerGroup.name).toBe(g.name);
    const list = ok(await t.gql(`{ partnerGroups(first: 100) { totalCount edges { node { id } } } }`, {}, eng.token)).partnerGroups;
    expect(list.edges.map((e: any) => e.node.id)).toContain(g.id);
  });

  it('answers UNAUTHENTICATED to anonymous callers', async () => {
    expect(onlyError(await t.gql(`{ partnerGroups { totalCount } }`)).extensions.code).toBe('UNAUTHENTICATED');
  });
});
