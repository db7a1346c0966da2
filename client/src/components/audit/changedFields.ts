/** One field of a record that an audit entry changed. */
export interface FieldChange {
  /** The field's path, dotted for nested values ("consulting.plannedRounds"). */
  field: string;
  /** The value before; undefined when the field did not exist (or was null). */
  before: unknown;
  after: unknown;
}

type Json = Record<string, unknown>;

/** An audit value as the API sends it: a JSON object, a JSON string of one, or null. */
function toObject(value: unknown): Json | undefined {
  if (value === null || value === undefined) {
    return undefined;
  }
  if (typeof value === "string") {
    try {
      return toObject(JSON.parse(value));
    } catch {
      return { value };
    }
  }
  return isPlainObject(value) ? value : { value };
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Nested objects become dotted paths; arrays and scalars stay whole. Nulls are left out. */
function flatten(value: Json | undefined, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, inner] of Object.entries(value ?? {})) {
    const path = prefix + key;
    if (isPlainObject(inner) && Object.keys(inner).length > 0) {
      flatten(inner, `${path}.`, into);
    } else if (inner !== null && inner !== undefined) {
      into.set(path, inner);
    }
  }
  return into;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields that differ between an audit entry's `before` and `after` (JSON objects, JSON strings or
 * null), in the order the record lists them: a creation shows every field that has a value, a deletion
 * every field it had. A field that is missing or null on one side counts as empty there.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const was = flatten(toObject(before));
  const is = flatten(toObject(after));
  const fields = [...new Set([...is.keys(), ...was.keys()])];
  return fields
    .filter((field) => !same(was.get(field), is.get(field)))
    .map((field) => ({ field, before: was.get(field), after: is.get(field) }));
}

/** A changed value as text: lists joined with commas, objects as JSON; undefined when empty. */
export function formatAuditValue(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "") {
    return undefined;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? undefined : value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(", ");
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
