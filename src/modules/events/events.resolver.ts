import { Args, ArgsType, Authorized, Ctx, Field, Query, Resolver } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Int } from 'type-graphql';
import { toConnection, MAX_PAGE_SIZE } from '../../common/pagination';
import type { Context } from '../../context';
import { RequestEventConnection } from './event.types';
import { listEvents } from './event-log.service';

@ArgsType()
export class EventsArgs {
  @Field(() => String, { nullable: true, description: 'Cursor of the last event you saw; omit to read from the beginning.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;

  @Field(() => Int, { nullable: true, description: `How many events (default 100, at most ${MAX_PAGE_SIZE}).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;
}

@Resolver()
export class EventsResolver {
  @Authorized('MEMBER')
  @Query(() => RequestEventConnection, {
    description: "Your member's events (every event of requests it is party to, its own internal notes included), oldest first: the stream the subscriptions push, for clients that poll.",
  })
  async events(@Ctx() ctx: Context, @Args() args: EventsArgs) {
    return toConnection(RequestEventConnection, await listEvents(ctx, args));
  }
}
