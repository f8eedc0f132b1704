import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination';
import { NotBlank } from '../../common/validation';
import { UserRole } from '../../common/roles';

/** The first admin of a new member. */
@InputType({ description: 'The first admin of a new member.' })
export class AdminInput {
  @Field({ description: 'E-mail address, unique on the network.' })
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'Display name.' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  name: string;
}

@InputType({ description: 'Admit a vendor company to the network, with its first admin.' })
export class CreateMemberInput {
  @Field({ description: 'Company name, unique on the network (case-insensitive).' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => AdminInput, { description: "The member's first admin; gets a personal token in the payload." })
  @ValidateNested()
  admin: AdminInput;
}

@InputType({ description: "Add a user to the caller's member." })
export class CreateUserInput {
  @Field({ description: 'E-mail address, unique on the network.' })
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'Display name.' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => UserRole, { description: 'Role inside the member.' })
  @IsEnum(UserRole)
  role: UserRole;
}

/** `first`, `after` and a case-insensitive search. */
@ArgsType()
export class SearchConnectionArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Case-insensitive search in names (and e-mails, for users).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
