import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  MEMBERSHIP_ROLES,
  PASSWORD_MIN_LENGTH,
  type CreateUserRequest,
  type MembershipRole,
  type SetUserActiveRequest,
  type UpdateMembershipRequest,
} from '@simpul/contracts';

export class CreateUserDto implements CreateUserRequest {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  @IsIn(MEMBERSHIP_ROLES)
  role!: MembershipRole;

  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  temporaryPassword?: string;

  /** The superadmin's choice of agency; refused for everyone else. */
  @IsOptional()
  @IsUUID('all')
  agencyId?: string;
}

export class UpdateMembershipDto implements UpdateMembershipRequest {
  @IsIn(MEMBERSHIP_ROLES)
  role!: MembershipRole;
}

export class SetUserActiveDto implements SetUserActiveRequest {
  @IsBoolean()
  active!: boolean;
}
