import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Type } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  RequestBodyObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { getMetadataStorage } from 'class-validator';
import generated from '../src/app/openapi/generated/operation-types.json';
import {
  routeArguments,
  routeDtos,
  routeHandlers,
  type RouteHandler,
} from '../src/app/openapi/route-metadata';
import { validatorKeywords } from '../src/app/openapi/validator-keywords';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The OpenAPI document the app serves at /api/docs-json, as outside clients and the hostile-input
 * suite read it: valid OpenAPI (linted by a maintained validator), and complete: every route Nest
 * registers, every parameter and body with its limits, every answer with its schema, security.
 */

const run = promisify(execFile);
const root = join(__dirname, '../../..');

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Swagger's own pages, and the Open311 catch-all (404 in the standard's shape, not an API). */
const UNDOCUMENTED = [/^\/api\/docs/, /^\/open311\/v2\/\*path$/];

let testApp: TestApp;
let document: OpenAPIObject;
let operations: { path: string; method: string; operation: OperationObject }[];
let handlers: Map<string, RouteHandler>;

beforeAll(async () => {
  testApp = await createTestApp();
  const response = await fetch(`${testApp.url}/api/docs-json`);
  expect(response.status).toBe(200);
  const text = await response.text();
  // CI's smoke check greps for this.
  expect(text).toContain('"openapi":"3');
  document = JSON.parse(text) as OpenAPIObject;
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, OperationObject>).map(([method, operation]) => ({
      path,
      method,
      operation,
    })),
  );
  handlers = routeHandlers(testApp.app);
});

afterAll(() => testApp?.close());

const ref = (schema: SchemaObject | ReferenceObject | undefined) =>
  schema && '$ref' in schema ? schema.$ref : undefined;

function component(name: string): SchemaObject {
  return document.components?.schemas?.[name] as SchemaObject;
}

function deref(schema: SchemaObject | ReferenceObject | undefined): SchemaObject {
  const target = ref(schema);
  return target ? component(target.replace('#/components/schemas/', '')) : (schema as SchemaObject);
}

function queryParameters(path: string, method = 'get'): Map<string, SchemaObject> {
  const operation = (document.paths[path] as Record<string, OperationObject>)[method];
  return new Map(
    ((operation.parameters ?? []) as ParameterObject[])
      .filter((p) => p.in === 'query')
      .map((p) => [p.name, p.schema as SchemaObject]),
  );
}

/** Enums compare as sets: the plugin lists a union type's members in its own order. */
function sameKeyword(keyword: string, actual: unknown, expected: unknown): boolean {
  const normal = (value: unknown) =>
    JSON.stringify(keyword === 'enum' && Array.isArray(value) ? [...value].sort() : value);
  return normal(actual) === normal(expected);
}

function handlerOf(operation: OperationObject): RouteHandler {
  const handler = handlers.get(operation.operationId as string);
  if (!handler) throw new Error(`no route handler for ${operation.operationId}`);
  return handler;
}

describe('the OpenAPI document at /api/docs-json', () => {
  it('is valid OpenAPI 3 with every $ref resolving (tools/openapi-lint.mjs)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simpul-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(document));
      const { stdout } = await run(process.execPath, [join(root, 'tools/openapi-lint.mjs'), file]);
      expect(stdout).toMatch(/OpenAPI 3\.0 document valid/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('describes every route Nest registers', () => {
    const stack = (
      testApp.app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } }
    ).router.stack;
    const registered = stack.flatMap(({ route }) =>
      route && !UNDOCUMENTED.some((pattern) => pattern.test(route.path))
        ? Object.keys(route.methods).map(
            (method) => `${method} ${route.path.replace(/:(\w+)/g, '{$1}')}`,
          )
        : [],
    );
    const documented = new Set(operations.map(({ path, method }) => `${method} ${path}`));
    expect(registered.length).toBeGreaterThan(80);
    expect(registered.filter((route) => !documented.has(route))).toEqual([]);
  });

  it('gives every operation a schema for its success body (none for 204; a 202 may describe the job it accepted)', () => {
    const missing = operations.filter(({ operation }) => {
      const success = Object.entries(operation.responses).filter(([status]) => /^2/.test(status));
      if (success.length !== 1) return true;
      const [status, response] = success[0] as [string, ResponseObject];
      const media = Object.values(response.content ?? {});
      if (status === '204') return media.length > 0;
      if (status === '202') return media.some((m) => !m.schema);
      return media.length === 0 || media.some((m) => !m.schema);
    });
    expect(missing.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it('serves the contract schemas as generated (no DTO of the same name replaces one)', () => {
    for (const [name, schema] of Object.entries(generated.schemas))
      expect({ name, schema: component(name) }).toEqual({ name, schema });
  });

  it('gives every operation its error answers in the API shape (Open311: the standard shape)', () => {
    const wrong = operations.filter(({ path, operation }) => {
      // The health check's 503 is its usual report with the database down.
      const errors = Object.entries(operation.responses).filter(
        ([s]) => Number(s) >= 400 && !(path === '/api/health' && s === '503'),
      );
      const expected = path.startsWith('/open311/')
        ? (s?: SchemaObject | ReferenceObject) =>
            (s as SchemaObject)?.type === 'array' &&
            ref((s as SchemaObject).items) === '#/components/schemas/Open311Error'
        : (s?: SchemaObject | ReferenceObject) => ref(s) === '#/components/schemas/ApiErrorBody';
      return (
        errors.length === 0 ||
        errors.some(
          ([, r]) => !expected((r as ResponseObject).content?.['application/json']?.schema),
        )
      );
    });
    expect(wrong.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    expect(Object.keys(component('ApiErrorBody').properties ?? {})).toEqual(
      expect.arrayContaining(['statusCode', 'code', 'message', 'fields']),
    );
    expect(component('Open311Error').required).toEqual(['code', 'description']);
    const health = (document.paths['/api/health'] as Record<string, OperationObject>).get.responses[
      '503'
    ] as ResponseObject;
    expect(ref(health.content?.['application/json'].schema)).toBe(
      '#/components/schemas/HealthResponse',
    );
  });

  it('lists 400 where there is input, 401/403 and bearer security unless public, 404 with path ids, 413 with a body, 429 where throttled', () => {
    const problems: string[] = [];
    for (const { path, method, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      const need = (status: string, why: boolean) => {
        if (why && !statuses.includes(status)) problems.push(`${method} ${path}: no ${status}`);
      };
      const parameters = (operation.parameters ?? []) as ParameterObject[];
      const signedIn = JSON.stringify(operation.security) === '[{"bearer":[]}]';
      need('400', parameters.length > 0 || operation.requestBody !== undefined);
      need('401', signedIn);
      need('403', signedIn);
      need(
        '404',
        parameters.some((p) => p.in === 'path' && p.name !== 'format'),
      );
      need('413', operation.requestBody !== undefined);
      const guards = [
        ...((Reflect.getMetadata(GUARDS_METADATA, handlerOf(operation).controller) ??
          []) as Type[]),
        ...((Reflect.getMetadata(GUARDS_METADATA, handlerOf(operation).handler) ?? []) as Type[]),
      ];
      need(
        '429',
        guards.some((g) => g === ThrottlerGuard || g.prototype instanceof ThrottlerGuard),
      );
      if (operation.security === undefined) problems.push(`${method} ${path}: no security`);
    }
    expect(problems).toEqual([]);
    const security = (path: string, method: string) =>
      (document.paths[path] as Record<string, OperationObject>)[method].security;
    expect(security('/api/cases/inbox', 'get')).toEqual([{ bearer: [] }]);
    expect(security('/api/auth/sign-in', 'post')).toEqual([]);
    expect(security('/open311/v2/requests.{format}', 'post')).toEqual([{ api_key: [] }]);
    expect(security('/open311/v2/requests.{format}', 'get')).toEqual([]);
    expect(document.components?.securitySchemes).toMatchObject({
      bearer: { type: 'http', scheme: 'bearer' },
      api_key: { type: 'apiKey', name: 'api_key' },
    });
    const responses = (path: string, method: string) =>
      Object.keys((document.paths[path] as Record<string, OperationObject>)[method].responses);
    expect(responses('/api/auth/sign-in', 'post')).toEqual(expect.arrayContaining(['401', '429']));
    expect(responses('/api/auth/refresh', 'post')).toContain('401');
    const signIn = (document.paths['/api/auth/sign-in'] as Record<string, OperationObject>).post;
    expect((signIn.responses['429'] as ResponseObject).headers).toHaveProperty('Retry-After');
    const submit = (
      document.paths['/open311/v2/requests.{format}'] as Record<string, OperationObject>
    ).post.requestBody as RequestBodyObject;
    expect(Object.keys(submit.content)).toEqual(
      expect.arrayContaining(['application/json', 'application/x-www-form-urlencoded']),
    );
    expect(deref(submit.content['application/json'].schema).properties).toHaveProperty('api_key');
    expect(responses('/open311/v2/requests.{format}', 'post')).toEqual(
      expect.arrayContaining(['201', '400', '403', '409', '422', '429']),
    );
    // XML, the standard's default, beside JSON; the discovery document the same way.
    const services = (
      document.paths['/open311/v2/services.{format}'] as Record<string, OperationObject>
    ).get;
    const format = (services.parameters as ParameterObject[]).find((p) => p.name === 'format');
    expect((format?.schema as SchemaObject).enum).toEqual(['xml', 'json']);
    expect(Object.keys((services.responses['200'] as ResponseObject).content ?? {})).toEqual([
      'application/json',
      'text/xml',
    ]);
    expect(document.paths).toHaveProperty(['/open311/discovery.{format}']);
    expect(responses('/api/cases/{id}', 'patch')).toContain('409');
    expect(responses('/api/agencies', 'post')).toContain('409');
    expect(responses('/api/users', 'post')).toContain('409');
    expect(responses('/api/public/location-requests/{token}', 'post')).toContain('409');
    expect(responses('/api/cases/{id}/events', 'get')).not.toContain('409');
    expect(responses('/api/cases/{id}/attachments', 'post')).toEqual(
      expect.arrayContaining(['201', '413', '415']),
    );
  });

  it('lists every @Param(name), @Query(name) and @Headers(name) argument as a parameter', () => {
    const problems: string[] = [];
    for (const { path, method, operation } of operations) {
      const parameters = (operation.parameters ?? []) as ParameterObject[];
      const has = (where: string, name: string) =>
        parameters.some((p) => p.in === where && p.name.toLowerCase() === name.toLowerCase());
      const route = handlerOf(operation);
      for (const [type, where] of [
        [RouteParamtypes.PARAM, 'path'],
        [RouteParamtypes.HEADERS, 'header'],
        [RouteParamtypes.QUERY, 'query'],
      ] as const)
        for (const arg of routeArguments(route, type))
          if (arg.data && !has(where, arg.data))
            problems.push(`${method} ${path}: no ${where} parameter ${arg.data}`);
    }
    expect(problems).toEqual([]);
    const view = (
      document.paths['/api/public/tracking/{caseNumber}'] as Record<string, OperationObject>
    ).get;
    expect(view.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'X-Tracking-Token' })]),
    );
  });

  it('lists every property of every @Query() DTO as a query parameter, with its validator limits', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { path, method, operation } of operations) {
      const parameters = queryParameters(path, method);
      for (const dto of routeDtos(handlerOf(operation), RouteParamtypes.QUERY)) {
        const properties = new Set(
          getMetadataStorage()
            .getTargetValidationMetadatas(dto, '', true, false)
            .map((rule) => rule.propertyName),
        );
        const limits = validatorKeywords(dto);
        for (const property of properties) {
          checked += 1;
          const schema = parameters.get(property);
          if (!schema) {
            problems.push(`${method} ${path}: no query parameter ${property} (${dto.name})`);
            continue;
          }
          for (const [keyword, value] of Object.entries(limits.get(property) ?? {}))
            if (!sameKeyword(keyword, schema[keyword as keyof SchemaObject], value))
              problems.push(
                `${method} ${path}: ${property}.${keyword} is not ${JSON.stringify(value)}`,
              );
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it('describes every @Body() DTO property, nested DTOs too, with its validator limits', () => {
    const problems: string[] = [];
    const seen = new Set<Type>();
    const check = (dto: Type, schema: SchemaObject, where: string) => {
      if (seen.has(dto)) return;
      seen.add(dto);
      const properties = schema.properties ?? {};
      const limits = validatorKeywords(dto);
      const rules = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
      for (const property of new Set(rules.map((rule) => rule.propertyName))) {
        const target = deref(properties[property]);
        if (!target) {
          problems.push(`${where}: body lacks ${property} (${dto.name})`);
          continue;
        }
        const own = { ...limits.get(property) };
        delete own.items;
        for (const [keyword, value] of Object.entries(own))
          if (!sameKeyword(keyword, target[keyword as keyof SchemaObject], value))
            problems.push(
              `${where}: ${dto.name}.${property}.${keyword} is not ${JSON.stringify(value)}`,
            );
      }
      // Nested DTOs, as the plugin metadata types them.
      const factory = (
        dto as unknown as Record<string, () => Record<string, { type?: () => unknown }>>
      )._OPENAPI_METADATA_FACTORY;
      for (const [property, meta] of Object.entries(factory?.() ?? {})) {
        const type = typeof meta.type === 'function' ? meta.type() : undefined;
        const nested = (Array.isArray(type) ? type[0] : type) as Type | undefined;
        if (typeof nested !== 'function' || !component(nested.name)) continue;
        check(nested, component(nested.name), `${where} ${property}`);
      }
    };
    for (const { path, method, operation } of operations) {
      for (const dto of routeDtos(handlerOf(operation), RouteParamtypes.BODY)) {
        const body = operation.requestBody as RequestBodyObject | undefined;
        const media = Object.values(body?.content ?? {});
        if (media.length === 0) problems.push(`${method} ${path}: no request body (${dto.name})`);
        for (const m of media) check(dto, deref(m.schema), `${method} ${path}`);
        seen.clear();
      }
    }
    expect([...new Set(problems)]).toEqual([]);
    expect(component('CreateCaseDto').properties?.['incidentDate']).toMatchObject({
      format: 'date',
    });
    expect(component('NewReporterDto').properties?.['nik']).toMatchObject({ pattern: '^\\d{16}$' });
  });

  it('spot checks: the inbox filters, afterSeq, the place finder, Open311 filters, uploads, ids', () => {
    const inbox = queryParameters('/api/cases/inbox');
    expect([...inbox.keys()]).toEqual(
      expect.arrayContaining(['q', 'cursor', 'status', 'category', 'sla', 'assignee', 'limit']),
    );
    expect(inbox.get('limit')).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    expect(inbox.get('sla')).toMatchObject({ enum: ['on_track', 'due_soon', 'overdue'] });
    expect(inbox.get('tag')).toMatchObject({ minLength: 1, maxLength: 32 });
    expect([...queryParameters('/api/cases/inbox/count').keys()]).toContain('q');
    expect(queryParameters('/api/cases/{id}/events').get('afterSeq')).toMatchObject({
      minimum: 0,
    });
    expect(queryParameters('/api/places/suggest').get('text')).toMatchObject({
      type: 'string',
      minLength: 2,
      maxLength: 5000,
    });
    const open311 = queryParameters('/open311/v2/requests.{format}');
    expect(open311.get('start_date')).toMatchObject({ format: 'date-time' });
    expect([...open311.keys()]).toEqual(
      expect.arrayContaining(['service_request_id', 'service_code', 'status', 'start_date']),
    );
    const events = (document.paths['/api/cases/{id}/events'] as Record<string, OperationObject>)
      .get;
    const id = (events.parameters as ParameterObject[]).find((p) => p.name === 'id');
    expect(id).toMatchObject({ in: 'path', required: true, schema: { format: 'uuid' } });
    const upload = (
      document.paths['/api/cases/{id}/attachments'] as Record<string, OperationObject>
    ).post.requestBody as RequestBodyObject;
    expect(deref(upload.content['multipart/form-data'].schema)).toMatchObject({
      required: expect.arrayContaining(['file']),
      properties: { file: { type: 'string', format: 'binary' }, caption: { maxLength: 500 } },
    });
    const detail = (document.paths['/api/cases/{id}'] as Record<string, OperationObject>).get
      .responses['200'] as ResponseObject;
    expect(ref(detail.content?.['application/json'].schema)).toBe(
      '#/components/schemas/CaseDetail',
    );
    expect(component('CaseDetail').required).toEqual(expect.arrayContaining(['id', 'status']));
  });
});
