#!/usr/bin/env node
// `npm run openapi:generate`: writes what the OpenAPI document needs from the TypeScript sources
// into apps/api/src/app/openapi/generated/ (committed; a unit test fails when it is stale):
//   plugin-metadata.ts   the DTOs' properties, as the @nestjs/swagger CLI plugin reads them
//                        (types, optionality, enums, and the class-validator limits)
//   operation-types.json per controller method its success body (a $ref to a contract type, an
//                        array of one, text, a file or nothing) and its doc comment; and
//                        the JSON schemas of those types (interfaces in libs/contracts and the
//                        Open311 wire types), converted to OpenAPI 3.0 schema objects.
//   node tools/openapi-generate.cjs [--check]   (--check: exit 1 if the files would change)
const { readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');
const ts = require('typescript');
const { ReadonlyVisitor } = require('@nestjs/swagger/plugin');
const tsj = require('ts-json-schema-generator');

const root = dirname(__dirname);
const apiSrc = join(root, 'apps/api/src/app');
const outDir = join(apiSrc, 'openapi/generated');
const TSCONFIG = join(root, 'apps/api/tsconfig.app.json');
const HTTP_DECORATORS = new Set([
  'Get',
  'Post',
  'Put',
  'Patch',
  'Delete',
  'All',
  'Head',
  'Options',
]);
/** Always in the document: the error bodies of /api and of /open311/v2. */
const ERROR_TYPES = ['ApiErrorBody', 'Open311Error'];

function decoratorNames(node) {
  return (ts.getDecorators(node) ?? []).map((d) =>
    ts.isCallExpression(d.expression) ? d.expression.expression.getText() : d.expression.getText(),
  );
}

function fail(node, message) {
  const sf = node.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
  throw new Error(`${relative(root, sf.fileName)}:${line + 1}: ${message}`);
}

/** The interface or type alias a type reference names (following imports and re-exports). */
function namedDeclaration(checker, typeName) {
  let symbol = checker.getSymbolAtLocation(typeName);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.declarations?.find(
    (d) => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d),
  );
}

/** A type the document needs a schema of, by its name (which must then name only it). */
function addRoot(roots, declaration) {
  const name = declaration.name.text;
  const known = roots.get(name);
  if (known && known !== declaration)
    fail(declaration, `two types named ${name} answer routes: rename one`);
  roots.set(name, declaration);
}

/** What a route method answers, from its declared return type. */
function describeReturn(checker, method, roots) {
  let node = method.type;
  if (!node) fail(method, 'a route method needs a declared return type for the OpenAPI document');
  const unwrapPromise = (n) =>
    ts.isTypeReferenceNode(n) && n.typeName.getText() === 'Promise' ? n.typeArguments[0] : n;
  node = unwrapPromise(node);
  if (node.kind === ts.SyntaxKind.VoidKeyword || node.kind === ts.SyntaxKind.NeverKeyword)
    return { body: 'none' };
  if (node.kind === ts.SyntaxKind.StringKeyword) return { body: 'text' };
  let array = false;
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword)
    node = node.type;
  if (ts.isArrayTypeNode(node)) {
    array = true;
    node = node.elementType;
  }
  if (!ts.isTypeReferenceNode(node))
    fail(method, `name the return type (a contract interface), not ${node.getText()}`);
  if (node.typeName.getText() === 'StreamableFile') return { body: 'file' };
  const declaration = namedDeclaration(checker, node.typeName);
  if (!declaration) fail(method, `cannot find the declaration of ${node.typeName.getText()}`);
  addRoot(roots, declaration);
  return { body: 'json', schema: declaration.name.text, ...(array ? { array: true } : {}) };
}

function docComment(checker, method) {
  const symbol = checker.getSymbolAtLocation(method.name);
  const text = symbol ? ts.displayPartsToString(symbol.getDocumentationComment(checker)) : '';
  return text.replace(/\s+/g, ' ').trim();
}

/** Every route method of every controller: `Class.method` → its answer and doc comment. */
function collectOperations(program, roots) {
  const checker = program.getTypeChecker();
  const operations = {};
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !sf.fileName.startsWith(apiSrc)) continue;
    for (const statement of sf.statements) {
      if (!ts.isClassDeclaration(statement) || !decoratorNames(statement).includes('Controller'))
        continue;
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member)) continue;
        if (!decoratorNames(member).some((name) => HTTP_DECORATORS.has(name))) continue;
        const key = `${statement.name.text}.${member.name.getText()}`;
        if (operations[key]) fail(member, `${key} is declared twice`);
        const description = docComment(checker, member);
        operations[key] = {
          ...describeReturn(checker, member, roots),
          ...(description ? { description } : {}),
        };
      }
    }
  }
  return operations;
}

function findErrorTypes(program, roots) {
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile) continue;
    for (const statement of sf.statements)
      if (
        (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
        ERROR_TYPES.includes(statement.name.text)
      )
        addRoot(roots, statement);
  }
  for (const name of ERROR_TYPES) if (!roots.has(name)) throw new Error(`${name} not found`);
}

const REF_PREFIX = '#/definitions/';

/** A component name OpenAPI allows: `CaseEventOf<"case.created">` → `CaseEventOf_case.created_`. */
const componentName = (name) => name.replace(/[^A-Za-z0-9._-]+/g, '_');

/** One JSON Schema (draft 7, as ts-json-schema-generator writes it) as an OpenAPI 3.0 schema. */
function toOpenApi30(schema) {
  if (Array.isArray(schema)) return schema.map(toOpenApi30);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref') {
      const name = decodeURIComponent(value.slice(REF_PREFIX.length));
      out.$ref = `#/components/schemas/${componentName(name)}`;
    } else if (key === 'const') out.enum = [value];
    else if (['properties', 'definitions'].includes(key))
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toOpenApi30(v)]));
    else out[key] = toOpenApi30(value);
  }
  if (Array.isArray(out.type)) {
    const types = out.type.filter((t) => t !== 'null');
    if (types.length < out.type.length) out.nullable = true;
    if (types.length === 1) out.type = types[0];
    else {
      delete out.type;
      out.anyOf = types.map((type) => ({ type }));
    }
  }
  if (out.type === 'null') {
    out.type = 'string';
    out.nullable = true;
    out.enum = [null];
  }
  for (const combiner of ['anyOf', 'oneOf']) {
    const options = out[combiner];
    if (!options) continue;
    const nonNull = options.filter((o) => !(o.type === 'string' && o.enum?.[0] === null));
    if (nonNull.length === options.length) continue;
    out.nullable = true;
    if (nonNull.length === 1 && !nonNull[0].$ref) {
      delete out[combiner];
      Object.assign(out, nonNull[0], { nullable: true });
    } else if (nonNull.length === 1) {
      delete out[combiner];
      out.allOf = nonNull;
    } else out[combiner] = nonNull;
  }
  if (out.type === 'array' && !out.items) out.items = {};
  // Tuples (`[]`, `[number, number]`): OpenAPI 3.0 has no positional items.
  if (Array.isArray(out.items)) {
    const items = out.items;
    out.items = items.length === 0 ? {} : items.length === 1 ? items[0] : { anyOf: items };
    out.minItems ??= items.length;
    out.maxItems ??= items.length;
  }
  delete out.additionalItems;
  return out;
}

/**
 * A JSON schema of a type as the checker resolved it (unions, intersections, instantiated
 * generics), for the few the schema generator cannot read. Named types it has a schema of become
 * references; the rest is written out, to a bounded depth.
 */
function resolvedSchema(checker, type, definitions, depth = 0) {
  const F = ts.TypeFlags;
  const named =
    type.aliasSymbol && !type.aliasTypeArguments ? type.aliasSymbol.name : type.symbol?.name;
  if (depth > 0 && named && definitions[named] && !type.aliasTypeArguments)
    return { $ref: `${REF_PREFIX}${named}` };
  if (depth > 8 || type.flags & (F.Any | F.Unknown)) return {};
  if (type.flags & F.StringLiteral) return { type: 'string', const: type.value };
  if (type.flags & F.NumberLiteral) return { type: 'number', const: type.value };
  if (type.flags & F.BooleanLiteral)
    return { type: 'boolean', const: type.intrinsicName === 'true' };
  if (type.flags & F.Boolean) return { type: 'boolean' };
  if (type.flags & F.String) return { type: 'string' };
  if (type.flags & F.Number) return { type: 'number' };
  if (type.flags & F.Null) return { type: 'null' };
  if (type.flags & F.Union) {
    const members = type.types.filter((t) => !(t.flags & F.Undefined));
    const booleans = members.filter((t) => t.flags & F.BooleanLiteral);
    const others = members.filter((t) => !(t.flags & F.BooleanLiteral));
    const options = others.map((t) => resolvedSchema(checker, t, definitions, depth + 1));
    if (booleans.length === 2) options.push({ type: 'boolean' });
    else options.push(...booleans.map((t) => resolvedSchema(checker, t, definitions, depth + 1)));
    if (options.every((o) => o.type === 'string' && 'const' in o))
      return { type: 'string', enum: options.map((o) => o.const) };
    return options.length === 1 ? options[0] : { anyOf: options };
  }
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    const items = checker
      .getTypeArguments(type)
      .map((t) => resolvedSchema(checker, t, definitions, depth + 1));
    return checker.isArrayType(type)
      ? { type: 'array', items: items[0] }
      : { type: 'array', items };
  }
  if (type.flags & (F.Object | F.Intersection)) {
    const properties = {};
    const required = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const propertyType = checker.getTypeOfSymbol(property);
      properties[property.name] = resolvedSchema(checker, propertyType, definitions, depth + 1);
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
    }
    const index = checker.getIndexInfosOfType(type)[0];
    return {
      type: 'object',
      properties,
      ...(required.length > 0 ? { required } : {}),
      ...(index
        ? { additionalProperties: resolvedSchema(checker, index.type, definitions, depth + 1) }
        : {}),
    };
  }
  return {};
}

function contractSchemas(program, roots) {
  const config = {
    ...tsj.DEFAULT_CONFIG,
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    sortProps: true,
    // Interfaces say what an answer has at least; TypeScript lets objects carry more.
    additionalProperties: true,
  };
  const generator = new tsj.SchemaGenerator(
    program,
    tsj.createParser(program, config),
    tsj.createFormatter(config),
    config,
  );
  const names = [...roots.keys()].sort();
  let definitions;
  try {
    ({ definitions } = generator.createSchemaFromNodes(names.map((name) => roots.get(name))));
  } catch {
    // One type the generator cannot read spoils the lot: take the others one by one, and those
    // it cannot read (e.g. a mapped type indexed by its own key) as the type checker resolves them.
    definitions = {};
    const unread = [];
    for (const name of names) {
      try {
        Object.assign(definitions, generator.createSchemaFromNodes([roots.get(name)]).definitions);
      } catch {
        unread.push(name);
      }
    }
    const checker = program.getTypeChecker();
    if (unread.length > 0)
      console.log(`Schemas written from the type checker: ${unread.join(', ')}`);
    for (const name of unread) {
      const declaration = roots.get(name);
      const schema = resolvedSchema(checker, checker.getTypeAtLocation(declaration), definitions);
      const description = docComment(checker, declaration);
      definitions[name] = description ? { ...schema, description } : schema;
    }
  }
  for (const name of names)
    if (!definitions[name]) throw new Error(`no schema was generated for ${name}`);
  const schemas = {};
  for (const name of Object.keys(definitions).sort()) {
    if (schemas[componentName(name)]) throw new Error(`two schemas named ${componentName(name)}`);
    schemas[componentName(name)] = toOpenApi30(definitions[name]);
  }
  return schemas;
}

/** The DTO metadata the CLI plugin would inline, printed as a module with static imports. */
function pluginMetadata(program) {
  const visitor = new ReadonlyVisitor({
    pathToSource: outDir,
    classValidatorShim: true,
    introspectComments: true,
    // Controllers declare a few small query DTOs of their own.
    dtoFileNameSuffix: ['.dto.ts', '.controller.ts'],
    // Controllers' answers come from operation-types.json: the plugin cannot see interfaces.
    controllerFileNameSuffix: ['.no-controllers'],
  });
  for (const sf of program.getSourceFiles())
    if (!sf.isDeclarationFile && sf.fileName.startsWith(apiSrc)) visitor.visit(program, sf);
  const { models } = visitor.collect();
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const file = ts.createSourceFile('metadata.ts', '', ts.ScriptTarget.Latest);
  const print = (node) => printer.printNode(ts.EmitHint.Unspecified, node, file);
  // `import("../../cases/dto/case.dto")` becomes a static import bound to the same key of `t`,
  // the object the plugin's `type: () => t["../../cases/dto/case.dto"].X` references use.
  // The plugin sees exported classes only: a DTO must be exported to be described.
  const paths = new Set(Object.keys(visitor.typeImports));
  const entries = [];
  for (const [importExpression, classes] of models) {
    const path = importExpression.arguments[0].text;
    // Controllers come along from their files with no properties.
    const names = Object.keys(classes)
      .filter((name) => classes[name].properties.length > 0)
      .sort();
    if (names.length === 0) continue;
    paths.add(path);
    const body = names.map((name) => `${JSON.stringify(name)}: ${print(classes[name])}`);
    entries.push([path, `[t[${JSON.stringify(path)}], {${body.join(',\n')}}]`]);
  }
  entries.sort(([a], [b]) => a.localeCompare(b));
  const sorted = [...paths].sort();
  return [
    '// Generated by `npm run openapi:generate` from the DTO classes (@nestjs/swagger plugin',
    '// metadata, with the class-validator limits). Do not edit: regenerate.',
    ...sorted.map((p, i) => `import * as m${i} from ${JSON.stringify(p)};`),
    '',
    'const t: Record<string, Record<string, unknown>> = {',
    ...sorted.map((p, i) => `  ${JSON.stringify(p)}: m${i},`),
    '};',
    '',
    'type Properties = Record<string, Record<string, unknown>>;',
    '',
    '/** [DTO module, class name → its properties as @ApiProperty options]. */',
    'export const PLUGIN_MODELS: [Record<string, unknown>, Record<string, Properties>][] = [',
    ...entries.map(([, text]) => text + ','),
    '];',
    '',
  ].join('\n');
}

/** path → content of every generated file, formatted as Prettier would. */
async function generateOpenApiFiles() {
  const prettier = require('prettier');
  const program = ReadonlyVisitor.createTsProgram(TSCONFIG);
  const roots = new Map();
  const operations = collectOperations(program, roots);
  findErrorTypes(program, roots);
  const schemas = contractSchemas(program, roots);
  const files = {
    [join(outDir, 'plugin-metadata.ts')]: pluginMetadata(program),
    [join(outDir, 'operation-types.json')]: JSON.stringify({ operations, schemas }),
  };
  for (const path of Object.keys(files)) {
    const options = (await prettier.resolveConfig(path)) ?? {};
    files[path] = await prettier.format(files[path], { ...options, filepath: path });
  }
  return files;
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await generateOpenApiFiles();
  const stale = [];
  for (const [path, content] of Object.entries(files)) {
    let current = null;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // not generated yet
    }
    if (current === content) continue;
    stale.push(relative(root, path));
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
  if (check && stale.length > 0) {
    console.error(`Stale, run npm run openapi:generate: ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(stale.length > 0 ? `Wrote ${stale.join(', ')}` : 'OpenAPI sources up to date');
}

module.exports = { generateOpenApiFiles };

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
