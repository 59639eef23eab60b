// Values of command-line options, validated where they enter: each parser returns the value or
// fails with a DNN7xxx usage diagnostic (exit 2) that names the option and what it takes.
import { CommanderError } from 'commander';
import { fail, type Diagnostic, type DiagnosticCode } from '../contract/diagnostics.js';
import { isReservedName, RESERVED_WHY } from '../contract/names.js';
import { MAX_WASM_THREADS } from '../contract/wasm.js';

/** Large enough for any real run, small enough that arithmetic on it stays exact. */
const MAX_COUNT = 2 ** 31 - 1;

function integer(option: string, value: string, min: number, what: string): number {
  const n = /^[0-9]{1,10}$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= MAX_COUNT)) fail('DNN7006', `${option} must be ${what}, got '${value}'`);
  return n;
}

/** `--threads 2`: an integer from 1 to the wasm target's most threads. */
export const threadCount = (value: string): number => {
  const n = integer('--threads', value, 1, 'a positive integer');
  if (n > MAX_WASM_THREADS) fail('DNN7006', `--threads must be at most ${MAX_WASM_THREADS}, got '${value}'`);
  return n;
};

/** `--epochs 5`: an integer ≥ 1 (no sign, no exponent, no hex). */
export const positiveInt = (option: string) => (value: string): number => integer(option, value, 1, 'a positive integer');

/**
 * `--data-budget 64M`: a positive number of bytes, whole or with a binary suffix K, M or G (KiB,
 * MiB, GiB). More than the device binds is allowed: the runtime takes the binding limit then.
 */
export const byteSize = (option: string) => (value: string): number => {
  const m = /^([0-9]{1,13})([KMG]?)i?B?$/i.exec(value.trim());
  const n = m ? Number(m[1]) * 1024 ** ' KMG'.indexOf((m[2] || ' ').toUpperCase()) : NaN;
  if (!(Number.isSafeInteger(n) && n >= 1)) fail('DNN7006', `${option} must be a positive number of bytes (e.g. 67108864, 64M or 1G), got '${value}'`);
  return n;
};

/** `--seed 0`: an integer ≥ 0. */
export const nonNegativeInt = (option: string) => (value: string): number => integer(option, value, 0, 'a non-negative integer');

/**
 * A string option's value. Commander gives a required value the next argument whatever it is,
 * so `--save --json` would save to a file named "--json": a value that looks like an option is
 * taken as a missing value instead (a path that starts with '-' can be written ./-name).
 */
export const text = (option: string) => (value: string): string => {
  if (/^--?[A-Za-z]/.test(value)) fail('DNN7003', `${option} needs a value, but the next argument is the option '${value}'`);
  if (value === '') fail('DNN7006', `${option} needs a non-empty value`);
  return value;
};

/** `--val-fraction 0.2`: a number strictly between 0 and 1. */
export function fraction(option: string) {
  return (value: string): number => {
    const n = /^(0?\.[0-9]+|0)$/.test(value.trim()) ? Number(value) : NaN;
    if (!(n > 0 && n < 1)) fail('DNN7006', `${option} must be a number between 0 and 1 (exclusive), e.g. 0.2; got '${value}'`);
    return n;
  };
}

/** `--set lr=0.001,units=50` → overrides of numeric definitions. */
export function parseSet(value: string): Record<string, number> {
  const out: Record<string, number> = {};
  const parts = value.split(',').map((x) => x.trim()).filter(Boolean);
  if (!parts.length) fail('DNN7006', `--set takes NAME=NUMBER pairs separated by commas, got '${value}'`);
  for (const part of parts) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(part);
    const n = m ? Number(m[2]) : NaN;
    if (!m || !Number.isFinite(n) || m[2]!.trim() === '') {
      fail('DNN7006', `--set takes NAME=NUMBER pairs separated by commas, got '${part}'`, ['e.g. --set lr=0.005,units=50']);
    }
    checkSettingName('--set', m[1]!);
    if (Object.hasOwn(out, m[1]!)) fail('DNN7006', `--set sets ${m[1]} twice`);
    out[m[1]!] = n;
  }
  return out;
}

/** A --set or --space name: never one every JavaScript object has (it could name no definition, and would vanish). */
export function checkSettingName(option: string, name: string): void {
  if (isReservedName(name)) fail('DNN7006', `${option} ${name}: '${name}' cannot be the name of a definition (${RESERVED_WHY})`);
}

/** `--digits 0-4` or `--digits 1,3,5` → the MNIST digits to keep. */
export function parseDigits(value: string): number[] {
  const range = /^(\d)-(\d)$/.exec(value);
  const digits = range
    ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
    : value.split(',').map((d) => (/^\s*\d\s*$/.test(d) ? Number(d) : NaN));
  if (!digits.length || digits.some((d) => !Number.isInteger(d) || d < 0 || d > 9)) {
    fail('DNN7006', `--digits takes digits like 0-4 or 1,3,5, got '${value}'`);
  }
  return [...new Set(digits)];
}

/** `--restore 'hidden[12]/*,out/*'` → parameter name patterns. */
export function parsePatterns(value: string): string[] {
  const patterns = text('--restore')(value).split(',').map((p) => p.trim()).filter(Boolean);
  if (!patterns.length) fail('DNN7006', `--restore takes parameter patterns separated by commas, got '${value}'`);
  return patterns;
}

/** Commander's error codes as dnnc's usage diagnostics. */
const CODES: Record<string, DiagnosticCode> = {
  'commander.unknownOption': 'DNN7001',
  'commander.unknownCommand': 'DNN7002',
  'commander.optionMissingArgument': 'DNN7003',
  'commander.missingMandatoryOptionValue': 'DNN7003',
  'commander.missingArgument': 'DNN7004',
  'commander.excessArguments': 'DNN7005',
  'commander.invalidArgument': 'DNN7006',
};

/**
 * Commander reports "error: unknown option '--epoch'\n(Did you mean --epochs?)"; dnnc reports the
 * same as a diagnostic with the suggestion and the way to the command's help as notes.
 */
export function usageDiagnostic(err: CommanderError, notes: readonly string[]): Diagnostic {
  const [first = err.message, ...rest] = err.message.split('\n').filter((l) => l.trim());
  const suggestions = rest.map((l) => l.replace(/^\((.*)\)$/, '$1').replace(/^Did you mean/, 'did you mean'));
  return {
    code: CODES[err.code] ?? 'DNN7006',
    severity: 'error',
    message: first.replace(/^error: /, ''),
    notes: [...suggestions, ...notes],
  };
}
