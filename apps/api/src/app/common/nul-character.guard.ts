import {
  HttpStatus,
  type ArgumentMetadata,
  type CanActivate,
  type ExecutionContext,
  type PipeTransform,
} from '@nestjs/common';
import type { Request } from 'express';
import type { ApiFieldError } from '@simpul/contracts';
import { ApiException } from './api-exception';
import { bilingual } from './bilingual';
import { summarizeFieldErrors } from './validation-messages';

/**
 * Where in a value the first string holding a NUL character sits (`reporter.name`, `tags.2`), or
 * null. PostgreSQL text cannot store U+0000, so such input would otherwise fail deep in a query
 * as a 500. Walked iteratively; bodies are already bounded in depth by the parser.
 */
export function nulCharacterPath(value: unknown, root = ''): string | null {
  const stack: Array<{ node: unknown; path: string }> = [{ node: value, path: root }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: string };
    if (typeof node === 'string') {
      if (node.includes('\u0000')) return path;
      continue;
    }
    if (node === null || typeof node !== 'object' || Buffer.isBuffer(node)) continue;
    for (const [key, child] of Object.entries(node)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return childPath;
      stack.push({ node: child, path: childPath });
    }
  }
  return null;
}

/**
 * Refuses a NUL character in any string of the route parameters, the query or the body with a
 * 400 naming the field, before any guard, interceptor or handler reads them. Registered as the
 * first global guard; Open311's filter reshapes the refusal into its own format.
 */
export class NulCharacterGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const field =
      nulCharacterPath(request.params) ??
      nulCharacterPath(request.query) ??
      nulCharacterPath(request.body as unknown, 'body');
    if (field === null) return true;
    // A NUL in the body's top level names the field itself (`title`), as validation does.
    throw nulCharacterRefusal(field.startsWith('body.') ? field.slice('body.'.length) : field);
  }
}

/**
 * The same refusal for what exists only once the handler's interceptors ran: multipart form
 * fields and the uploaded file's name (multer fills them in after the guards).
 */
export class NulCharacterPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'body') {
      const field = nulCharacterPath(value, metadata.data ?? '');
      if (field !== null) throw nulCharacterRefusal(field || 'body');
    } else if (metadata.type === 'custom' && isUploadedFile(value)) {
      if (value.originalname.includes('\u0000')) throw nulCharacterRefusal(value.fieldname);
    }
    return value;
  }
}

function isUploadedFile(value: unknown): value is { fieldname: string; originalname: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { originalname?: unknown }).originalname === 'string' &&
    typeof (value as { fieldname?: unknown }).fieldname === 'string'
  );
}

function nulCharacterRefusal(field: string): ApiException {
  const fields: ApiFieldError[] = [
    {
      field,
      message: bilingual(
        `${field} berisi karakter NUL (\\u0000) yang tidak diizinkan`,
        `${field} contains a NUL character (\\u0000), which is not allowed`,
      ),
    },
  ];
  return new ApiException(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    summarizeFieldErrors(fields),
    fields,
  );
}
