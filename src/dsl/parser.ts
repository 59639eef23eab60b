// The grammar of `.dnn` files, as a chevrotain parser that builds the AST (ast.ts) directly.
//
// Error handling. Chevrotain's own recovery (single-token insertion/deletion and re-syncing on
// follow sets) is switched off: in this language an identifier can both start a statement and
// appear anywhere inside an expression, so follow-set re-syncing stops at the wrong places and
// produces cascades of confusing errors. Instead recovery is "panic mode" at two levels, which is
// predictable and easy to reason about:
//
//   - a statement (rule `item`) or a train setting (rule `trainSetting`) that hits a syntax error
//     catches chevrotain's exception, drops the statement from the AST and skips tokens up to the
//     next synchronisation point (see `atSyncPoint`);
//   - a token that cannot start a statement at all is consumed, reported and skipped by the same
//     rules, through an explicit "stray token" alternative.
//
// So a syntax error ends its statement (later mistakes in the same statement show up once it is
// fixed), and errors in different statements are all reported. The grammar is
// newline-insensitive, but recovery relies on one layout convention: a line that starts with a
// statement keyword or with `name =` begins a new statement (see also the GATE in `primary`).
//
// Messages are built from token labels (lexer.ts) and the ERR_MSG options below, so they show the
// characters a person typed, never chevrotain's token names.

import {
  EmbeddedActionsParser,
  EOF,
  isRecognitionException,
  MismatchedTokenException,
  tokenMatcher,
  type IParserErrorMessageProvider,
  type IRecognitionException,
  type IToken,
  type TokenType,
} from 'chevrotain';
import type {
  Arg,
  BinaryOp,
  Call,
  Dim,
  Expr,
  FnDecl,
  Ident,
  ImportDecl,
  InputDecl,
  Item,
  LetStmt,
  ListLit,
  MetricDecl,
  ModelDecl,
  Module,
  NumLit,
  OutputDecl,
  Param,
  StrLit,
  TrainBlock,
  TrainSetting,
} from './ast.js';
import { MAX_DIAGNOSTICS, type Diagnostic, type SourceFile, type Span } from '../contract/diagnostics.js';
import * as T from './lexer.js';

/**
 * Chevrotain asks this for the text of each syntax error it detects. Every message is of the form
 * "expected ..."; `DnnParser.diagnosticFor` appends ", found ..." and picks the location, so that
 * messages from ERR_MSG options (which chevrotain uses verbatim) read the same way.
 */
const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => `expected ${label(expected)}`,
  // Cannot happen: `module` consumes every token. Kept meaningful all the same.
  buildNotAllInputParsedMessage: () => 'expected end of file',
  buildNoViableAltMessage: ({ expectedPathsPerAlt, customUserDescription }) =>
    `expected ${customUserDescription ?? oneOf(expectedPathsPerAlt.flat())}`,
  buildEarlyExitMessage: ({ expectedIterationPaths, customUserDescription }) =>
    `expected ${customUserDescription ?? oneOf(expectedIterationPaths)}`,
};

function label(type: TokenType): string {
  return type === EOF ? 'end of file' : (type.LABEL ?? type.name);
}

/** "a or b", "a, b or c" from the first token of each lookahead path. */
function oneOf(paths: TokenType[][]): string {
  const labels = [...new Set(paths.filter((p) => p.length > 0).map((p) => label(p[0])))];
  return labels.length <= 1
    ? (labels[0] ?? 'something else')
    : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

/** Where panic-mode recovery is happening: between statements, or between train settings. */
type RecoveryContext = 'statement' | 'setting';

export interface ParseResult {
  module: Module;
  diagnostics: Diagnostic[];
  /** Parsing gave up after MAX_DIAGNOSTICS errors; the rest of the file was not looked at. */
  stoppedEarly: boolean;
}

/**
 * How deeply parentheses, calls, lists and negations may nest. The parser is recursive, so an
 * unbounded depth would overflow the stack; no real model comes near this.
 */
export const MAX_NESTING = 100;

/**
 * How deep an expression tree may be, counting one level per operator too, so that a chain like
 * `a + a + ... + a` counts its length. Every later stage walks expressions recursively.
 */
export const MAX_EXPRESSION_DEPTH = 250;

export class DnnParser extends EmbeddedActionsParser {
  /** The file being parsed; only needed to build spans. */
  private file: SourceFile = { path: '', text: '' };
  /** Syntax errors found by the actions rather than by chevrotain (e.g. argument order). */
  private extraDiagnostics: Diagnostic[] = [];
  /** How many nesting levels (see MAX_NESTING) the parser is inside right now. */
  private nesting = 0;
  /** The depth of each expression node built (a leaf is 1), for MAX_EXPRESSION_DEPTH. */
  private depths = new WeakMap<Expr, number>();
  private stoppedEarly = false;

  constructor() {
    super(T.allTokens, {
      recoveryEnabled: false,
      errorMessageProvider: errorMessages,
      // LL(2) is all the grammar needs: `name (` vs `name`, `name :` vs an expression.
      maxLookahead: 2,
    });
    this.performSelfAnalysis();
  }

  /** Parses a token stream (from lexer.ts) into a module. Never throws for a user mistake. */
  parse(file: SourceFile, tokens: IToken[]): ParseResult {
    this.file = file;
    this.extraDiagnostics = [];
    this.nesting = 0;
    this.stoppedEarly = false;
    this.input = tokens;
    try {
      const items = this.module();
      const diagnostics = [
        ...this.errors.map((e) => this.diagnosticFor(e)),
        ...this.extraDiagnostics,
      ].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
      return { module: { file, items }, diagnostics, stoppedEarly: this.stoppedEarly };
    } finally {
      // The parser is reused; don't keep the last file and its tokens alive.
      this.input = [];
      this.file = { path: '', text: '' };
      this.extraDiagnostics = [];
      this.depths = new WeakMap();
    }
  }

  // ---- Statements ---------------------------------------------------------------------------
  // Rules build nodes inside ACTION, which chevrotain skips while it records the grammar (when
  // SUBRULE returns placeholders rather than nodes). Builders that only read a token (`ident`,
  // `num`, ...) are harmless on the placeholder token, so they are called directly.

  private readonly module = this.RULE('module', (): Item[] => {
    const items: Item[] = [];
    this.MANY(() => {
      const item = this.SUBRULE(this.item);
      this.ACTION(() => item && items.push(item));
    });
    return items;
  });

  /** One statement, or undefined if it had a syntax error (reported, and skipped). */
  private readonly item = this.RULE('item', (): Item | undefined => {
    const first = this.LA(1);
    this.ACTION(() => (this.nesting = 0));
    try {
      return this.OR<Item | undefined>([
        { ALT: () => this.SUBRULE(this.modelDecl) },
        { ALT: () => this.SUBRULE(this.importDecl) },
        { ALT: () => this.SUBRULE(this.inputDecl) },
        { ALT: () => this.SUBRULE(this.fnDecl) },
        { ALT: () => this.SUBRULE(this.metricDecl) },
        { ALT: () => this.SUBRULE(this.outputDecl) },
        { ALT: () => this.SUBRULE(this.trainBlock) },
        { ALT: () => this.SUBRULE(this.letStmt) },
        { ALT: () => this.stray(this.CONSUME(T.NonStatementStart), 'statement') },
        { ALT: () => this.stray(this.CONSUME(T.RBrace), 'statement') },
      ]);
    } catch (e) {
      this.recover(e, first, 'statement');
      return undefined;
    }
  });

  private readonly modelDecl = this.RULE('modelDecl', (): ModelDecl => {
    const kw = this.CONSUME(T.Model);
    const name = this.CONSUME(T.Identifier, { ERR_MSG: "expected a model name after 'model'" });
    return this.ACTION(() => ({
      kind: 'model',
      name: this.ident(name),
      span: this.span(kw, name),
    }));
  });

  private readonly importDecl = this.RULE('importDecl', (): ImportDecl => {
    const kw = this.CONSUME(T.Import);
    const path = this.CONSUME(T.StringLiteral, {
      ERR_MSG: `expected a file name in double quotes after 'import'`,
    });
    return this.ACTION(() => ({
      kind: 'import',
      path: this.str(path),
      span: this.span(kw, path),
    }));
  });

  private readonly inputDecl = this.RULE('inputDecl', (): InputDecl => {
    const kw = this.CONSUME(T.Input);
    const name = this.CONSUME(T.Identifier, { ERR_MSG: "expected an input name after 'input'" });
    this.CONSUME(T.Colon, { ERR_MSG: `expected ':' after the input name '${name.image}'` });
    const dtype = this.CONSUME2(T.Identifier, {
      ERR_MSG: "expected an element type such as 'f32' or 'i32'",
    });
    this.CONSUME(T.LBracket, {
      ERR_MSG: `expected '[' to start the shape of input '${name.image}'`,
    });
    const dims: Dim[] = [];
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => {
        const dim = this.SUBRULE(this.dimension);
        this.ACTION(() => dims.push(dim));
      },
    });
    const close = this.CONSUME(T.RBracket, {
      ERR_MSG: `expected ']' to close the shape of input '${name.image}'`,
    });
    return this.ACTION(() => ({
      kind: 'input',
      name: this.ident(name),
      dtype: { name: dtype.image, span: this.span(dtype) },
      dims,
      span: this.span(kw, close),
    }));
  });

  private readonly dimension = this.RULE('dimension', (): Dim =>
    this.OR<Dim>({
      ERR_MSG: 'a dimension (a whole number or a name)',
      DEF: [
        {
          ALT: () => {
            const tok = this.CONSUME(T.NumberLiteral);
            return this.ACTION(() => {
              const num = this.num(tok);
              if (!num.isInt) this.syntaxError('expected a whole number as a dimension', tok);
              return num;
            });
          },
        },
        { ALT: () => this.ident(this.CONSUME(T.Identifier)) },
      ],
    }),
  );

  private readonly fnDecl = this.RULE('fnDecl', (): FnDecl => {
    const kw = this.CONSUME(T.Fn);
    const name = this.CONSUME(T.Identifier, { ERR_MSG: "expected a function name after 'fn'" });
    this.CONSUME(T.LParen, {
      ERR_MSG: `expected '(' and the parameters of '${name.image}'`,
    });
    const params: Param[] = [];
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => {
        const param = this.SUBRULE(this.param);
        this.ACTION(() => params.push(param));
      },
    });
    this.CONSUME(T.RParen, {
      ERR_MSG: `expected ')' to close the parameters of '${name.image}'`,
    });
    this.CONSUME(T.Equals, { ERR_MSG: `expected '=' before the body of '${name.image}'` });
    const body = this.SUBRULE(this.expression);
    return this.ACTION(() => ({
      kind: 'fn',
      name: this.ident(name),
      params,
      body,
      span: this.spanTo(kw, body),
    }));
  });

  /** `units` or `momentum = 0.9` */
  private readonly param = this.RULE('param', (): Param => {
    const name = this.CONSUME(T.Identifier, { ERR_MSG: 'expected a parameter name' });
    const dflt = this.OPTION(() => {
      this.CONSUME(T.Equals);
      return this.SUBRULE(this.expression);
    });
    return this.ACTION(() => ({
      name: this.ident(name),
      ...(dflt && { default: dflt }),
      span: dflt ? this.spanTo(name, dflt) : this.span(name),
    }));
  });

  private readonly letStmt = this.RULE('letStmt', (): LetStmt => {
    const name = this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals, { ERR_MSG: `expected '=' after '${name.image}'` });
    const value = this.SUBRULE(this.expression);
    return this.ACTION(() => ({
      kind: 'let',
      name: this.ident(name),
      value,
      span: this.spanTo(name, value),
    }));
  });

  private readonly metricDecl = this.RULE('metricDecl', (): MetricDecl => {
    const kw = this.CONSUME(T.Metric);
    const name = this.CONSUME(T.Identifier, { ERR_MSG: "expected a metric name after 'metric'" });
    this.CONSUME(T.Equals, { ERR_MSG: `expected '=' after 'metric ${name.image}'` });
    const value = this.SUBRULE(this.expression);
    return this.ACTION(() => ({
      kind: 'metric',
      name: this.ident(name),
      value,
      span: this.spanTo(kw, value),
    }));
  });

  private readonly outputDecl = this.RULE('outputDecl', (): OutputDecl => {
    const kw = this.CONSUME(T.Output);
    const name = this.CONSUME(T.Identifier, { ERR_MSG: "expected an output name after 'output'" });
    this.CONSUME(T.Equals, { ERR_MSG: `expected '=' after 'output ${name.image}'` });
    const value = this.SUBRULE(this.expression);
    return this.ACTION(() => ({
      kind: 'output',
      name: this.ident(name),
      value,
      span: this.spanTo(kw, value),
    }));
  });

  private readonly trainBlock = this.RULE('trainBlock', (): TrainBlock => {
    const kw = this.CONSUME(T.Train);
    this.CONSUME(T.LBrace, { ERR_MSG: "expected '{' after 'train'" });
    const settings: TrainSetting[] = [];
    this.MANY(() => {
      const setting = this.SUBRULE(this.trainSetting);
      this.ACTION(() => setting && settings.push(setting));
    });
    const close = this.CONSUME(T.RBrace, { ERR_MSG: "expected '}' to close the train block" });
    return this.ACTION(() => ({ kind: 'train', settings, span: this.span(kw, close) }));
  });

  /** `key = value` in a train block, or undefined if it had a syntax error (reported, skipped). */
  private readonly trainSetting = this.RULE('trainSetting', (): TrainSetting | undefined => {
    const first = this.LA(1);
    try {
      return this.OR<TrainSetting | undefined>([
        {
          ALT: () => {
            const key = this.CONSUME(T.Identifier);
            this.CONSUME(T.Equals, { ERR_MSG: `expected '=' after '${key.image}'` });
            const value = this.SUBRULE(this.expression);
            return this.ACTION(() => ({
              key: this.ident(key),
              value,
              span: this.spanTo(key, value),
            }));
          },
        },
        { ALT: () => this.stray(this.CONSUME(T.NonStatementStart), 'setting') },
      ]);
    } catch (e) {
      this.recover(e, first, 'setting');
      return undefined;
    }
  });

  // ---- Expressions --------------------------------------------------------------------------
  // One rule per precedence level, lowest first; the binary levels loop, which makes them left
  // associative.

  /** `a + b - c` */
  private readonly expression = this.RULE('expression', (): Expr =>
    this.nested(() => {
      let left = this.SUBRULE(this.term);
      this.MANY(() => {
        const op = this.CONSUME(T.AdditiveOperator);
        const right = this.SUBRULE2(this.term);
        left = this.ACTION(() => this.binary(op, left, right));
      });
      return left;
    }),
  );

  /** `a * b / c` */
  private readonly term = this.RULE('term', (): Expr => {
    let left = this.SUBRULE(this.unary);
    this.MANY(() => {
      const op = this.CONSUME(T.MultiplicativeOperator);
      const right = this.SUBRULE2(this.unary);
      left = this.ACTION(() => this.binary(op, left, right));
    });
    return left;
  });

  /** `-x`, binding tighter than `*` and looser than a call: `-f(x)` is `-(f(x))`. */
  private readonly unary = this.RULE('unary', (): Expr =>
    this.OR<Expr>({
      ERR_MSG: 'an expression',
      DEF: [
        {
          ALT: () => {
            const minus = this.CONSUME(T.Minus);
            const operand = this.nested(() => this.SUBRULE(this.unary));
            return this.ACTION(() =>
              this.deep({ kind: 'unary', op: '-', operand, span: this.spanTo(minus, operand) }, [operand]),
            );
          },
        },
        { ALT: () => this.SUBRULE(this.primary) },
      ],
    }),
  );

  private readonly primary = this.RULE('primary', (): Expr =>
    this.OR<Expr>({
      ERR_MSG: 'an expression',
      DEF: [
        { ALT: () => this.num(this.CONSUME(T.NumberLiteral)) },
        { ALT: () => this.str(this.CONSUME(T.StringLiteral)) },
        { ALT: () => this.bool(this.CONSUME(T.True), true) },
        { ALT: () => this.bool(this.CONSUME(T.False), false) },
        { ALT: () => this.SUBRULE(this.call) },
        {
          // `name =` at the start of a line is the next statement, never part of this
          // expression (`=` cannot follow a name in an expression). Refusing it here reports
          // `h1 =` followed by a line `h2 = ...` as a missing value rather than as `h1 = h2`
          // followed by a stray '='.
          GATE: () => !this.atStatementStart(),
          ALT: () => this.ident(this.CONSUME(T.Identifier)),
        },
        { ALT: () => this.SUBRULE(this.parenthesized) },
        { ALT: () => this.SUBRULE(this.list) },
      ],
    }),
  );

  /** `(expr)`: the inner node, with its span widened to the parentheses (see ast.ts). */
  private readonly parenthesized = this.RULE('parenthesized', (): Expr => {
    const open = this.CONSUME(T.LParen);
    const inner = this.SUBRULE(this.expression);
    const close = this.CONSUME(T.RParen, { ERR_MSG: "expected ')' to close the '('" });
    return this.ACTION(() => this.deep({ ...inner, span: this.span(open, close) }, [inner], 0));
  });

  /** `[a, b, c]` */
  private readonly list = this.RULE('list', (): ListLit => {
    const open = this.CONSUME(T.LBracket);
    const items: Expr[] = [];
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => {
        const item = this.SUBRULE(this.expression);
        this.ACTION(() => items.push(item));
      },
    });
    const close = this.CONSUME(T.RBracket, { ERR_MSG: "expected ']' to close the list" });
    return this.ACTION(() => this.deep({ kind: 'list', items, span: this.span(open, close) }, items));
  });

  /** `callee(arg, ..., name: arg, ...)`; the callee is always a plain name. */
  private readonly call = this.RULE('call', (): Call => {
    const callee = this.CONSUME(T.Identifier);
    this.CONSUME(T.LParen);
    const args: Arg[] = [];
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => {
        const arg = this.SUBRULE(this.argument);
        this.ACTION(() => args.push(arg));
      },
    });
    const close = this.CONSUME(T.RParen, {
      ERR_MSG: `expected ')' to close the call to '${callee.image}'`,
    });
    return this.ACTION(() => {
      this.checkArgumentOrder(args);
      const node: Call = { kind: 'call', callee: this.ident(callee), args, span: this.span(callee, close) };
      return this.deep(node, args.map((a) => a.value));
    });
  });

  private readonly argument = this.RULE('argument', (): Arg =>
    this.OR<Arg>({
      ERR_MSG: 'an argument',
      DEF: [
        {
          // `name: value`
          ALT: () => {
            const name = this.CONSUME(T.Identifier);
            this.CONSUME(T.Colon);
            const value = this.SUBRULE(this.expression);
            return this.ACTION(() => ({
              name: this.ident(name),
              value,
              span: this.spanTo(name, value),
            }));
          },
        },
        {
          // `name = value`: an easy slip (Python keyword arguments, fn defaults). Reported,
          // then parsed as the named argument that was surely meant, so the statement survives.
          // The gate leaves `name =` at the start of a line to the next statement.
          GATE: () => !this.atStatementStart(),
          ALT: () => {
            const name = this.CONSUME2(T.Identifier);
            const eq = this.CONSUME(T.Equals);
            const value = this.SUBRULE2(this.expression);
            return this.ACTION(() => {
              this.syntaxError(`expected ':' after the argument name '${name.image}'`, eq, name, [
                `named arguments are written '${name.image}: value'`,
              ]);
              return { name: this.ident(name), value, span: this.spanTo(name, value) };
            });
          },
        },
        {
          ALT: () => {
            const value = this.SUBRULE3(this.expression);
            return this.ACTION(() => ({ value, span: value.span }));
          },
        },
      ],
    }),
  );

  // ---- Node builders ------------------------------------------------------------------------

  private span(first: IToken, last: IToken = first): Span {
    return T.tokenSpan(this.file, first, last);
  }

  /** From the start of a token to the end of a node. */
  private spanTo(first: IToken, last: { span: Span }): Span {
    return { file: this.file, start: first.startOffset, end: last.span.end };
  }

  private ident(tok: IToken): Ident {
    return { kind: 'ident', name: tok.image, span: this.span(tok) };
  }

  private num(tok: IToken): NumLit {
    return {
      kind: 'num',
      value: Number(tok.image),
      isInt: /^\d+$/.test(tok.image),
      span: this.span(tok),
    };
  }

  private str(tok: IToken): StrLit {
    const closed = tok.tokenType !== T.UnterminatedString;
    const body = tok.image.slice(1, closed ? -1 : undefined);
    return { kind: 'str', value: unescape(body), span: this.span(tok) };
  }

  private bool(tok: IToken, value: boolean): Expr {
    return { kind: 'bool', value, span: this.span(tok) };
  }

  private binary(opTok: IToken, left: Expr, right: Expr): Expr {
    const span = { file: this.file, start: left.span.start, end: right.span.end };
    return this.deep({ kind: 'binary', op: opTok.image as BinaryOp, left, right, span }, [left, right]);
  }

  // ---- Limits on nesting --------------------------------------------------------------------

  /** Parses something that nests, refusing to go deeper than MAX_NESTING (see there). */
  private nested<R>(parse: () => R): R {
    try {
      this.ACTION(() => {
        if (++this.nesting > MAX_NESTING) {
          this.tooDeep(`expression nested too deeply (more than ${MAX_NESTING} levels of parentheses, calls, lists or '-')`, this.span(this.LA(1)));
        }
      });
      return parse();
    } finally {
      this.ACTION(() => this.nesting--);
    }
  }

  /**
   * Records a node's depth (one more than its deepest child, `add` more) and refuses a tree
   * deeper than MAX_EXPRESSION_DEPTH.
   */
  private deep<E extends Expr>(node: E, children: readonly Expr[], add = 1): E {
    const depth = children.reduce((d, c) => Math.max(d, this.depths.get(c) ?? 1), 1) + add;
    this.depths.set(node, depth);
    if (depth > MAX_EXPRESSION_DEPTH) {
      this.tooDeep(`expression too deep (more than ${MAX_EXPRESSION_DEPTH} nested operations)`, node.span, [
        'a long chain such as a + b + c + ... counts one level per operator; split it into several definitions',
      ]);
    }
    return node;
  }

  /** Reports DNN1004 and abandons the statement (as a syntax error does). */
  private tooDeep(message: string, span: Span, notes?: string[]): never {
    this.extraDiagnostics.push({ code: 'DNN1004', severity: 'error', message, span, ...(notes && { notes }) });
    throw new MismatchedTokenException(message, this.LA(1), this.LA(0));
  }

  private checkArgumentOrder(args: Arg[]): void {
    const firstNamed = args.find((a) => a.name);
    if (!firstNamed?.name) return;
    for (const arg of args.slice(args.indexOf(firstNamed) + 1)) {
      if (arg.name) continue;
      this.report(
        `positional argument after the named argument '${firstNamed.name.name}'`,
        arg.span,
        ['positional arguments must come before named ones'],
      );
    }
  }

  // ---- Error reporting and recovery ---------------------------------------------------------

  /** Turns a chevrotain exception ("expected X") into a diagnostic ("expected X, found Y"). */
  private diagnosticFor(e: IRecognitionException): Diagnostic {
    const previous = 'previousToken' in e ? (e.previousToken as IToken) : undefined;
    return this.foundDiagnostic(e.message, e.token, previous);
  }

  /** A syntax error found by an action: "expected X, found <found>". */
  private syntaxError(expected: string, found: IToken, previous?: IToken, notes?: string[]): void {
    const d = this.foundDiagnostic(expected, found, previous);
    this.extraDiagnostics.push(notes ? { ...d, notes: [...(d.notes ?? []), ...notes] } : d);
  }

  /** A syntax error found by an action, with a message of its own. */
  private report(message: string, span: Span, notes?: string[]): void {
    this.extraDiagnostics.push({ code: 'DNN1002', severity: 'error', message, span, notes });
  }

  private foundDiagnostic(expected: string, found: IToken, previous?: IToken): Diagnostic {
    const prev = previous && !tokenMatcher(previous, EOF) ? previous : undefined;
    // When the offending token is on a later line (or is the end of file), the mistake is
    // almost always at the end of the previous token (a missing ')' or value), so point there.
    const pointAfterPrev = prev && (tokenMatcher(found, EOF) || !sameLine(prev, found));
    const span: Span = pointAfterPrev
      ? { file: this.file, start: prev.endOffset! + 1, end: prev.endOffset! + 1 }
      : tokenMatcher(found, EOF)
        ? { file: this.file, start: this.file.text.length, end: this.file.text.length }
        : this.span(found);
    const notes = keywordNotes(found, prev);
    return {
      code: 'DNN1002',
      severity: 'error',
      message: `${expected}, found ${describe(found)}`,
      span,
      ...(notes && { notes }),
    };
  }

  /**
   * Reports a token that cannot start a statement (or setting), then skips the rest of its
   * line, so that a line of debris gets one error and the next line is looked at afresh.
   */
  private stray(tok: IToken, context: RecoveryContext): undefined {
    this.ACTION(() => {
      const closer = [T.RParen, T.RBracket, T.RBrace].some((t) => tokenMatcher(tok, t));
      if (closer) {
        this.report(`unmatched '${tok.image}'`, this.span(tok));
      } else if (context === 'setting') {
        this.syntaxError("expected a setting such as 'epochs = 10'", tok);
      } else {
        this.syntaxError('expected a statement', tok, undefined, [
          "a statement starts with 'model', 'import', 'input', 'fn', 'metric', 'output', " +
            "'train', or 'name ='",
        ]);
      }
      this.skipToSyncPoint(context, { orLineStart: true });
      this.giveUpIfTooManyErrors();
    });
    return undefined;
  }

  /**
   * Called from the catch block of a statement or setting rule. The error has already been
   * recorded in `this.errors`; skip to where parsing can sensibly resume.
   */
  private recover(e: unknown, first: IToken, context: RecoveryContext): void {
    if (!(e instanceof Error && isRecognitionException(e))) throw e; // a bug, not a user mistake
    // Always make progress, even if the error is at the very token the rule started at.
    if (this.LA(1) === first && !tokenMatcher(first, EOF)) this.SKIP_TOKEN();
    this.skipToSyncPoint(context);
    this.giveUpIfTooManyErrors();
  }

  /**
   * After MAX_DIAGNOSTICS errors the rest of the file is skipped: more would not be read, and
   * error recovery on a file of garbage would cost time for nothing.
   */
  private giveUpIfTooManyErrors(): void {
    if (this.errors.length + this.extraDiagnostics.length <= MAX_DIAGNOSTICS) return;
    this.stoppedEarly = true;
    while (!tokenMatcher(this.LA(1), EOF)) this.SKIP_TOKEN();
  }

  private skipToSyncPoint(context: RecoveryContext, opts: { orLineStart?: boolean } = {}): void {
    while (!this.atSyncPoint(context)) {
      if (opts.orLineStart && startsLine(this.LA(1), this.LA(0))) return;
      this.SKIP_TOKEN();
    }
  }

  /**
   * Where recovery resumes: the end of the file; within a train block, the '}' that closes it;
   * and the start of a line that begins a statement or setting. Statement keywords in the middle
   * of a line are skipped: they are usually a keyword misused as a name (`x = input`).
   */
  private atSyncPoint(context: RecoveryContext): boolean {
    const tok = this.LA(1);
    if (tokenMatcher(tok, EOF)) return true;
    if (context === 'setting' && tokenMatcher(tok, T.RBrace)) return true;
    if (!startsLine(tok, this.LA(0))) return false;
    if (tokenMatcher(tok, T.StatementKeyword) || this.atStatementStart()) return true;
    // An unindented name is taken to start a statement even without its '=' (`h2 dense(h1)`):
    // continuation lines of a multi-line expression are normally indented.
    return context === 'statement' && tokenMatcher(tok, T.Identifier) && tok.startColumn === 1;
  }

  /** The next tokens are `name =` at the start of a line. */
  private atStatementStart(): boolean {
    return (
      tokenMatcher(this.LA(1), T.Identifier) &&
      tokenMatcher(this.LA(2), T.Equals) &&
      startsLine(this.LA(1), this.LA(0))
    );
  }
}

function sameLine(a: IToken, b: IToken): boolean {
  return a.endLine !== undefined && a.endLine === b.startLine;
}

/** Whether `tok` is the first token on its line; `prev` is the token before it (EOF if none). */
function startsLine(tok: IToken, prev: IToken): boolean {
  return tokenMatcher(prev, EOF) || !sameLine(prev, tok);
}

/** How a found token is named in a message: `'units'`, `keyword 'input'`, `end of file`. */
function describe(tok: IToken): string {
  if (tokenMatcher(tok, EOF)) return 'end of file';
  const text = tok.image.length > 40 ? `${tok.image.slice(0, 40)}...` : tok.image;
  if (tokenMatcher(tok, T.StringLiteral)) return `string ${text}`;
  if (tokenMatcher(tok, T.Keyword)) return `keyword '${text}'`;
  return `'${text}'`;
}

/**
 * A note when the error is probably a statement keyword used as a name: the keyword itself turns
 * up in the middle of a line (`dense(input, 10)`), or it is followed by '=' (`output = ...`).
 */
function keywordNotes(found: IToken, prev: IToken | undefined): string[] | undefined {
  const misused =
    tokenMatcher(found, T.StatementKeyword) && prev && sameLine(prev, found)
      ? found
      : prev && tokenMatcher(prev, T.StatementKeyword) && tokenMatcher(found, T.Equals)
        ? prev
        : undefined;
  return misused ? [`'${misused.image}' is a keyword and cannot be used as a name`] : undefined;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\' };

/** Resolves `\n`, `\t`, `\"` and `\\`; any other backslash pair is kept as written. */
function unescape(body: string): string {
  return body.replace(/\\(.)/g, (pair: string, ch: string) => ESCAPES[ch] ?? pair);
}
