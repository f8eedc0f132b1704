import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Priority } from './priority.types';

@ObjectType({ description: 'The response target (and optional update cadence and resolution target) for one priority.' })
export class SlaTarget {
  @Field(() => Priority, { description: 'The priority this target applies to.' })
  priority: Priority;

  @Field(() => Int, { description: "Working minutes (in the group's calendar) within which the receiver must first respond." })
  responseMinutes: number;

  @Field(() => Int, { nullable: true, description: 'While accepted, the receiver must post an update at least this often (working minutes).' })
  updateEveryMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Working minutes from acceptance to close (the RESOLUTION clock; time waiting on the requester does not count); null for none." })
  resolutionMinutes?: number | null;
}

@ObjectType({ description: "A group's SLA policy: one target per priority and when a clock counts as at risk." })
export class SlaPolicy {
  @Field(() => [SlaTarget], { description: 'One target for each of P1–P4.' })
  targets: SlaTarget[];

  @Field(() => Float, { description: 'Share of the target used after which a clock is AT_RISK (default 0.75).' })
  atRiskRatio: number;
}
