import {
  BadRequestException,
  HttpStatus,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { LAPOR_IMPORT_MAX_BYTES, type ApiErrorCode } from '@simpul/contracts';
import { ApiException } from '../common/api-exception';
import { bilingual, type Bilingual } from '../common/bilingual';

export const LAPOR_UPLOAD_FIELD = 'file';

/** The part of multer's file the import reads (the types of multer are not installed). */
export interface UploadedLaporFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export const uploadError = (status: HttpStatus, code: ApiErrorCode, reason: Bilingual) =>
  new ApiException(
    status,
    code,
    bilingual(`File tidak dapat diimpor: ${reason.id}`, `File cannot be imported: ${reason.en}`),
    [{ field: LAPOR_UPLOAD_FIELD, message: reason }],
  );

const MAX_MB = LAPOR_IMPORT_MAX_BYTES / (1024 * 1024);

/**
 * Receives the one file of an import in memory (at most 5 MB) and answers multer's refusals with
 * the API's bilingual errors naming `file`.
 */
@Injectable()
export class LaporUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor = new (FileInterceptor(LAPOR_UPLOAD_FIELD, {
    limits: { fileSize: LAPOR_IMPORT_MAX_BYTES, files: 1, fields: 10 },
  }))();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) {
        throw uploadError(
          HttpStatus.PAYLOAD_TOO_LARGE,
          'FILE_TOO_LARGE',
          bilingual(
            `file melebihi batas ${MAX_MB} MB; bagi menjadi beberapa file`,
            `file exceeds the ${MAX_MB} MB limit; split it into several files`,
          ),
        );
      }
      if (error instanceof BadRequestException) {
        throw uploadError(
          HttpStatus.BAD_REQUEST,
          'VALIDATION_FAILED',
          bilingual(
            `kirim satu file sebagai multipart/form-data pada kolom "${LAPOR_UPLOAD_FIELD}"`,
            `send one file as multipart/form-data in the "${LAPOR_UPLOAD_FIELD}" field`,
          ),
        );
      }
      throw error;
    }
  }
}
