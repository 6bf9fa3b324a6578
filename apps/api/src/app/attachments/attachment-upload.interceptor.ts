import {
  HttpStatus,
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { Observable } from 'rxjs';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { appConfig, type AppConfigNamespace } from '../config/app-config';

/** The multipart part that carries the file. */
export const FILE_FIELD = 'file';

export const megabytes = (bytes: number) =>
  `${Number((bytes / (1024 * 1024)).toFixed(1))
    .toString()
    .replace('.', ',')} MB`;

/**
 * Reads one file from the `file` part into memory, at most `ATTACHMENT_MAX_BYTES`. Multer's errors
 * become the API's bilingual errors naming the field, so an oversize file is a 413 that says which
 * input and what limit, and nothing reaches storage.
 */
@Injectable()
export class AttachmentUploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<multer.Multer['single']>;

  constructor(@Inject(appConfig.KEY) private readonly config: AppConfigNamespace) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      // File names from phones are UTF-8 ("Foto jalan – Kepanjen.jpg").
      defParamCharset: 'utf8',
      limits: {
        fileSize: config.attachmentMaxBytes,
        files: 1,
        fields: 4,
        fieldSize: 2000,
        parts: 6,
      },
    }).single(FILE_FIELD);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    await new Promise<void>((resolve, reject) =>
      this.upload(request, response, (error: unknown) =>
        error ? reject(this.toApiError(error)) : resolve(),
      ),
    );
    return next.handle();
  }

  private toApiError(error: unknown): unknown {
    if (!(error instanceof multer.MulterError)) {
      return new ApiException(
        HttpStatus.BAD_REQUEST,
        'MALFORMED_UPLOAD',
        bilingual('Unggahan tidak lengkap atau rusak.', 'The upload is incomplete or malformed.'),
        [
          {
            field: FILE_FIELD,
            message: bilingual('file tidak terbaca', 'file could not be read'),
          },
        ],
      );
    }
    if (error.code === 'LIMIT_FILE_SIZE') {
      const limit = megabytes(this.config.attachmentMaxBytes);
      return new ApiException(
        HttpStatus.PAYLOAD_TOO_LARGE,
        'FILE_TOO_LARGE',
        bilingual(`Berkas melebihi batas ${limit}.`, `The file is larger than ${limit}.`),
        [
          {
            field: FILE_FIELD,
            message: bilingual(`file melebihi ${limit}`, `file exceeds ${limit}`),
          },
        ],
        { maxBytes: this.config.attachmentMaxBytes },
      );
    }
    const field = error.code === 'LIMIT_FIELD_VALUE' ? (error.field ?? FILE_FIELD) : FILE_FIELD;
    return new ApiException(
      HttpStatus.BAD_REQUEST,
      'MALFORMED_UPLOAD',
      bilingual('Kirim satu berkas pada kolom "file".', 'Send one file in the "file" field.'),
      [
        {
          field,
          message: bilingual(
            `${field} tidak valid (${error.code})`,
            `${field} is invalid (${error.code})`,
          ),
        },
      ],
    );
  }
}
