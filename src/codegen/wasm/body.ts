// What the wasm kernel emitters share: values held in locals (or constants), scoped memoization
// (a value needed twice at one index is computed once, and never reused outside the block that
// computed it), counted loops and conditionals over a FunctionWriter.
import { FunctionWriter, OP, type ValType } from './encoder.js';

export type Val = { readonly l: number; readonly t: ValType } | { readonly c: number; readonly t: 'i32' | 'f32' };

export class Body {
  private readonly scopes: Map<string, Val>[] = [new Map()];

  constructor(readonly f: FunctionWriter) {}

  push(v: Val): void {
    if ('l' in v) this.f.get(v.l);
    else if (v.t === 'f32') this.f.f32(v.c);
    else this.f.i32(v.c);
  }

  /** Runs `emit` (which pushes one value of type t) and keeps the value in a fresh local. */
  tmp(t: ValType, emit: () => void): Val {
    emit();
    const l = this.f.local(t);
    this.f.set(l);
    return { l, t };
  }

  /** A mutable local initialized to `init`. */
  variable(t: ValType, init: () => void): number {
    init();
    const l = this.f.local(t);
    this.f.set(l);
    return l;
  }

  memo(key: string, compute: () => Val): Val {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const hit = this.scopes[i]!.get(key);
      if (hit) return hit;
    }
    const v = compute();
    this.scopes[this.scopes.length - 1]!.set(key, v);
    return v;
  }

  scoped(body: () => void): void {
    this.scopes.push(new Map());
    body();
    this.scopes.pop();
  }

  /** `if (cond) { then }` where `cond` pushes an i32. */
  when(cond: () => void, then: () => void): void {
    cond();
    this.f.begin('if');
    this.scoped(then);
    this.f.end();
  }

  /** for (v = from; v < to; v += step) body(v), all i32 (unsigned compare); `to` a constant or local. */
  loop(from: number, to: number | Val, step: number, body: (v: Val) => void): void {
    const f = this.f;
    const v = this.variable('i32', () => f.i32(from));
    const vv: Val = { l: v, t: 'i32' };
    f.begin('block').begin('loop');
    f.get(v);
    if (typeof to === 'number') f.i32(to);
    else this.push(to);
    f.op(OP.i32_ge_u).op(OP.br_if, 1);
    this.scoped(() => body(vv));
    f.get(v).i32(step).op(OP.i32_add).set(v);
    f.op(OP.br, 0).end().end();
  }

  /** i32 helpers that fold constants (indices are mostly compile-time multiples). */
  add(a: Val, b: Val): Val {
    if ('c' in a && 'c' in b) return { c: (a.c + b.c) | 0, t: 'i32' };
    if ('c' in b && b.c === 0) return a;
    if ('c' in a && a.c === 0) return b;
    return this.tmp('i32', () => (this.push(a), this.push(b), this.f.op(OP.i32_add)));
  }
  mulc(a: Val, k: number): Val {
    if ('c' in a) return { c: Math.imul(a.c, k), t: 'i32' };
    if (k === 1) return a;
    if (k === 0) return { c: 0, t: 'i32' };
    if ((k & (k - 1)) === 0) return this.tmp('i32', () => (this.push(a), this.f.i32(Math.log2(k)).op(OP.i32_shl)));
    return this.tmp('i32', () => (this.push(a), this.f.i32(k).op(OP.i32_mul)));
  }
  divc(a: Val, k: number): Val {
    if ('c' in a) return { c: Math.floor((a.c >>> 0) / k), t: 'i32' };
    if (k === 1) return a;
    return this.tmp('i32', () => (this.push(a), this.f.i32(k).op(OP.i32_div_u)));
  }
  remc(a: Val, k: number): Val {
    if ('c' in a) return { c: (a.c >>> 0) % k, t: 'i32' };
    if (k === 1) return { c: 0, t: 'i32' };
    return this.tmp('i32', () => (this.push(a), this.f.i32(k).op(OP.i32_rem_u)));
  }
  minc(a: Val, k: number): Val {
    if ('c' in a) return { c: Math.min(a.c, k), t: 'i32' };
    return this.tmp('i32', () => {
      this.push(a);
      this.f.i32(k);
      this.push(a);
      this.f.i32(k).op(OP.i32_lt_u).op(OP.select);
    });
  }
}

/** A stable text of a value, for memo keys. */
export const keyOf = (v: Val): string => ('l' in v ? `L${v.l}` : `C${v.c}`);
