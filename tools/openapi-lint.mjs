#!/usr/bin/env node
// Validates an OpenAPI document (a JSON file) against the OpenAPI 3.x JSON Schema with
// @seriousme/openapi-schema-validator, and checks that every `$ref` points at something.
//   node tools/openapi-lint.mjs <document.json>
// The API's integration test runs it on the document the app serves at /api/docs-json.
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tools/openapi-lint.mjs <document.json>');
  process.exit(2);
}
const document = JSON.parse(readFileSync(file, 'utf8'));
const validator = new Validator({ strict: true });
const result = await validator.validate(document);
// `errors` is a list of Ajv errors, or one message when the document is not OpenAPI at all.
const problems = result.valid
  ? []
  : [result.errors].flat().map((e) => (typeof e === 'string' ? e : JSON.stringify(e)));

function pointer(root, ref) {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, part) => (node === undefined ? undefined : node[part]), root);
}

const pending = [[document, '#']];
while (pending.length > 0) {
  const [node, at] = pending.pop();
  if (typeof node !== 'object' || node === null) continue;
  if (typeof node.$ref === 'string' && pointer(document, node.$ref) === undefined)
    problems.push(`${at}: $ref ${node.$ref} points at nothing`);
  for (const [key, value] of Object.entries(node)) pending.push([value, `${at}/${key}`]);
}

if (problems.length > 0) {
  console.error(`OpenAPI document ${file} is not valid:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `OpenAPI ${validator.version} document valid: ${Object.keys(document.paths).length} paths`,
);
