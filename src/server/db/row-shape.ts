/** Column names, and an empty row of them to copy. */
export interface RowShape {
  names: readonly string[];
  empty: Record<string, null>;
}

export function rowShape(names: readonly string[]): RowShape {
  return { names, empty: Object.fromEntries(names.map((name) => [name, null])) };
}

/**
 * A row object keyed by the shape's names, cell by cell (the last of a repeated name wins).
 * It starts as a copy of the empty row: an object given more than about a dozen properties
 * one at a time turns into a dictionary, larger and slower to read.
 */
export function objectOf(shape: RowShape, cells: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = { ...shape.empty };
  for (let i = 0; i < shape.names.length; i++) row[shape.names[i]] = cells[i];
  return row;
}
