import { MAX_PAYLOAD_DEPTH, isTooDeep, jsonTextDepth, valueDepth } from './payload-bounds';

const nestedObject = (levels: number): unknown => {
  let value: unknown = { leaf: true };
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
};

describe('payload bounds', () => {
  it('measures the depth of JSON text without parsing it, ignoring brackets inside strings', () => {
    expect(jsonTextDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonTextDepth('{"text":"[[[[{{{{ \\" ]]"}')).toBe(1);
    expect(jsonTextDepth('"plain"')).toBe(0);
  });

  it('stops at the limit on a document nested thousands deep', () => {
    const deep = '['.repeat(5_000) + ']'.repeat(5_000);
    expect(jsonTextDepth(deep)).toBe(MAX_PAYLOAD_DEPTH + 1);
    expect(jsonTextDepth(Buffer.from(deep), 10)).toBe(11);
  });

  it('measures parsed values iteratively, so 100,000 levels do not overflow the stack', () => {
    expect(valueDepth(nestedObject(3))).toBe(3);
    expect(valueDepth([[], { a: [1] }])).toBe(3);
    expect(valueDepth('text')).toBe(0);
    expect(isTooDeep(nestedObject(MAX_PAYLOAD_DEPTH))).toBe(false);
    expect(isTooDeep(nestedObject(MAX_PAYLOAD_DEPTH + 1))).toBe(true);
    expect(isTooDeep(nestedObject(100_000))).toBe(true);
  });

  it('treats binary data as a leaf', () => {
    expect(valueDepth({ update: Buffer.alloc(64) })).toBe(1);
    expect(valueDepth({ update: new Uint8Array(8) })).toBe(1);
  });
});
