import type { Type } from '@nestjs/common';
import type { SchemaObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

const DATE_ONLY = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * The limits a DTO property's class-validator decorators set, as schema keywords. The plugin
 * reads them from the source but only where the argument is a literal (`@MaxLength(200)`, not
 * `@MaxLength(CASE_TAG_LIMITS.maxLength)`); at run time every value is known.
 */
export function validatorKeywords(dto: Type): Map<string, SchemaObject> {
  const byProperty = new Map<string, SchemaObject>();
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const constraints = (rule.constraints ?? []) as unknown[];
    const keywords: SchemaObject = {};
    switch (rule.name) {
      case 'maxLength':
        keywords.maxLength = constraints[0] as number;
        break;
      case 'minLength':
        keywords.minLength = constraints[0] as number;
        break;
      case 'length':
        keywords.minLength = constraints[0] as number;
        if (typeof constraints[1] === 'number') keywords.maxLength = constraints[1];
        break;
      case 'max':
        keywords.maximum = constraints[0] as number;
        break;
      case 'min':
        keywords.minimum = constraints[0] as number;
        break;
      case 'isIn':
        keywords.enum = [...(constraints[0] as unknown[])];
        break;
      case 'matches':
        keywords.pattern = (constraints[0] as RegExp).source;
        break;
      case 'isUuid':
        keywords.format = 'uuid';
        break;
      case 'isEmail':
        keywords.format = 'email';
        break;
      case 'isInt':
        keywords.type = 'integer';
        break;
      case 'isLatitude':
        Object.assign(keywords, { minimum: -90, maximum: 90 });
        break;
      case 'isLongitude':
        Object.assign(keywords, { minimum: -180, maximum: 180 });
        break;
      case 'isDateString':
      case 'isIso8601':
        keywords.format = 'date-time';
        break;
      case 'isUrl':
        keywords.format = 'uri';
        break;
      case 'isNotEmpty':
        keywords.minLength = 1;
        break;
      case 'arrayMaxSize':
        keywords.maxItems = constraints[0] as number;
        break;
      case 'arrayMinSize':
        keywords.minItems = constraints[0] as number;
        break;
      default:
        continue;
    }
    const target = byProperty.get(rule.propertyName) ?? {};
    if (rule.each && !['arrayMaxSize', 'arrayMinSize'].includes(rule.name as string))
      target.items = { ...(target.items as SchemaObject | undefined), ...keywords };
    else Object.assign(target, keywords);
    byProperty.set(rule.propertyName, target);
  }
  // A date string also held to `YYYY-MM-DD` is a date, not a date-time.
  for (const keywords of byProperty.values())
    if (keywords.format === 'date-time' && keywords.pattern === DATE_ONLY) keywords.format = 'date';
  return byProperty;
}

/** Adds the keywords the schema lacks (the plugin's come first; `type: integer` refines number). */
export function addKeywords(schema: SchemaObject, keywords: SchemaObject): void {
  for (const [key, value] of Object.entries(keywords) as [keyof SchemaObject, unknown][]) {
    if (key === 'items') {
      if (schema.items && !('$ref' in schema.items))
        addKeywords(schema.items, value as SchemaObject);
    } else if (key === 'type') {
      if (schema.type === 'number' || schema.type === undefined) schema.type = 'integer';
    } else if (schema[key] === undefined) (schema as Record<string, unknown>)[key] = value;
  }
}
