// Names a user chooses (inputs, definitions, metrics, outputs, --set and --space names) become
// keys of JavaScript objects: results by metric or output name, overrides by definition name.
// A name every object already has (`__proto__`, `constructor`, `toString`, ...) would be lost or
// resolve to a built-in of JavaScript, so such names are refused where they enter, and tables
// keyed by names are read through `own`, which never looks past the table itself.

/** Object.prototype's own properties (ES2022) and `prototype`. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  'toString', 'toLocaleString', 'valueOf', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
]);

export const isReservedName = (name: string): boolean => RESERVED_NAMES.has(name);

/** Why a reserved name is refused, for diagnostics. */
export const RESERVED_WHY = 'every JavaScript object has a property of that name, so results and settings keyed by it would be lost';

/** table[key] when the table itself holds key (never a property inherited from Object.prototype). */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
