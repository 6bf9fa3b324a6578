import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  PASSWORD_MIN_LENGTH,
  type ChangePasswordRequest,
  type CompleteTokenRequest,
  type PasswordResetRequest,
  type RefreshRequest,
  type SignInRequest,
} from '@simpul/contracts';

export class SignInDto implements SignInRequest {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;

  /** `api`: also return the refresh token in the body (clients without cookies). */
  @IsOptional()
  @IsIn(['web', 'api'])
  client?: 'web' | 'api';
}

export class RefreshDto implements RefreshRequest {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  newPassword!: string;
}

export class PasswordResetRequestDto implements PasswordResetRequest {
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class CompleteTokenDto implements CompleteTokenRequest {
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  newPassword!: string;
}
