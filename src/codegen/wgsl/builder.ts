// A small WGSL builder: statements in nested blocks, and `let` bindings shared by value so a
// subexpression used twice (an index, a loaded value) is computed once. Kernels are built
// through it, never by gluing templates.
import type { DType } from '../../ir/types.js';


/** A literal of the given dtype (WGSL needs `1.0`, `1i`, `1u`). */
export function literal(value: number, dtype: DType): string {
  if (dtype === 'f32') {
    if (!Number.isFinite(value)) {
      if (Number.isNaN(value)) throw new Error('a NaN constant cannot be written in WGSL');
      return value > 0 ? '3.4028234663852886e38' : '-3.4028234663852886e38';
    }
    const s = Number.isInteger(value) && Math.abs(value) < 1e21 ? `${value}.0` : String(value);
    return value < 0 ? `(${s})` : s;
  }
  if (dtype === 'i32') return value < 0 ? `(${Math.trunc(value)}i)` : `${Math.trunc(value)}i`;
  return `${Math.trunc(value) >>> 0}u`;
}

interface Block {
  lines: string[];
  /** expression text → the name already bound to it in this block */
  lets: Map<string, string>;
  /** memo key → result computed in this block (visible to nested blocks) */
  memo: Map<string, string>;
}

export class WgslBuilder {
  private readonly blocks: Block[] = [{ lines: [], lets: new Map(), memo: new Map() }];
  private counter = 0;
  private readonly decls: string[] = [];
  private readonly helpers = new Map<string, string>();

  /** Module-scope declarations (bindings), emitted in order. */
  declare(line: string): void {
    this.decls.push(line);
  }

  /** A helper function emitted once, only when some kernel body uses it. */
  helper(name: string, source: string): string {
    if (!this.helpers.has(name)) this.helpers.set(name, source);
    return name;
  }

  private get top(): Block {
    return this.blocks[this.blocks.length - 1]!;
  }

  /** Binds `expr` to a name (reusing one bound to the same text in this or an outer block). */
  let(expr: string, prefix = 't'): string {
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(expr) || /^\(?-?[0-9.e+-]+[iu]?\)?$/.test(expr)) return expr;
    for (let i = this.blocks.length - 1; i >= 0; i--) {
      const hit = this.blocks[i]!.lets.get(expr);
      if (hit) return hit;
    }
    const name = `${prefix}${this.counter++}`;
    this.top.lines.push(`let ${name} = ${expr};`);
    this.top.lets.set(expr, name);
    return name;
  }

  /**
   * The result of `compute` for `key`, computed once per scope: a value needed twice at the same
   * index (e.g. a reduction feeding two epilogue terms) is emitted once.
   */
  memo(key: string, compute: () => string): string {
    for (let i = this.blocks.length - 1; i >= 0; i--) {
      const hit = this.blocks[i]!.memo.get(key);
      if (hit !== undefined) return hit;
    }
    const r = compute();
    this.top.memo.set(key, r);
    return r;
  }

  /** A name no other binding of the kernel has (a loop's counter: nested loops must not shadow one another's). */
  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  /** A mutable local, e.g. an accumulator. */
  var(init: string, type: string, prefix = 'acc'): string {
    const name = `${prefix}${this.counter++}`;
    this.top.lines.push(`var ${name}: ${type} = ${init};`);
    return name;
  }

  stmt(line: string): void {
    this.top.lines.push(line);
  }

  /** Emits `head { body }`, where body's lets are scoped to the block. */
  block(head: string, body: () => void): void {
    this.blocks.push({ lines: [], lets: new Map(), memo: new Map() });
    body();
    const inner = this.blocks.pop()!;
    this.top.lines.push(head ? `${head} {` : '{', ...inner.lines.map((l) => `  ${l}`), '}');
  }

  /** The whole module with one compute entry point `main` taking `params` (its builtins). */
  finish(workgroupSize: number, params = '@builtin(global_invocation_id) gid: vec3<u32>'): string {
    const body = this.blocks[0]!.lines.map((l) => `  ${l}`);
    return [
      ...this.decls,
      ...(this.helpers.size ? ['', ...this.helpers.values()] : []),
      '',
      `@compute @workgroup_size(${workgroupSize})`,
      `fn main(${params}) {`,
      ...body,
      '}',
      '',
    ].join('\n');
  }
}
