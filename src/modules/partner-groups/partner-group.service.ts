import { BadUserInputError, ConflictError, NotFoundError, type FieldProblem } from '../../common/errors';
import { paginate, type Page } from '../../common/pagination';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { ALWAYS_OPEN_UTC, validateCalendar } from '../sla/business-calendar';
import { PRIORITIES, Priority } from '../sla/priority.types';
import { PartnerGroup } from './partner-group.entity';
import type { BusinessCalendarInput } from '../sla/calendar.inputs';
import type { BusinessCalendar } from '../sla/calendar.types';
import type { SlaPolicy } from '../sla/sla-policy.types';
import { checkCalendar } from '../sla/sla.service';
import type { CreatePartnerGroupInput, SlaPolicyInput, UpdatePartnerGroupInput } from './partner-group.inputs';
import { GroupKind } from './partner-group.types';

export const DEFAULT_AT_RISK_RATIO = 0.75;
export const CRITICAL_RESPONSE_MINUTES = 120;

/** The fixed policy of the critical-escalation group: 120 minutes for every priority. */
export const CRITICAL_POLICY: SlaPolicy = {
  targets: PRIORITIES.map((priority) => ({ priority, responseMinutes: CRITICAL_RESPONSE_MINUTES, updateEveryMinutes: null, resolutionMinutes: null })),
  atRiskRatio: DEFAULT_AT_RISK_RATIO,
};

/** The fixed calendar of the critical-escalation group: 24x7x365. */
export const CRITICAL_CALENDAR: BusinessCalendar = {
  timeZone: ALWAYS_OPEN_UTC.timeZone,
  alwaysOpen: true,
  workingHours: [],
  holidays: [],
};

/** Checks a policy (one target per priority, ratio in (0,1)) and returns it normalised, ordered P1–P4. */
export function checkPolicy(input: SlaPolicyInput, problems: FieldProblem[], path = 'slaPolicy'): SlaPolicy {
  const seen = new Map<Priority, number>();
  input.targets.forEach((t, i) => {
    if (seen.has(t.priority)) problems.push({ path: `${path}.targets.${i}.priority`, message: `${t.priority} has a target already` });
    seen.set(t.priority, i);
  });
  const missing = PRIORITIES.filter((p) => !seen.has(p));
  if (missing.length) problems.push({ path: `${path}.targets`, message: `needs a target for every priority; missing ${missing.join(', ')}` });
  const ratio = input.atRiskRatio ?? DEFAULT_AT_RISK_RATIO;
  if (!(ratio > 0 && ratio < 1)) problems.push({ path: `${path}.atRiskRatio`, message: 'must be between 0 and 1 (exclusive)' });
  const targets = PRIORITIES.filter((p) => seen.has(p)).map((p) => {
    const t = input.targets[seen.get(p)!];
    return { priority: p, responseMinutes: t.responseMinutes, updateEveryMinutes: t.updateEveryMinutes ?? null, resolutionMinutes: t.resolutionMinutes ?? null };
  });
  return { targets, atRiskRatio: ratio };
}

function checkCriticalFixed(input: { slaPolicy?: SlaPolicyInput | null; calendar?: BusinessCalendarInput | null; autoFollowUp?: boolean | null }, problems: FieldProblem[]): void {
  if (input.slaPolicy) {
    const policy = checkPolicy(input.slaPolicy, problems);
    policy.targets.forEach((t, i) => {
      if (t.responseMinutes !== CRITICAL_RESPONSE_MINUTES || t.updateEveryMinutes !== null || t.resolutionMinutes !== null) {
        problems.push({
          path: `slaPolicy.targets.${i}`,
          message: `the critical-escalation policy is fixed: ${CRITICAL_RESPONSE_MINUTES} response minutes for every priority, no update cadence, no resolution target`,
        });
      }
    });
  }
  if (input.autoFollowUp) {
    problems.push({ path: 'autoFollowUp', message: 'is always false for the critical-escalation group: its requests are never followed up or closed automatically' });
  }
  if (input.calendar) {
    const cal = checkCalendar(input.calendar, problems);
    if (!cal.alwaysOpen || cal.holidays.length) {
      problems.push({ path: 'calendar.alwaysOpen', message: 'the critical-escalation calendar is fixed: 24x7x365 (alwaysOpen, no holidays)' });
    }
  }
}

/** Any authenticated caller may read the network's groups: members need them to ask to join. */
export async function getPartnerGroup(ctx: Context, id: string): Promise<PartnerGroup> {
  const group = await ctx.loaders.group.load(id);
  if (!group) throw new NotFoundError('Partner group', id);
  return group;
}

export async function listPartnerGroups(ctx: Context, args: { first?: number; after?: string }): Promise<Page<PartnerGroup>> {
  return paginate(ctx.manager.createQueryBuilder(PartnerGroup, 'g'), args);
}

async function assertNameFree(tx: Context, name: string, exceptId?: string): Promise<void> {
  const qb = tx.manager.createQueryBuilder(PartnerGroup, 'g').where('lower(g.name) = lower(:name)', { name });
  if (exceptId) qb.andWhere('g.id <> :exceptId', { exceptId });
  if (await qb.getExists()) throw new ConflictError(`A partner group named "${name}" already exists.`);
}

/**
 * Creates a group. A CRITICAL_ESCALATION group gets the fixed 24x7, 120-minute policy
 * (given values must equal it) and there is at most one on the network.
 */
export async function createPartnerGroup(ctx: Context, input: CreatePartnerGroupInput): Promise<PartnerGroup> {
  const problems: FieldProblem[] = [];
  let slaPolicy: SlaPolicy;
  let calendar: BusinessCalendar;
  if (input.kind === GroupKind.CRITICAL_ESCALATION) {
    checkCriticalFixed(input, problems);
    slaPolicy = { ...CRITICAL_POLICY, atRiskRatio: input.slaPolicy?.atRiskRatio ?? DEFAULT_AT_RISK_RATIO };
    calendar = input.calendar ? { ...CRITICAL_CALENDAR, timeZone: input.calendar.timeZone.trim() } : CRITICAL_CALENDAR;
  } else {
    if (!input.slaPolicy) problems.push({ path: 'slaPolicy', message: 'is required for this kind of group' });
    if (!input.calendar) problems.push({ path: 'calendar', message: 'is required for this kind of group' });
    slaPolicy = input.slaPolicy ? checkPolicy(input.slaPolicy, problems) : CRITICAL_POLICY;
    calendar = input.calendar ? checkCalendar(input.calendar, problems) : CRITICAL_CALENDAR;
  }
  if (problems.length) throw new BadUserInputError(problems);
  return withTransaction(ctx, async (tx) => {
    const name = input.name.trim();
    await assertNameFree(tx, name);
    if (input.kind === GroupKind.CRITICAL_ESCALATION && (await tx.manager.existsBy(PartnerGroup, { kind: GroupKind.CRITICAL_ESCALATION }))) {
      throw new ConflictError('The network already has its critical-escalation group; there is only one.');
    }
    return tx.manager.save(
      tx.manager.create(PartnerGroup, {
        name,
        kind: input.kind,
        description: input.description?.trim() || null,
        joinRequirements: input.joinRequirements?.trim() || null,
        slaPolicy,
        calendar,
        autoFollowUp: input.kind !== GroupKind.CRITICAL_ESCALATION && (input.autoFollowUp ?? true),
      }),
    );
  });
}

/** Changes a group; the critical-escalation group's policy and calendar stay fixed. */
export async function updatePartnerGroup(ctx: Context, input: UpdatePartnerGroupInput): Promise<PartnerGroup> {
  return withTransaction(ctx, async (tx) => {
    const group = await tx.manager.findOne(PartnerGroup, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
    if (!group) throw new NotFoundError('Partner group', input.id);
    const problems: FieldProblem[] = [];
    const critical = group.kind === GroupKind.CRITICAL_ESCALATION;
    if (input.kind && input.kind !== group.kind && (critical || input.kind === GroupKind.CRITICAL_ESCALATION)) {
      problems.push({ path: 'kind', message: 'a group cannot become, or stop being, the critical-escalation group' });
    }
    if (critical) {
      checkCriticalFixed(input, problems);
      if (input.slaPolicy?.atRiskRatio != null) group.slaPolicy = { ...CRITICAL_POLICY, atRiskRatio: input.slaPolicy.atRiskRatio };
    } else {
      if (input.slaPolicy) group.slaPolicy = checkPolicy(input.slaPolicy, problems);
      if (input.calendar) group.calendar = checkCalendar(input.calendar, problems);
    }
    if (problems.length) throw new BadUserInputError(problems);
    if (input.name !== undefined && input.name !== null) {
      group.name = input.name.trim();
      await assertNameFree(tx, group.name, group.id);
    }
    if (input.kind) group.kind = input.kind;
    if (input.autoFollowUp != null && !critical) group.autoFollowUp = input.autoFollowUp;
    if (input.description !== undefined) group.description = input.description?.trim() || null;
    if (input.joinRequirements !== undefined) group.joinRequirements = input.joinRequirements?.trim() || null;
    return tx.manager.save(group);
  });
}
