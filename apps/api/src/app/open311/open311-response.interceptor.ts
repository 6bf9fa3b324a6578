import {
  Injectable,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { responseFormat } from './open311-format';
import { OPEN311_XML_CONTENT_TYPE, toOpen311Xml, type Open311XmlDocument } from './open311-xml';

const XML_DOCUMENT = 'open311:xml-document';

/** What the route's answer is called in XML (`<services><service>…`). */
export const Open311Document = (document: Open311XmlDocument) =>
  SetMetadata(XML_DOCUMENT, document);

/**
 * Writes a route's answer in the format its path asks for: JSON as Nest would for `.json`, XML
 * for `.xml`. Put on the controller, so it wraps the idempotency interceptor and a replayed
 * answer is written the same way as the first.
 */
@Injectable()
export class Open311ResponseInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const document = this.reflector.get<Open311XmlDocument | undefined>(
      XML_DOCUMENT,
      context.getHandler(),
    );
    if (!document || responseFormat(request.path) !== 'xml') return next.handle();
    return next.handle().pipe(
      map((body: unknown) => {
        response.type(OPEN311_XML_CONTENT_TYPE);
        return toOpen311Xml(document, body);
      }),
    );
  }
}
