// A small typed validator for the structured files dnnc accepts (the artifact first): a schema is a
// function that checks a JSON-like value and returns it typed, or throws a SchemaError naming the
// path of the first field that is wrong (`buffers[3].bytes`). Browser-safe and dependency-free: the
// runtime bundles it. Checks are linear in the value's size; nothing is copied.

/** What is wrong, and where: `path` as JavaScript would spell the access (`entries.init[0].copy`). */
export class SchemaError extends Error {
  constructor(
    readonly path: string,
    readonly why: string,
  ) {
    super(`${path || '(the value)'}: ${why}`);
    this.name = 'SchemaError';
  }
}

/** Checks `value` found at `path`; returns it typed, or throws a SchemaError. */
export type Schema<T> = (value: unknown, path: string) => T;

/** The type a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

export const schemaError = (path: string, why: string): never => {
  throw new SchemaError(path, why);
};

/** `a.b`, `a[3]`, or a key that is no identifier quoted: `entries["my entry"]`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** A short rendering of a wrong value for messages (never the whole of a large one). */
export function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  const s = typeof v === 'string' ? JSON.stringify(v) : String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function str(opts: { max?: number; nonEmpty?: boolean } = {}): Schema<string> {
  const max = opts.max ?? 4096;
  return (v, path) => {
    if (typeof v !== 'string') return schemaError(path, `expected text, got ${shown(v)}`);
    if (opts.nonEmpty && v === '') return schemaError(path, 'must not be empty');
    if (v.length > max) return schemaError(path, `is ${v.length} characters long; at most ${max}`);
    return v;
  };
}

/** An integer in [lo, hi]. */
export function int(lo: number, hi: number): Schema<number> {
  return (v, path) => (Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi ? (v as number) : schemaError(path, `expected an integer in [${lo}, ${hi}], got ${shown(v)}`));
}

/** A finite number in [lo, hi]. */
export function num(lo: number, hi: number): Schema<number> {
  return (v, path) => (typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi ? v : schemaError(path, `expected a number in [${lo}, ${hi}], got ${shown(v)}`));
}

export const bool: Schema<boolean> = (v, path) => (typeof v === 'boolean' ? v : schemaError(path, `expected true or false, got ${shown(v)}`));

/** Any object (its fields unchecked: settings kept for information). */
export const anyObject: Schema<Readonly<Record<string, unknown>>> = (v, path) => (isPlainObject(v) ? v : schemaError(path, `expected an object, got ${shown(v)}`));

export function oneOf<const T extends readonly (string | number)[]>(...values: T): Schema<T[number]> {
  return (v, path) => (values.includes(v as T[number]) ? (v as T[number]) : schemaError(path, `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}, got ${shown(v)}`));
}

export function list<T>(item: Schema<T>, opts: { max?: number; min?: number } = {}): Schema<readonly T[]> {
  const max = opts.max ?? 1 << 20;
  const min = opts.min ?? 0;
  return (v, path) => {
    if (!Array.isArray(v)) return schemaError(path, `expected a list, got ${shown(v)}`);
    if (v.length < min || v.length > max) return schemaError(path, `has ${v.length} items; expected ${min} to ${max}`);
    for (let i = 0; i < v.length; i++) item(v[i], at(path, i));
    return v as readonly T[];
  };
}

/** A list of exactly `n` items. */
export function tuple<T>(item: Schema<T>, n: number): Schema<readonly T[]> {
  return list(item, { min: n, max: n });
}

/** An object used as a map: every own key's value checked. */
export function record<T>(value: Schema<T>, opts: { max?: number } = {}): Schema<Readonly<Record<string, T>>> {
  const max = opts.max ?? 1 << 16;
  return (v, path) => {
    if (!isPlainObject(v)) return schemaError(path, `expected an object, got ${shown(v)}`);
    const keys = Object.keys(v);
    if (keys.length > max) return schemaError(path, `has ${keys.length} keys; at most ${max}`);
    for (const k of keys) value(v[k], at(path, k));
    return v as Readonly<Record<string, T>>;
  };
}

/** Marks a field that may be absent (undefined). */
export function optional<T>(s: Schema<T>): Schema<T | undefined> {
  return (v, path) => (v === undefined ? undefined : s(v, path));
}

/** An object with these fields (others are allowed and ignored: a newer writer may add some). */
export function object<S extends Record<string, Schema<unknown>>>(fields: S): Schema<{ readonly [K in keyof S]: Infer<S[K]> }> {
  const entries = Object.entries(fields);
  return (v, path) => {
    if (!isPlainObject(v)) return schemaError(path, `expected an object, got ${shown(v)}`);
    for (const [k, s] of entries) s(Object.hasOwn(v, k) ? v[k] : undefined, at(path, k));
    return v as { readonly [K in keyof S]: Infer<S[K]> };
  };
}

/** The first schema that accepts the value, chosen by a test of its shape; else the last's error. */
export function either<A, B>(isA: (v: unknown) => boolean, a: Schema<A>, b: Schema<B>): Schema<A | B> {
  return (v, path) => (isA(v) ? a(v, path) : b(v, path));
}
