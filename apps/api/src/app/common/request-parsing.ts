import { HttpStatus } from '@nestjs/common';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { ApiErrorBody, ApiErrorCode } from '@simpul/contracts';
import { bilingual, type Bilingual } from './bilingual';
import { jsonTextDepth, MAX_PAYLOAD_DEPTH } from './payload-bounds';

/** Largest JSON or form body (files travel as multipart, with their own limit). */
export const MAX_BODY = '100kb';

/** Renders a refusal raised before routing; Open311 paths want their own shape. */
export type ErrorRenderer = (path: string, body: ApiErrorBody) => unknown;

class TooDeepError extends Error {
  readonly status = HttpStatus.BAD_REQUEST;
  readonly type = 'entity.too.deep';
  constructor() {
    super(`JSON nested deeper than ${MAX_PAYLOAD_DEPTH} levels`);
  }
}

/**
 * The only body parsers of the app (Nest's own are switched off): JSON of any route is refused
 * before `JSON.parse` when it nests deeper than {@link MAX_PAYLOAD_DEPTH}, so neither the parser
 * nor class-transformer/class-validator ever walk a deep document. `strict` JSON accepts only
 * objects and arrays at the top.
 */
export function bodyParsers(): RequestHandler[] {
  return [
    express.json({
      limit: MAX_BODY,
      strict: true,
      verify: (_request, _response, buffer) => {
        if (jsonTextDepth(buffer) > MAX_PAYLOAD_DEPTH) throw new TooDeepError();
      },
    }),
    // Form fields such as `a[b][c]` nest as deep as JSON may; deeper is refused (qs strictDepth).
    express.urlencoded({ extended: true, limit: MAX_BODY, depth: MAX_PAYLOAD_DEPTH } as Parameters<
      typeof express.urlencoded
    >[0]),
  ];
}

interface BodyRefusal {
  status: HttpStatus;
  code: ApiErrorCode;
  message: Bilingual;
}

const TOO_DEEP: BodyRefusal = {
  status: HttpStatus.BAD_REQUEST,
  code: 'BODY_TOO_DEEP',
  message: bilingual(
    `Isi permintaan bersarang lebih dari ${MAX_PAYLOAD_DEPTH} tingkat`,
    `The request body nests deeper than ${MAX_PAYLOAD_DEPTH} levels`,
  ),
};

const BODY_REFUSALS: Record<string, BodyRefusal> = {
  'entity.too.deep': TOO_DEEP,
  'querystring.parse.rangeError': TOO_DEEP,
  'entity.too.large': {
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    code: 'BODY_TOO_LARGE',
    message: bilingual(
      `Isi permintaan lebih dari ${MAX_BODY}`,
      `The request body is larger than ${MAX_BODY}`,
    ),
  },
  'encoding.unsupported': {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    code: 'UNSUPPORTED_ENCODING',
    message: bilingual(
      'Content-Encoding tidak didukung (gunakan gzip, deflate, br atau tanpa kompresi)',
      'Unsupported Content-Encoding (use gzip, deflate, br or none)',
    ),
  },
  'charset.unsupported': {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    code: 'UNSUPPORTED_CHARSET',
    message: bilingual('Charset tidak didukung (gunakan UTF-8)', 'Unsupported charset (use UTF-8)'),
  },
  'parameters.too.many': {
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    code: 'BODY_TOO_LARGE',
    message: bilingual('Isian formulir terlalu banyak', 'Too many form fields'),
  },
};

const MALFORMED_BODY: BodyRefusal = {
  status: HttpStatus.BAD_REQUEST,
  code: 'MALFORMED_BODY',
  message: bilingual(
    'Isi permintaan tidak dapat dibaca: harus objek atau daftar JSON yang utuh (atau formulir), dengan kompresi yang benar',
    'The request body cannot be read: it must be a complete JSON object or array (or a form), correctly compressed',
  ),
};

/**
 * Answers the body parsers' refusals (malformed or non-object JSON, too large, too deep, broken
 * or unknown compression) with 400/413/415 in the API's shape. Placed right after the parsers,
 * so these errors never reach the web app's fallback or Express's own handler.
 */
export function bodyParserErrors(render: ErrorRenderer): ErrorRequestHandler {
  return (error: { type?: string; status?: number }, request, response, next) => {
    if (response.headersSent) return next(error);
    const refusal = (error.type && BODY_REFUSALS[error.type]) || MALFORMED_BODY;
    const body: ApiErrorBody = {
      statusCode: refusal.status,
      code: refusal.code,
      message: refusal.message,
      fields: [{ field: 'body', message: refusal.message }],
    };
    response.status(refusal.status).json(render(request.path, body));
  };
}

/**
 * A path whose percent-encoding cannot be decoded (`%E0%A4%A`, a lone `%`) is refused before
 * routing, where Express would fail to decode the route parameters. A well-formed `%00` passes
 * here and is refused, naming its parameter, by the NUL guard.
 */
export function refuseMalformedPaths(render: ErrorRenderer): RequestHandler {
  return (request, response, next) => {
    const path = request.path;
    if (!path.includes('%')) return next();
    try {
      decodeURIComponent(path);
      return next();
    } catch {
      const message = bilingual(
        'Alamat berisi kode persen (%) yang rusak',
        'The address contains malformed percent-encoding',
      );
      const body: ApiErrorBody = {
        statusCode: HttpStatus.BAD_REQUEST,
        code: 'MALFORMED_PATH',
        message,
        fields: [{ field: 'path', message }],
      };
      response.status(HttpStatus.BAD_REQUEST).json(render(path, body));
    }
  };
}
