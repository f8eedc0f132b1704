import { Arg, Authorized, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { CollaborationRequest } from '../requests/request.entity';
import { SlaClock } from './sla-clock.entity';
import { effectiveState, elapsedMinutes, pausedMinutes } from './sla-clock.service';
import { SlaDueAtInput, SlaReportInput } from './sla.inputs';
import { slaDueAt, slaReport } from './sla.service';
import { SlaReportRow, SlaState } from './sla.types';

@Resolver()
export class SlaResolver {
  @Authorized()
  @Query(() => Date, { description: 'The due time a target gives in a calendar (any authenticated caller): preview a calendar before a group uses it.' })
  slaDueAt(@Ctx() ctx: Context, @Arg('input', { description: 'Calendar, start and target.' }) input: SlaDueAtInput): Date {
    return slaDueAt(ctx, input);
  }

  @Authorized('MEMBER')
  @Query(() => [SlaReportRow], { description: "Response-time attainment and time to first response over your member's requests in a period, by group, member, department or priority." })
  slaReport(@Ctx() ctx: Context, @Arg('input', { description: 'Period, cut and direction.' }) input: SlaReportInput): Promise<SlaReportRow[]> {
    return slaReport(ctx, input);
  }
}

@Resolver(() => CollaborationRequest)
export class RequestSlaResolver {
  @FieldResolver(() => [SlaClock], { description: 'Its SLA clocks: the response clock, then the current update cycle (while the group sets an update cadence), then the current resolution cycle (when the group sets a resolution target).' })
  sla(@Ctx() ctx: Context, @Root() r: CollaborationRequest): Promise<SlaClock[]> {
    return ctx.loaders.slaClocks.load(r.id);
  }
}

@Resolver(() => SlaClock)
export class SlaClockResolver {
  @FieldResolver(() => SlaState, { description: 'Where the clock stands now.' })
  state(@Ctx() ctx: Context, @Root() c: SlaClock): SlaState {
    return effectiveState(c, ctx.clock.now());
  }

  @FieldResolver(() => Float, { description: "Working minutes used so far in the group's calendar (up to the stop, once stopped)." })
  elapsedMinutes(@Ctx() ctx: Context, @Root() c: SlaClock): number {
    return elapsedMinutes(c, ctx.clock.now());
  }

  @FieldResolver(() => Float, { description: "Working minutes the clock has been paused (the resolution clock while the request waits on the requester), the current pause included; its due time moves by them when the pause ends." })
  pausedMinutes(@Ctx() ctx: Context, @Root() c: SlaClock): number {
    return pausedMinutes(c, ctx.clock.now());
  }
}
