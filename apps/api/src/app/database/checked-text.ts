/**
 * A text column that the schema's CHECK constraint limits to `values` (pgtyped types it `string`),
 * as the contract's union; a value outside it is a bug, not input, and throws.
 */
export function checkedText<T extends string>(
  values: readonly T[],
  value: string,
  column: string,
): T {
  const known = values.find((candidate) => candidate === value);
  if (known === undefined) throw new Error(`${column} holds an unknown value: ${value}`);
  return known;
}
