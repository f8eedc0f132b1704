import { callerMemberId } from '../../common/caller';
import { partiesOnlyConditionFor } from '../requests/request.access';
import { BadUserInputError, ForbiddenError, type FieldProblem } from '../../common/errors';
import type { Context } from '../../context';
import { addWorkingMinutes, validateCalendar } from './business-calendar';
import { effectiveStateSql } from './sla-clock.service';
import type { BusinessCalendarInput } from './calendar.inputs';
import type { BusinessCalendar, Weekday } from './calendar.types';
import type { SlaDueAtInput, SlaReportInput } from './sla.inputs';
import { SlaReportDirection, SlaReportGroupBy, type SlaReportRow } from './sla.types';


/** Checks a calendar with the SLA engine's own rules and returns it normalised. */
export function checkCalendar(input: BusinessCalendarInput, problems: FieldProblem[], path = 'calendar'): BusinessCalendar {
  const calendar: BusinessCalendar = {
    timeZone: input.timeZone.trim(),
    alwaysOpen: input.alwaysOpen ?? false,
    workingHours: (input.workingHours ?? []).map((w) => ({ day: w.day as Weekday, from: w.from, to: w.to })),
    holidays: [...new Set(input.holidays ?? [])].sort(),
  };
  for (const p of validateCalendar(calendar)) problems.push({ path: p.path ? `${path}.${p.path}` : path, message: p.message });
  if (calendar.alwaysOpen && calendar.workingHours.length) {
    problems.push({ path: `${path}.workingHours`, message: 'must be empty when alwaysOpen is true (every instant counts)' });
  }
  return calendar;
}

/**
 * A target may span at most this many years of a calendar's weekly working time, so a
 * preview of a near-empty calendar cannot walk millennia (the arithmetic walks day by day).
 */
const MAX_SPAN_YEARS = 10;

const minuteOfDay = (hhmm: string) => (hhmm === '24:00' ? 1440 : Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)));

/**
 * The instant `minutes` working minutes after `from` in a calendar given inline: what a
 * group's target would give, so admins can preview a calendar before setting it. The
 * calendar is checked with the groups' own rules (BAD_USER_INPUT naming `calendar.…`).
 */
export function slaDueAt(_ctx: Context, input: SlaDueAtInput): Date {
  const problems: FieldProblem[] = [];
  const calendar = checkCalendar(input.calendar, problems, 'calendar');
  if (problems.length) throw new BadUserInputError(problems);
  if (!calendar.alwaysOpen) {
    const weekly = calendar.workingHours.reduce((sum, w) => sum + minuteOfDay(w.to) - minuteOfDay(w.from), 0);
    if (input.minutes > weekly * 52 * MAX_SPAN_YEARS) {
      throw new BadUserInputError([{ path: 'minutes', message: `spans more than ${MAX_SPAN_YEARS} years of this calendar's working time (${weekly} minutes a week)` }]);
    }
  }
  try {
    return addWorkingMinutes(calendar, input.from, input.minutes);
  } catch (err) {
    // the only failure left: holidays that leave a whole year without working time
    throw new BadUserInputError([{ path: 'calendar.holidays', message: `leave no working time: ${(err as Error).message}` }]);
  }
}

/** The row key and label of each way to cut a report, and the join that gives the label. */
const CUTS: Record<SlaReportGroupBy, { key: string; label: string; join: string }> = {
  [SlaReportGroupBy.GROUP]: { key: 'g.id::text', label: 'g.name', join: 'JOIN partner_group g ON g.id = r.group_id' },
  [SlaReportGroupBy.MEMBER]: {
    key: 'm.id::text',
    label: 'm.name',
    join: 'JOIN member m ON m.id = CASE WHEN r.from_member_id = $1 THEN r.to_member_id ELSE r.from_member_id END',
  },
  [SlaReportGroupBy.DEPARTMENT]: {
    key: 'd.id::text',
    label: `d.name || ' (' || dm.name || ')'`,
    join: 'JOIN department d ON d.id = r.department_id JOIN member dm ON dm.id = d.member_id',
  },
  [SlaReportGroupBy.PRIORITY]: { key: 'r.priority::text', label: 'r.priority::text', join: '' },
};

const PARTY: Record<SlaReportDirection, string> = {
  [SlaReportDirection.INBOUND]: 'r.to_member_id = $1',
  [SlaReportDirection.OUTBOUND]: 'r.from_member_id = $1',
  [SlaReportDirection.BOTH]: partiesOnlyConditionFor('r', '$1'),
};

/**
 * Response-clock attainment and time to first response, resolution-clock attainment (of each
 * request's latest resolution cycle) and escalations, over the caller's member's requests
 * created in [from, to), one row per group, other member, department or priority; all in
 * one SQL statement (`percentile_cont` over the working minutes stored when clocks stop).
 * Met and breached are the response clock's state now; open is still waiting and not yet
 * late; a cancelled request counts in `requests` only.
 */
export async function slaReport(ctx: Context, input: SlaReportInput): Promise<SlaReportRow[]> {
  const memberId = callerMemberId(ctx.caller);
  if (!memberId) throw new ForbiddenError('SLA reports are for members: they count request content.');
  if (!(input.to.getTime() > input.from.getTime())) throw new BadUserInputError([{ path: 'to', message: 'must be after from' }]);
  const cut = CUTS[input.groupBy];
  const state = effectiveStateSql('c', '$4');
  const resolutionState = effectiveStateSql('rc', '$4');
  const responded = 'r.first_responded_at IS NOT NULL AND c.stopped_at IS NOT NULL';
  const rows: Array<Omit<SlaReportRow, 'attainment' | 'resolutionAttainment'>> = await ctx.manager.query(
    `SELECT ${cut.key} AS key, ${cut.label} AS label,
       count(*)::int AS requests,
       count(*) FILTER (WHERE c.state = 'MET')::int AS met,
       count(*) FILTER (WHERE ${state} = 'BREACHED')::int AS breached,
       count(*) FILTER (WHERE c.stopped_at IS NULL AND ${state} <> 'BREACHED')::int AS open,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY c.elapsed_minutes) FILTER (WHERE ${responded}) AS "medianResponseMinutes",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY c.elapsed_minutes) FILTER (WHERE ${responded}) AS "p90ResponseMinutes",
       count(*) FILTER (WHERE rc.state = 'MET')::int AS "resolutionMet",
       count(*) FILTER (WHERE ${resolutionState} = 'BREACHED')::int AS "resolutionBreached",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY rc.elapsed_minutes) FILTER (WHERE rc.state = 'MET' OR (rc.stopped_at IS NOT NULL AND rc.state = 'BREACHED')) AS "medianResolutionMinutes",
       count(*) FILTER (WHERE r.escalated_at IS NOT NULL)::int AS escalated
     FROM collaboration_request r
     LEFT JOIN sla_clock c ON c.request_id = r.id AND c.kind = 'RESPONSE'
     LEFT JOIN LATERAL (SELECT x.* FROM sla_clock x WHERE x.request_id = r.id AND x.kind = 'RESOLUTION' ORDER BY x.cycle DESC LIMIT 1) rc ON true
     ${cut.join}
     WHERE ${PARTY[input.direction ?? SlaReportDirection.BOTH]} AND r.created_at >= $2 AND r.created_at < $3
     GROUP BY 1, 2
     ORDER BY 2, 1`,
    [memberId, input.from, input.to, ctx.clock.now()],
  );
  return rows.map((row) => ({
    ...row,
    attainment: row.met + row.breached > 0 ? row.met / (row.met + row.breached) : null,
    medianResponseMinutes: row.medianResponseMinutes === null ? null : Number(row.medianResponseMinutes),
    p90ResponseMinutes: row.p90ResponseMinutes === null ? null : Number(row.p90ResponseMinutes),
    resolutionAttainment: row.resolutionMet + row.resolutionBreached > 0 ? row.resolutionMet / (row.resolutionMet + row.resolutionBreached) : null,
    medianResolutionMinutes: row.medianResolutionMinutes === null ? null : Number(row.medianResolutionMinutes),
  }));
}
