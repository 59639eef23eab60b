// The abstract syntax tree of a `.dnn` file, as produced by the parser (parse.ts). It mirrors the
// source closely and carries no resolved meaning: names are not bound, calls are not checked, and
// `import` is only recorded. Every node has a `span` so that later passes can point at the source.
//
// Parenthesised expressions have no node of their own: `(a + b)` is represented by the inner
// Binary, whose span is widened to include the parentheses so that an enclosing node's span
// always covers exactly its source text.

import type { SourceFile, Span } from '../contract/diagnostics.js';

export interface Module {
  file: SourceFile;
  items: Item[];
}

export type Item =
  | ModelDecl
  | ImportDecl
  | InputDecl
  | FnDecl
  | LetStmt
  | MetricDecl
  | OutputDecl
  | TrainBlock;

/** `model mnist_bn` */
export interface ModelDecl {
  kind: 'model';
  name: Ident;
  span: Span;
}

/** `import "layers.dnn"` */
export interface ImportDecl {
  kind: 'import';
  path: StrLit;
  span: Span;
}

/** `input X: f32[batch, 784]` */
export interface InputDecl {
  kind: 'input';
  name: Ident;
  /** The element type as written: the parser accepts any name, the checker allows f32 and i32. */
  dtype: DType;
  /** Integer literals are fixed sizes, identifiers are symbolic sizes bound at run time. */
  dims: Dim[];
  span: Span;
}

export interface DType {
  name: string;
  span: Span;
}

export type Dim = NumLit | Ident;

/** `fn hidden(x, units, momentum = 0.9) = elu(...)` */
export interface FnDecl {
  kind: 'fn';
  name: Ident;
  params: Param[];
  body: Expr;
  span: Span;
}

export interface Param {
  name: Ident;
  default?: Expr;
  span: Span;
}

/** `h1 = hidden(X, 300)` */
export interface LetStmt {
  kind: 'let';
  name: Ident;
  value: Expr;
  span: Span;
}

/** `metric accuracy = mean(...)` */
export interface MetricDecl {
  kind: 'metric';
  name: Ident;
  value: Expr;
  span: Span;
}

/** `output probabilities = softmax(logits)` */
export interface OutputDecl {
  kind: 'output';
  name: Ident;
  value: Expr;
  span: Span;
}

/** `train { key = value ... }` */
export interface TrainBlock {
  kind: 'train';
  settings: TrainSetting[];
  span: Span;
}

export interface TrainSetting {
  key: Ident;
  value: Expr;
  span: Span;
}

export type Expr = NumLit | StrLit | BoolLit | Ident | ListLit | Call | Binary | Unary;

export interface NumLit {
  kind: 'num';
  value: number;
  /** True when written without a fraction or exponent (`784`, not `784.0` or `1e3`). */
  isInt: boolean;
  span: Span;
}

export interface StrLit {
  kind: 'str';
  /** The text between the quotes, with escapes resolved. */
  value: string;
  span: Span;
}

export interface BoolLit {
  kind: 'bool';
  value: boolean;
  span: Span;
}

export interface Ident {
  kind: 'ident';
  name: string;
  span: Span;
}

export interface ListLit {
  kind: 'list';
  items: Expr[];
  span: Span;
}

/** `callee(args)`; the span covers the callee through the closing parenthesis. */
export interface Call {
  kind: 'call';
  callee: Ident;
  args: Arg[];
  span: Span;
}

/** A positional (`x`) or named (`momentum: 0.9`) argument, in source order. */
export interface Arg {
  name?: Ident;
  value: Expr;
  span: Span;
}

export type BinaryOp = '+' | '-' | '*' | '/';

export interface Binary {
  kind: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
  span: Span;
}

export interface Unary {
  kind: 'unary';
  op: '-';
  operand: Expr;
  span: Span;
}
