// The command line's value parsers, at their edges (the processes are in test/e2e/cli-usage).
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { DnnError } from '../../src/contract/diagnostics.js';
import { fraction, nonNegativeInt, parseDigits, parsePatterns, parseSet, positiveInt, text, usageDiagnostic } from '../../src/cli/args.js';

const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof DnnError) return e.diagnostics[0]!.code;
    throw e;
  }
  return undefined;
};

describe('cli args', () => {
  it('positive and non-negative integers: decimal digits only, bounded', () => {
    const epochs = positiveInt('--epochs');
    expect(epochs('5')).toBe(5);
    expect(epochs('08')).toBe(8);
    expect(epochs(String(2 ** 31 - 1))).toBe(2 ** 31 - 1);
    for (const bad of ['0', '-1', '1.5', '1e3', '0x10', ' 5', '', 'Infinity', String(2 ** 31), '99999999999']) {
      expect(code(() => epochs(bad)), bad).toBe('DNN7006');
    }
    expect(nonNegativeInt('--seed')('0')).toBe(0);
    expect(code(() => nonNegativeInt('--seed')('-3'))).toBe('DNN7006');
  });

  it('--val-fraction: a number strictly between 0 and 1', () => {
    const f = fraction('--val-fraction');
    expect([f('0.2'), f('.5'), f('0.05')]).toEqual([0.2, 0.5, 0.05]);
    for (const bad of ['0', '1', '1.5', '-0.1', '2e-1', 'abc', '', '0.']) expect(code(() => f(bad)), bad).toBe('DNN7006');
  });

  it('--set: NAME=NUMBER pairs', () => {
    expect(parseSet('lr=0.005, units=50')).toEqual({ lr: 0.005, units: 50 });
    expect(parseSet('lr=-1e-3')).toEqual({ lr: -0.001 });
    for (const bad of ['lr', 'lr=', 'lr= ', '1x=2', 'lr=abc', 'lr=NaN', 'lr=Infinity', ',']) expect(code(() => parseSet(bad)), bad).toBe('DNN7006');
  });

  it('--digits: a range or a list of digits', () => {
    expect(parseDigits('0-4')).toEqual([0, 1, 2, 3, 4]);
    expect(parseDigits('1,3,3,5')).toEqual([1, 3, 5]);
    for (const bad of ['', '4-0', '0-12', '1,,2', 'a', '10', '1.5']) expect(code(() => parseDigits(bad)), bad).toBe('DNN7006');
  });

  it('string values: an option where a value belongs is a missing value', () => {
    expect(text('--save')('./-odd.safetensors')).toBe('./-odd.safetensors');
    expect(code(() => text('--save')('--json'))).toBe('DNN7003');
    expect(code(() => text('-o')('-h'))).toBe('DNN7003');
    expect(code(() => text('--data')(''))).toBe('DNN7006');
    expect(parsePatterns('hidden[12]/*, out/*')).toEqual(['hidden[12]/*', 'out/*']);
    expect(code(() => parsePatterns(' , '))).toBe('DNN7006');
  });

  it("commander's errors become diagnostics with the suggestion as a note", () => {
    const d = usageDiagnostic(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--epoch'\n(Did you mean --epochs?)"), ['see --help']);
    expect(d).toMatchObject({ code: 'DNN7001', message: "unknown option '--epoch'", notes: ['did you mean --epochs?', 'see --help'] });
    expect(usageDiagnostic(new CommanderError(1, 'commander.missingArgument', "error: missing required argument 'model'"), []).code).toBe('DNN7004');
  });
});
