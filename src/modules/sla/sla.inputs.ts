import { IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { BusinessCalendarInput } from './calendar.inputs';
import { SlaReportDirection, SlaReportGroupBy } from './sla.types';

/** The longest target `slaDueAt` computes: a year of minutes, as for group policies. */
export const MAX_DUE_MINUTES = 366 * 24 * 60;

@InputType({ description: 'Preview the due time a target gives in a calendar.' })
export class SlaDueAtInput {
  @Field(() => BusinessCalendarInput, { description: 'The calendar, as a partner group would have it.' })
  @ValidateNested()
  calendar: BusinessCalendarInput;

  @Field({ description: 'The start: a request submitted at this instant.' })
  from: Date;

  @Field(() => Int, { description: `The target in working minutes, 0 to ${MAX_DUE_MINUTES}.` })
  @IsInt()
  @Min(0)
  @Max(MAX_DUE_MINUTES)
  minutes: number;
}

@InputType({ description: "An SLA report over your member's requests created in a period." })
export class SlaReportInput {
  @Field({ description: 'Start of the period (inclusive): requests created at or after it.' })
  from: Date;

  @Field({ description: 'End of the period (exclusive): requests created before it.' })
  to: Date;

  @Field(() => SlaReportGroupBy, { description: 'How the rows are cut.' })
  @IsEnum(SlaReportGroupBy)
  groupBy: SlaReportGroupBy;

  @Field(() => SlaReportDirection, { nullable: true, defaultValue: SlaReportDirection.BOTH, description: 'Received requests, submitted ones, or both (default).' })
  @IsOptional()
  @IsEnum(SlaReportDirection)
  direction?: SlaReportDirection;
}
