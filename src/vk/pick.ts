// Field picks: which top-level fields of a response a caller needs. Inside `execute` the script turns a
// list of objects into columns (`items@.date`), which is far fewer bytes; here the columns are zipped
// back into ordinary objects. A direct (non-execute) call gets the same projection computed locally,
// so a caller sees identical results whichever way its call travelled.

/**
 * `true` copies a field as is; a list of names takes those fields from every element of an array
 * field. Example: `{ count: true, items: ['id', 'date', 'likes'] }`.
 */
export type ResponsePick = Readonly<Record<string, true | readonly string[]>>;

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Pick names go into VKScript paths (`r0.items@.id`), so they must be plain identifiers. */
export function assertValidPick(pick: ResponsePick): void {
  for (const [field, spec] of Object.entries(pick)) {
    if (spec !== true && spec.length === 0)
      throw new TypeError(`Empty pick list for ${JSON.stringify(field)}`);
    const names = spec === true ? [field] : [field, ...spec];
    for (const name of names) {
      if (!IDENT.test(name)) throw new TypeError(`Invalid pick field name: ${JSON.stringify(name)}`);
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** VKScript's truthiness: everything except false, null, 0 and "" (and a missing value). */
function truthy(value: unknown): boolean {
  return value !== false && value !== null && value !== 0 && value !== '' && value !== undefined;
}

/** VKScript `a.b`: the field, or null when `a` is not an object or lacks it. */
function readField(value: unknown, name: string): unknown {
  return isPlainObject(value) && Object.hasOwn(value, name) ? (value[name] ?? null) : null;
}

/** VKScript `a@.b`: each element's field, or null when `a` is not an array. */
function pluck(value: unknown, name: string): unknown {
  return Array.isArray(value) ? value.map((element) => readField(element, name)) : null;
}

/** What the generated `if (r) { r = {…}; }` statement leaves in `r`, computed locally. */
export function projectToColumns(value: unknown, pick: ResponsePick): unknown {
  if (!truthy(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(pick)) {
    const fieldValue = readField(value, field);
    if (spec === true) {
      out[field] = fieldValue;
    } else {
      out[field] = Object.fromEntries(spec.map((name) => [name, pluck(fieldValue, name)]));
    }
  }
  return out;
}

/**
 * Columns back to objects. VKScript cannot tell a missing field from a null one, so both become an
 * absent key; a list field whose source was not an array disappears entirely (zod then reports it).
 */
export function zipColumns(value: unknown, pick: ResponsePick): unknown {
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(pick)) {
    const fieldValue = value[field];
    if (spec === true) {
      if (fieldValue !== null && fieldValue !== undefined) out[field] = fieldValue;
      continue;
    }
    const columns = spec.map((name) => [name, readField(fieldValue, name)] as const);
    if (columns.length === 0 || !columns.every(([, column]) => Array.isArray(column))) continue;
    const length = Math.max(...columns.map(([, column]) => (column as unknown[]).length));
    out[field] = Array.from({ length }, (_, i) => {
      const row: Record<string, unknown> = {};
      for (const [name, column] of columns) {
        const cell = (column as unknown[])[i];
        if (cell !== null && cell !== undefined) row[name] = cell;
      }
      return row;
    });
  }
  return out;
}

/** The whole projection for a direct call: the same result an `execute` would have produced. */
export function applyPick(value: unknown, pick: ResponsePick): unknown {
  return zipColumns(projectToColumns(value, pick), pick);
}
