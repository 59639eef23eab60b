// Builds IR equations with their types checked on the spot. The DSL's standard library, the
// autodiff pass and the optimizers all speak through this one interface.
import { OPS, type BinaryKind, type OpKind, type OpParams, type UnaryKind } from './ops/index.js';
import { eqn, type Eqn, type Program } from './program.js';
import { normalizeAxes } from './shape.js';
import { shapeEq, type DType, type Shape, type TensorType, type Var } from './types.js';

/** A tensor operand, or a plain number taken as a scalar of the other operand's dtype. */
export type Operand = Var | number;

/** Shared by every builder of one model so that variable ids are unique model-wide. */
export class IdSource {
  private next = 0;
  fresh(): number {
    return this.next++;
  }
  /** An id source that will not collide with any value of these programs. */
  static after(...programs: readonly Program[]): IdSource {
    const ids = new IdSource();
    for (const p of programs) {
      for (const v of [...p.inputs, ...p.state].map((n) => n.var)) ids.next = Math.max(ids.next, v.id + 1);
      for (const e of p.eqns) ids.next = Math.max(ids.next, e.out.id + 1);
    }
    return ids;
  }
}

export class Builder {
  readonly eqns: Eqn[] = [];
  /** Scope prefix for hints of new values (`h1/dense`). */
  hint: string | undefined;

  constructor(readonly ids: IdSource = new IdSource()) {}

  /** A value defined outside any equation (an input or a state read). */
  newVar(type: TensorType, hint?: string): Var {
    return { id: this.ids.fresh(), type, hint: hint ?? this.hint };
  }

  emit<K extends OpKind>(op: K, inputs: readonly Var[], params: OpParams[K], type?: TensorType): Var {
    const def = OPS[op];
    if (def.arity >= 0 && inputs.length !== def.arity) throw new Error(`${op} takes ${def.arity} inputs, got ${inputs.length}`);
    const outType = type ?? def.type(inputs.map((v) => v.type), params);
    const out = this.newVar(outType);
    this.eqns.push(eqn(op, inputs, params, out));
    return out;
  }

  // ---- leaves -------------------------------------------------------------------------
  const(value: number, shape: Shape = [], dtype: DType = 'f32'): Var {
    return this.emit('const', [], { value }, { dtype, shape });
  }
  zerosLike(v: Var): Var {
    return this.const(0, v.type.shape, v.type.dtype);
  }
  private lift(x: Operand, like: Operand): Var {
    if (typeof x !== 'number') return x;
    return this.const(x, [], typeof like === 'number' ? 'f32' : like.type.dtype);
  }

  // ---- elementwise ------------------------------------------------------------------------
  unary(op: UnaryKind, x: Var): Var {
    return this.emit(op, [x], {});
  }
  binary(op: BinaryKind, x: Operand, y: Operand): Var {
    return this.emit(op, [this.lift(x, y), this.lift(y, x)], {});
  }
  neg = (x: Var) => this.unary('neg', x);
  exp = (x: Var) => this.unary('exp', x);
  log = (x: Var) => this.unary('log', x);
  sqrt = (x: Var) => this.unary('sqrt', x);
  rsqrt = (x: Var) => this.unary('rsqrt', x);
  tanh = (x: Var) => this.unary('tanh', x);
  abs = (x: Var) => this.unary('abs', x);
  sign = (x: Var) => this.unary('sign', x);
  cos = (x: Var) => this.unary('cos', x);
  sin = (x: Var) => this.unary('sin', x);
  floor = (x: Var) => this.unary('floor', x);
  isFinite = (x: Var) => this.unary('is_finite', x);
  add = (x: Operand, y: Operand) => this.binary('add', x, y);
  sub = (x: Operand, y: Operand) => this.binary('sub', x, y);
  mul = (x: Operand, y: Operand) => this.binary('mul', x, y);
  div = (x: Operand, y: Operand) => this.binary('div', x, y);
  max = (x: Operand, y: Operand) => this.binary('max', x, y);
  min = (x: Operand, y: Operand) => this.binary('min', x, y);
  pow = (x: Operand, y: Operand) => this.binary('pow', x, y);
  gt = (x: Operand, y: Operand) => this.binary('gt', x, y);
  ge = (x: Operand, y: Operand) => this.binary('ge', x, y);
  lt = (x: Operand, y: Operand) => this.binary('lt', x, y);
  le = (x: Operand, y: Operand) => this.binary('le', x, y);
  eq = (x: Operand, y: Operand) => this.binary('eq', x, y);
  ne = (x: Operand, y: Operand) => this.binary('ne', x, y);
  select(c: Var, a: Operand, b: Operand): Var {
    return this.emit('select', [c, this.lift(a, b), this.lift(b, a)], {});
  }
  cast(x: Var, to: DType): Var {
    return x.type.dtype === to ? x : this.emit('cast', [x], { to });
  }
  stopGradient = (x: Var) => this.emit('stop_gradient', [x], {});

  // ---- structural ---------------------------------------------------------------------------
  matmul(a: Var, b: Var, transA = false, transB = false): Var {
    return this.emit('matmul', [a, b], { transA, transB });
  }
  reduceSum(x: Var, axes?: readonly number[], keepdims = false): Var {
    return this.emit('reduce_sum', [x], { axes: axes ?? x.type.shape.map((_, i) => i), keepdims });
  }
  reduceMax(x: Var, axes?: readonly number[], keepdims = false): Var {
    return this.emit('reduce_max', [x], { axes: axes ?? x.type.shape.map((_, i) => i), keepdims });
  }
  broadcastTo(x: Var, shape: Shape): Var {
    return shapeEq(x.type.shape, shape) ? x : this.emit('broadcast_to', [x], { shape: [...shape] });
  }
  reshape(x: Var, shape: Shape): Var {
    return shapeEq(x.type.shape, shape) ? x : this.emit('reshape', [x], { shape: [...shape] });
  }
  concat(xs: readonly Var[], axis: number): Var {
    return xs.length === 1 ? xs[0]! : this.emit('concat', xs, { axis });
  }
  slice(x: Var, begin: readonly number[], size: readonly number[]): Var {
    return shapeEq(x.type.shape, size) ? x : this.emit('slice', [x], { begin: [...begin], size: [...size] });
  }
  pad(x: Var, before: readonly number[], after: readonly number[]): Var {
    return [...before, ...after].every((v) => v === 0) ? x : this.emit('pad', [x], { before: [...before], after: [...after] });
  }
  oneHot(labels: Var, depth: number): Var {
    return this.emit('one_hot', [labels], { depth });
  }
  randomUniform(shape: Shape, seed: number, stream: number, key: Var): Var {
    return this.emit('random_uniform', [key], { shape: [...shape], seed, stream });
  }

  /**
   * Sums a broadcast cotangent back to `shape`: over the leading dimensions it gained and the
   * dimensions where `shape` has a 1. The only place broadcasting is undone.
   */
  unbroadcast(g: Var, shape: Shape): Var {
    const gs = g.type.shape;
    if (shapeEq(gs, shape)) return g;
    const off = gs.length - shape.length;
    const axes: number[] = [];
    gs.forEach((d, i) => {
      if (i < off || (shape[i - off] === 1 && d !== 1)) axes.push(i);
    });
    const summed = axes.length ? this.reduceSum(g, normalizeAxes(axes, gs.length), false) : g;
    return this.reshape(summed, shape);
  }
}

/** Continues an existing program: its equations are kept and new ids start past its values. */
export function builderFor(eqns: readonly Eqn[], ids: IdSource): Builder {
  const b = new Builder(ids);
  b.eqns.push(...eqns);
  return b;
}
