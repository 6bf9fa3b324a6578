import { HttpStatus, ParseEnumPipe, type INestApplication, type Type } from '@nestjs/common';
import {
  GUARDS_METADATA,
  HEADERS_METADATA,
  HTTP_CODE_METADATA,
  INTERCEPTORS_METADATA,
} from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import {
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type ReferenceObject,
  type RequestBodyObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { FILE_FIELD } from '../attachments/attachment-upload.interceptor';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor';
import { Open311KeyGuard } from '../open311/open311-key.guard';
import generated from './generated/operation-types.json';
import { PLUGIN_MODELS } from './generated/plugin-metadata';
import {
  isPublicRoute,
  metadataList,
  operationId,
  routeArguments,
  routeDtos,
  routeHandlers,
  type RouteHandler,
} from './route-metadata';
import { addKeywords, validatorKeywords } from './validator-keywords';

/**
 * The OpenAPI document of the whole API. Nest's scanner describes the routes and the DTOs
 * (parameters, query and body properties with their validation limits, from the generated plugin
 * metadata); this file then adds, for every operation, what the code says but the scanner cannot
 * see: the success body (the contract type the method is declared to return, generated from
 * libs/contracts), the error statuses the route can answer with their body, and its security.
 * Regenerate the inputs with `npm run openapi:generate`.
 */

export const OPEN311_PREFIX = '/open311/v2';
/** GeoReport v2 and its discovery document: XML (the standard's default) or JSON by extension. */
const OPEN311_PATHS = '/open311/';
/** The XML body of an Open311 answer: the same document as the JSON, as XML. */
const OPEN311_XML = {
  'text/xml': {
    schema: {
      type: 'string',
      description: 'The same document in GeoReport v2 XML (`.xml`, the default format)',
    },
  },
} as const;
export const BEARER_SCHEME = 'bearer';
export const OPEN311_KEY_SCHEME = 'api_key';

interface GeneratedOperation {
  body: 'json' | 'text' | 'file' | 'none';
  schema?: string;
  array?: boolean;
  description?: string;
}

const OPERATIONS = generated.operations as Record<string, GeneratedOperation>;
const SCHEMAS = generated.schemas as unknown as Record<string, SchemaObject>;

/** Where the plugin metadata puts a class's properties (@nestjs/swagger's METADATA_FACTORY_NAME). */
const METADATA_FACTORY = '_OPENAPI_METADATA_FACTORY';

let metadataLoaded: Promise<void> | undefined;
let metadataReady = false;

/** Hands the generated DTO metadata to @nestjs/swagger (once; what the CLI plugin would do). */
export function loadOpenApiMetadata(): Promise<void> {
  metadataLoaded ??= SwaggerModule.loadPluginMetadata(async () => ({
    '@nestjs/swagger': {
      models: PLUGIN_MODELS.map(([module, classes]) => [Promise.resolve(module), classes]),
      controllers: [],
    },
  })).then(() => {
    metadataReady = true;
  });
  return metadataLoaded;
}

const isSchema = (schema: SchemaObject | ReferenceObject | undefined): schema is SchemaObject =>
  schema !== undefined && !('$ref' in schema);

const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

function resolve(document: OpenAPIObject, schema: SchemaObject | ReferenceObject): SchemaObject {
  if (isSchema(schema)) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return (document.components?.schemas?.[name] as SchemaObject | undefined) ?? {};
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No content',
  400: 'Invalid input: the fields are named in Indonesian and English / Masukan tidak valid',
  401: 'Not signed in or the session ended / Belum masuk atau sesi berakhir',
  403: 'Not allowed for this user or key / Tidak diizinkan',
  404: 'Not found, or not visible to this user / Tidak ditemukan',
  409: 'Conflict: a stale version, a duplicate, or the same Idempotency-Key still running / Konflik',
  413: 'The body or file is too large / Terlalu besar',
  415: 'The file type is not accepted / Jenis berkas tidak diterima',
  422: 'The Idempotency-Key was used with another body / Kunci idempoten dipakai untuk isi lain',
  429: 'Too many requests: wait and retry / Terlalu banyak permintaan',
  503: 'A component is unavailable / Komponen tidak tersedia',
};

/** The success body of a route, as its method's declared return type says. */
function successContent(
  route: RouteHandler,
  described: GeneratedOperation,
): ResponseObject['content'] {
  switch (described.body) {
    case 'json': {
      const schema = ref(described.schema as string);
      return {
        'application/json': { schema: described.array ? { type: 'array', items: schema } : schema },
      };
    }
    case 'text': {
      const headers = metadataList<{ name: string; value: string }>(HEADERS_METADATA, route);
      const type = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
      return { [type?.split(';')[0] ?? 'text/plain']: { schema: { type: 'string' } } };
    }
    case 'file':
      return { '*/*': { schema: { type: 'string', format: 'binary' } } };
    case 'none':
      return undefined;
  }
}

/** The statuses a route can answer besides success, from what guards it and what it takes. */
function errorStatuses(
  route: RouteHandler,
  httpMethod: string,
  operation: OperationObject,
  document: OpenAPIObject,
): number[] {
  const isPublic = isPublicRoute(route);
  const guards = metadataList<Type>(GUARDS_METADATA, route);
  const interceptors = metadataList<Type>(INTERCEPTORS_METADATA, route);
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const body = operation.requestBody as RequestBodyObject | undefined;
  const bodySchemas = Object.values(body?.content ?? {}).map((media) =>
    media.schema ? resolve(document, media.schema) : {},
  );
  const idempotent = interceptors.includes(IdempotencyInterceptor);
  const statuses = new Set<number>();
  // Any route: the global guard refuses a NUL anywhere in the request, the parsers bad JSON.
  statuses.add(HttpStatus.BAD_REQUEST);
  if (!isPublic) statuses.add(HttpStatus.UNAUTHORIZED).add(HttpStatus.FORBIDDEN);
  if (guards.includes(Open311KeyGuard)) statuses.add(HttpStatus.FORBIDDEN);
  if (parameters.some((p) => p.in === 'path')) statuses.add(HttpStatus.NOT_FOUND);
  // 409: a version-checked edit when stale, an idempotent retry while the first still runs, a
  // change the resource's current state no longer allows (a closed case, an answered link, a
  // decided request). A create that clashes with a unique value says so with @ApiConflictResponse.
  const changesResource =
    httpMethod !== 'get' && parameters.some((p) => p.in === 'path' && p.name !== 'format');
  if (idempotent || changesResource || bodySchemas.some((schema) => schema.properties?.['version']))
    statuses.add(HttpStatus.CONFLICT);
  if (body) statuses.add(HttpStatus.PAYLOAD_TOO_LARGE);
  if (body?.content?.['multipart/form-data']) statuses.add(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  if (idempotent) statuses.add(HttpStatus.UNPROCESSABLE_ENTITY);
  if (guards.some((guard) => guard === ThrottlerGuard || guard.prototype instanceof ThrottlerGuard))
    statuses.add(HttpStatus.TOO_MANY_REQUESTS);
  return [...statuses];
}

/**
 * Path parameters: every `{name}` of the path (the scanner skips some, e.g. one behind an enum
 * pipe), a UUID where the pipe checks one, the values where an enum pipe checks them.
 */
function describePathParameters(
  path: string,
  route: RouteHandler,
  operation: OperationObject,
): void {
  const parameters = (operation.parameters ??= []) as ParameterObject[];
  for (const [, name] of path.matchAll(/\{([^}]+)\}/g))
    if (!parameters.some((p) => p.in === 'path' && p.name === name))
      parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
  for (const arg of routeArguments(route, RouteParamtypes.PARAM)) {
    const parameter = (operation.parameters as ParameterObject[] | undefined)?.find(
      (p) => p.in === 'path' && p.name === arg.data,
    );
    if (!parameter) continue;
    const schema: SchemaObject = isSchema(parameter.schema) ? parameter.schema : {};
    for (const pipe of arg.pipes ?? []) {
      if (pipe === UuidParamPipe || pipe instanceof UuidParamPipe) schema.format = 'uuid';
      if (pipe instanceof ParseEnumPipe) {
        const values = (pipe as unknown as { enumType: Record<string, string> }).enumType;
        schema.enum = [...new Set(Object.values(values))];
      }
    }
    parameter.schema = schema;
  }
}

function describeValidatorLimits(
  route: RouteHandler,
  operation: OperationObject,
  document: OpenAPIObject,
): void {
  for (const dto of routeDtos(route, RouteParamtypes.QUERY)) {
    for (const [property, keywords] of validatorKeywords(dto)) {
      const parameter = (operation.parameters as ParameterObject[] | undefined)?.find(
        (p) => p.in === 'query' && p.name === property,
      );
      if (parameter && isSchema(parameter.schema)) addKeywords(parameter.schema, keywords);
    }
  }
  for (const dto of routeDtos(route, RouteParamtypes.BODY)) describeDtoLimits(dto, document);
}

/** A body DTO's schema and, through the plugin's `type: () => Class`, its nested DTOs'. */
function describeDtoLimits(dto: Type, document: OpenAPIObject, seen = new Set<Type>()): void {
  if (seen.has(dto)) return;
  seen.add(dto);
  const schema = document.components?.schemas?.[dto.name];
  if (!isSchema(schema)) return;
  for (const [property, keywords] of validatorKeywords(dto)) {
    const target = schema.properties?.[property];
    if (isSchema(target)) addKeywords(target, keywords);
  }
  const factory = (dto as unknown as Record<string, unknown>)[METADATA_FACTORY] as
    (() => Record<string, { type?: () => unknown }>) | undefined;
  for (const property of Object.values(factory?.() ?? {})) {
    const type = typeof property.type === 'function' ? property.type() : undefined;
    const nested = Array.isArray(type) ? type[0] : type;
    if (typeof nested === 'function' && nested.prototype)
      describeDtoLimits(nested as Type, document, seen);
  }
}

/** A multipart body carries the uploaded file besides its DTO fields. */
function describeUpload(
  route: RouteHandler,
  operation: OperationObject,
  document: OpenAPIObject,
): void {
  const media = (operation.requestBody as RequestBodyObject | undefined)?.content?.[
    'multipart/form-data'
  ];
  if (!media || routeArguments(route, RouteParamtypes.FILE).length === 0) return;
  const schema = media.schema ? resolve(document, media.schema) : {};
  const properties = schema.properties ?? {};
  if (Object.values(properties).some((p) => isSchema(p) && p.format === 'binary')) return;
  media.schema = {
    type: 'object',
    required: [...new Set([...(schema.required ?? []), FILE_FIELD])],
    properties: { ...properties, [FILE_FIELD]: { type: 'string', format: 'binary' } },
  };
}

function completeOperation(
  path: string,
  httpMethod: string,
  operation: OperationObject,
  route: RouteHandler,
  document: OpenAPIObject,
): void {
  const described = OPERATIONS[`${route.controller.name}.${route.method}`];
  const open311 = path.startsWith(OPEN311_PATHS);
  if (described?.description) {
    operation.summary ??= described.description.split(/(?<=\.)\s/)[0];
    operation.description ??= described.description;
  }
  describePathParameters(path, route, operation);
  describeValidatorLimits(route, operation, document);
  describeUpload(route, operation, document);
  if (open311) {
    // GeoReport v2 paths end in `.{format}`: XML (the standard's default) or JSON.
    for (const parameter of (operation.parameters ?? []) as ParameterObject[])
      if (parameter.in === 'path' && parameter.name === 'format')
        parameter.schema = { type: 'string', enum: ['xml', 'json'] };
    // The standard posts form fields; JSON is taken too.
    const body = (operation.requestBody as RequestBodyObject | undefined)?.content;
    if (body?.['application/json'])
      body['application/x-www-form-urlencoded'] ??= body['application/json'];
  }

  const guards = metadataList<Type>(GUARDS_METADATA, route);
  const isPublic = isPublicRoute(route);
  operation.security = guards.includes(Open311KeyGuard)
    ? [{ [OPEN311_KEY_SCHEME]: [] }]
    : isPublic
      ? []
      : [{ [BEARER_SCHEME]: [] }];

  const success =
    (Reflect.getMetadata(HTTP_CODE_METADATA, route.handler) as number | undefined) ??
    (httpMethod === 'post' ? HttpStatus.CREATED : HttpStatus.OK);
  const responses = (operation.responses ??= {}) as Record<string, ResponseObject>;
  const ok = (responses[success] ??= { description: '' });
  ok.description ||= STATUS_TEXT[success] ?? 'OK';
  if (described) ok.content ??= successContent(route, described);
  if (open311 && ok.content?.['application/json']) ok.content = { ...ok.content, ...OPEN311_XML };

  const errorBody: SchemaObject | ReferenceObject = open311
    ? { type: 'array', items: ref('Open311Error') }
    : ref('ApiErrorBody');
  for (const status of errorStatuses(route, httpMethod, operation, document))
    responses[status] ??= { description: '' };
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) < 400) continue;
    response.description ||= STATUS_TEXT[Number(status)] ?? 'Error';
    response.content ??= {
      'application/json': { schema: errorBody },
      ...(open311 ? OPEN311_XML : {}),
    };
    if (Number(status) === HttpStatus.TOO_MANY_REQUESTS)
      response.headers ??= {
        'Retry-After': {
          description: 'Seconds to wait before retrying / Detik menunggu sebelum mencoba lagi',
          schema: { type: 'integer' },
        },
      };
  }
}

/** The document served at /api/docs-json. Call {@link loadOpenApiMetadata} first. */
export function buildOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  if (!metadataReady) throw new Error('buildOpenApiDocument before loadOpenApiMetadata finished');
  const config = new DocumentBuilder()
    .setTitle('Simpul API')
    .setDescription(
      'Ruang kerja kasus bersama lintas instansi / Real-time shared case workspace for Indonesian government agencies',
    )
    .setVersion(version)
    .addBearerAuth(undefined, BEARER_SCHEME)
    .addApiKey(
      {
        type: 'apiKey',
        in: 'query',
        name: 'api_key',
        description:
          'Open311 GeoReport v2 key of an agency (POST requests.json): sent as the `api_key` field of the posted body, as the standard has it.',
      },
      OPEN311_KEY_SCHEME,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => operationId(controller, method),
  });
  document.components ??= {};
  document.components.schemas = { ...SCHEMAS, ...document.components.schemas };
  const handlers = routeHandlers(app);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [httpMethod, operation] of Object.entries(item) as [string, OperationObject][]) {
      const route = operation?.operationId ? handlers.get(operation.operationId) : undefined;
      if (route) completeOperation(path, httpMethod, operation, route, document);
    }
  }
  return document;
}

/** Serves the UI at `paths.ui` and the JSON at `paths.json`, built on the first request. */
export function setupOpenApi(
  app: INestApplication,
  paths: { ui: string; json: string },
  version: string,
): void {
  // Fire and forget: the models are already loaded, so it settles within a few microtasks, long
  // before the first request builds the document (which refuses to run earlier).
  void loadOpenApiMetadata();
  SwaggerModule.setup(paths.ui, app, () => buildOpenApiDocument(app, version), {
    jsonDocumentUrl: paths.json,
  });
}
