import type { INestApplication, Type } from '@nestjs/common';
import { METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_ROUTE } from '../auth/auth.decorators';

/* What Nest's decorators recorded about each route handler, read for the OpenAPI document. */

export interface RouteHandler {
  controller: Type;
  method: string;
  handler: (...args: unknown[]) => unknown;
}

/** Every route handler Nest knows, by the operation id the scanner gives it. */
export function routeHandlers(app: INestApplication): Map<string, RouteHandler> {
  const handlers = new Map<string, RouteHandler>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[method];
        if (
          typeof handler !== 'function' ||
          Reflect.getMetadata(METHOD_METADATA, handler) === undefined
        )
          continue;
        handlers.set(operationId(controller.name, method), { controller, method, handler });
      }
    }
  }
  return handlers;
}

export const operationId = (controller: string, method: string) => `${controller}_${method}`;

/** A list kept under `key` (guards, interceptors, headers): the controller's, then the handler's. */
export function metadataList<T>(key: string, route: RouteHandler): T[] {
  return [
    ...((Reflect.getMetadata(key, route.controller) as T[] | undefined) ?? []),
    ...((Reflect.getMetadata(key, route.handler) as T[] | undefined) ?? []),
  ];
}

/** The route needs no sign-in (`@Public()` on the handler or its controller). */
export function isPublicRoute(route: RouteHandler): boolean {
  return (
    Reflect.getMetadata(PUBLIC_ROUTE, route.handler) === true ||
    Reflect.getMetadata(PUBLIC_ROUTE, route.controller) === true
  );
}

interface RouteArgument {
  index: number;
  data?: string;
  pipes?: unknown[];
}

/** The handler's arguments of one kind (`@Param`, `@Query`, `@Body`, `@UploadedFile`...). */
export function routeArguments(route: RouteHandler, type: RouteParamtypes): RouteArgument[] {
  const args =
    (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.method) as
      Record<string, RouteArgument> | undefined) ?? {};
  return Object.entries(args)
    .filter(([key]) => Number(key.split(':')[0]) === type)
    .map(([, arg]) => arg);
}

/** The class of each whole-DTO `@Query()` / `@Body()` argument of a route. */
export function routeDtos(
  route: RouteHandler,
  type: RouteParamtypes.QUERY | RouteParamtypes.BODY,
): Type[] {
  const types = (Reflect.getMetadata(
    'design:paramtypes',
    route.controller.prototype,
    route.method,
  ) ?? []) as Type[];
  return routeArguments(route, type)
    .filter((arg) => !arg.data && typeof types[arg.index] === 'function')
    .map((arg) => types[arg.index])
    .filter((dto) => ![Object, String, Number, Boolean, Array].includes(dto as never));
}
