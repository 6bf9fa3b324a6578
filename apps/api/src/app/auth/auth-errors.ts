import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';

export const authErrors = {
  required: () =>
    new ApiException(
      HttpStatus.UNAUTHORIZED,
      'AUTH_REQUIRED',
      bilingual('Silakan masuk terlebih dahulu.', 'Please sign in first.'),
    ),
  invalidToken: () =>
    new ApiException(
      HttpStatus.UNAUTHORIZED,
      'INVALID_TOKEN',
      bilingual(
        'Sesi tidak valid atau sudah kedaluwarsa. Silakan masuk lagi.',
        'Your session is invalid or expired. Please sign in again.',
      ),
    ),
  sessionEnded: () =>
    new ApiException(
      HttpStatus.UNAUTHORIZED,
      'SESSION_ENDED',
      bilingual(
        'Sesi Anda telah berakhir. Silakan masuk lagi.',
        'Your session has ended. Please sign in again.',
      ),
    ),
  invalidCredentials: () =>
    new ApiException(
      HttpStatus.UNAUTHORIZED,
      'INVALID_CREDENTIALS',
      bilingual('Email atau kata sandi salah.', 'Wrong email or password.'),
    ),
  backoff: (seconds: number) =>
    new ApiException(
      HttpStatus.TOO_MANY_REQUESTS,
      'SIGN_IN_BACKOFF',
      bilingual(
        `Terlalu banyak percobaan gagal. Tunggu ${seconds} detik sebelum mencoba lagi.`,
        `Too many failed attempts. Wait ${seconds} seconds before trying again.`,
      ),
    ),
  locked: (minutes: number) =>
    new ApiException(
      HttpStatus.TOO_MANY_REQUESTS,
      'ACCOUNT_LOCKED',
      bilingual(
        `Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam ${minutes} menit atau minta admin instansi mengatur ulang kata sandi.`,
        `The account is locked for a while after too many failed attempts. Try again in ${minutes} minutes or ask your agency admin for a password reset.`,
      ),
    ),
  passwordChangeRequired: () =>
    new ApiException(
      HttpStatus.FORBIDDEN,
      'PASSWORD_CHANGE_REQUIRED',
      bilingual('Ganti kata sandi Anda terlebih dahulu.', 'Change your password first.'),
    ),
  notAMember: () =>
    new ApiException(
      HttpStatus.FORBIDDEN,
      'NOT_A_MEMBER',
      bilingual(
        'Anda bukan anggota instansi yang dipilih.',
        'You are not a member of the selected agency.',
      ),
    ),
  wrongCurrentPassword: () =>
    new ApiException(
      HttpStatus.BAD_REQUEST,
      'WRONG_CURRENT_PASSWORD',
      bilingual('Kata sandi saat ini salah.', 'The current password is wrong.'),
      [
        {
          field: 'currentPassword',
          message: bilingual('Kata sandi saat ini salah', 'The current password is wrong'),
        },
      ],
    ),
  invalidLink: () =>
    new ApiException(
      HttpStatus.BAD_REQUEST,
      'INVALID_LINK',
      bilingual(
        'Tautan tidak berlaku atau sudah dipakai. Minta tautan baru kepada admin instansi Anda.',
        'The link is invalid or already used. Ask your agency admin for a new one.',
      ),
      [{ field: 'token', message: bilingual('tautan tidak berlaku', 'link is invalid') }],
    ),
};
