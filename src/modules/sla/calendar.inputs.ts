import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LocalDateScalar, LocalTimeScalar } from '../../common/scalars';
import { Weekday } from './calendar.types';

@InputType({ description: 'One working interval on a weekday.' })
export class WorkingHoursInput {
  @Field(() => Weekday, { description: 'The weekday.' })
  @IsEnum(Weekday)
  day: Weekday;

  @Field(() => LocalTimeScalar, { description: 'Opening time, HH:mm.' })
  @IsString()
  from: string;

  @Field(() => LocalTimeScalar, { description: 'Closing time, HH:mm, after `from`; may be 24:00.' })
  @IsString()
  to: string;
}

@InputType({ description: 'A business calendar.' })
export class BusinessCalendarInput {
  @Field({ description: 'IANA time zone, e.g. Europe/London.' })
  @IsString()
  @MaxLength(64)
  timeZone: string;

  @Field({ nullable: true, defaultValue: false, description: 'True for 24x7x365 (working hours and holidays must then be empty).' })
  @IsOptional()
  @IsBoolean()
  alwaysOpen?: boolean;

  @Field(() => [WorkingHoursInput], { nullable: true, defaultValue: [], description: 'Working intervals; intervals of one day must not overlap.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(70)
  workingHours?: WorkingHoursInput[];

  @Field(() => [LocalDateScalar], { nullable: true, defaultValue: [], description: 'Holidays, as local dates.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  holidays?: string[];
}
