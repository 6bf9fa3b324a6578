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
import { REGISTRY_IMPORT_MAX_BYTES } from '@simpul/contracts';
import { ApiException } from '../common/api-exception';
import { bilingual, type Bilingual } from '../common/bilingual';

export const REGISTRY_UPLOAD_FIELD = 'file';

/** The part of multer's file the import reads. */
export interface UploadedRegistryFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export const registryUploadError = (status: HttpStatus, reason: Bilingual) =>
  new ApiException(
    status,
    status === HttpStatus.PAYLOAD_TOO_LARGE ? 'FILE_TOO_LARGE' : 'VALIDATION_FAILED',
    bilingual(`File tidak dapat diimpor: ${reason.id}`, `File cannot be imported: ${reason.en}`),
    [{ field: REGISTRY_UPLOAD_FIELD, message: reason }],
  );

const MAX_MB = REGISTRY_IMPORT_MAX_BYTES / (1024 * 1024);

/** Receives the one registry file in memory (at most 20 MB), refusals as bilingual errors. */
@Injectable()
export class RegistryUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor = new (FileInterceptor(REGISTRY_UPLOAD_FIELD, {
    limits: { fileSize: REGISTRY_IMPORT_MAX_BYTES, files: 1, fields: 10 },
  }))();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException)
        throw registryUploadError(
          HttpStatus.PAYLOAD_TOO_LARGE,
          bilingual(
            `file melebihi batas ${MAX_MB} MB; bagi per kabupaten`,
            `file exceeds the ${MAX_MB} MB limit; split it per regency`,
          ),
        );
      if (error instanceof BadRequestException)
        throw registryUploadError(
          HttpStatus.BAD_REQUEST,
          bilingual(
            `kirim satu file sebagai multipart/form-data pada kolom "${REGISTRY_UPLOAD_FIELD}"`,
            `send one file as multipart/form-data in the "${REGISTRY_UPLOAD_FIELD}" field`,
          ),
        );
      throw error;
    }
  }
}
