// `--space`: what `dnnc search` samples, parsed where the option enters (no compiler needed).
import { fail } from '../contract/diagnostics.js';
import { checkSettingName } from './args.js';

export type Dimension =
  | { readonly name: string; readonly kind: 'log' | 'uniform'; readonly lo: number; readonly hi: number }
  | { readonly name: string; readonly kind: 'int'; readonly lo: number; readonly hi: number }
  | { readonly name: string; readonly kind: 'choice'; readonly values: readonly number[] };

/** "lr=log:1e-4:1e-1; units=int:50:300; batch=choice:20:50:100; p=uniform:0.2:0.6" (a usage error if not). */
export function parseSpace(text: string): Dimension[] {
  const space = text.split(';').map((s) => s.trim()).filter(Boolean).map((part) => {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(log|uniform|int|choice):(.+)$/.exec(part);
    if (!m) fail('DNN7006', `--space: '${part}' is not NAME=log|uniform|int|choice:...`, ['e.g. --space "lr=log:1e-4:1e-1; units=int:50:300; batch=choice:20:50:100"']);
    const [, name, kind, rest] = m as unknown as [string, string, Dimension['kind'], string];
    checkSettingName('--space', name);
    const nums = rest.split(':').map((x) => (x.trim() === '' ? NaN : Number(x)));
    if (nums.some((x) => !Number.isFinite(x))) fail('DNN7006', `--space ${name}: '${rest}' are not numbers`);
    if (kind === 'choice') return { name, kind, values: nums };
    const [lo, hi] = nums as [number, number];
    if (nums.length !== 2 || !(lo < hi) || (kind === 'log' && lo <= 0)) fail('DNN7006', `--space ${name}: ${kind} needs low:high with 0 ${kind === 'log' ? '<' : '≤'} low < high`);
    // int:1.5:2.5 would sample 3, outside what was asked.
    if (kind === 'int' && !(Number.isSafeInteger(lo) && Number.isSafeInteger(hi))) fail('DNN7006', `--space ${name}: int needs integer bounds, got ${lo}:${hi}`, ['e.g. units=int:50:300']);
    return { name, kind, lo, hi };
  });
  if (!space.length) fail('DNN7006', `--space names nothing to sample, got '${text}'`, ['e.g. --space "lr=log:1e-4:1e-1"']);
  const twice = space.find((d, i) => space.findIndex((e) => e.name === d.name) !== i);
  if (twice) fail('DNN7006', `--space samples ${twice.name} twice`);
  return space;
}

export function sample(space: readonly Dimension[], rnd: () => number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of space) {
    const u = rnd();
    if (d.kind === 'choice') out[d.name] = d.values[Math.floor(u * d.values.length)]!;
    else if (d.kind === 'int') out[d.name] = Math.floor(d.lo + u * (d.hi - d.lo + 1));
    else if (d.kind === 'log') out[d.name] = Number(Math.exp(Math.log(d.lo) + u * (Math.log(d.hi) - Math.log(d.lo))).toPrecision(3));
    else out[d.name] = Number((d.lo + u * (d.hi - d.lo)).toPrecision(3));
  }
  return out;
}
