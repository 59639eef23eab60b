import { describe, expect, test } from 'vitest';
import type { Expr, Item, Module } from '../../src/dsl/ast.js';
import { lineCol, type Diagnostic, type Span } from '../../src/contract/diagnostics.js';
import { parseSource } from '../../src/dsl/parse.js';

// ---- helpers --------------------------------------------------------------------------------

function parse(text: string): { module: Module; diagnostics: Diagnostic[] } {
  return parseSource({ path: 'test.dnn', text });
}

/** Parses text that must be free of errors. */
function parseOk(text: string): Module {
  const { module, diagnostics } = parse(text);
  expect(diagnostics.map((d) => d.message)).toEqual([]);
  return module;
}

/** The value of `x = <text>`, so expressions can be tested on their own. */
function expr(text: string): Expr {
  const item = parseOk(`x = ${text}`).items[0];
  if (item?.kind !== 'let') throw new Error('expected a let statement');
  return item.value;
}

/** A compact, fully parenthesised rendering that makes tree shape visible in snapshots. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return e.isInt ? String(e.value) : `${e.value}f`;
    case 'str':
      return JSON.stringify(e.value);
    case 'bool':
      return String(e.value);
    case 'ident':
      return e.name;
    case 'list':
      return `[${e.items.map(show).join(' ')}]`;
    case 'call': {
      const args = e.args.map((a) => (a.name ? `${a.name.name}:` : '') + show(a.value));
      return `(${[e.callee.name, ...args].join(' ')})`;
    }
    case 'binary':
      return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'unary':
      return `(neg ${show(e.operand)})`;
  }
}

function showItem(item: Item): string {
  switch (item.kind) {
    case 'model':
      return `model ${item.name.name}`;
    case 'import':
      return `import ${JSON.stringify(item.path.value)}`;
    case 'input':
      return `input ${item.name.name}: ${item.dtype.name}[${item.dims.map(show).join(', ')}]`;
    case 'fn': {
      const params = item.params.map((p) => p.name.name + (p.default ? `=${show(p.default)}` : ''));
      return `fn ${item.name.name}(${params.join(', ')}) = ${show(item.body)}`;
    }
    case 'let':
      return `${item.name.name} = ${show(item.value)}`;
    case 'metric':
    case 'output':
      return `${item.kind} ${item.name.name} = ${show(item.value)}`;
    case 'train': {
      const settings = item.settings.map((s) => `\n  ${s.key.name} = ${show(s.value)}`);
      return `train {${settings.join('')}${settings.length > 0 ? '\n' : ''}}`;
    }
  }
}

/** `line:col` of the start of a span, and the source text it covers. */
function where(span: Span): string {
  const { line, col } = lineCol(span.file, span.start);
  return `${line}:${col} ${span.file.text.slice(span.start, span.end)}`;
}

const EXAMPLE = `# comments start with '#' and run to end of line
model mnist_bn
import "layers.dnn"          # parsed only (semantics later)
input X: f32[batch, 784]     # dtype f32 or i32; dims are integer literals or identifiers (symbolic)
input y: i32[batch]

fn hidden(x, units, momentum = 0.9) = elu(batch_norm(dense(x, units), momentum: momentum))

h1     = hidden(X, 300)
h2     = hidden(h1, 100)
logits = batch_norm(dense(h2, 10), momentum: 0.9)
loss   = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
output probabilities = softmax(logits)

train {
  optimizer  = sgd(learning_rate: 0.01)
  batch_size = 200
  epochs     = 20
  frozen     = ["hidden[12]/*"]       # list literal
  clip       = true                   # booleans
}
`;

// ---- tests ----------------------------------------------------------------------------------

describe('the example program', () => {
  const module = parseOk(EXAMPLE);

  test('parses to the expected items', () => {
    expect(module.items.map(showItem).join('\n')).toMatchInlineSnapshot(`
      "model mnist_bn
      import "layers.dnn"
      input X: f32[batch, 784]
      input y: i32[batch]
      fn hidden(x, units, momentum=0.9f) = (elu (batch_norm (dense x units) momentum:momentum))
      h1 = (hidden X 300)
      h2 = (hidden h1 100)
      logits = (batch_norm (dense h2 10) momentum:0.9f)
      loss = (mean (sparse_softmax_cross_entropy logits y))
      metric accuracy = (mean (in_top_k logits y 1))
      output probabilities = (softmax logits)
      train {
        optimizer = (sgd learning_rate:0.01f)
        batch_size = 200
        epochs = 20
        frozen = ["hidden[12]/*"]
        clip = true
      }"
    `);
  });

  test('records the module file', () => {
    expect(module.file.path).toBe('test.dnn');
  });

  test('spans point at the right source text', () => {
    const [model, imp, input, , fn, h1, , logits, , metric, , train] = module.items;
    expect(where(model.span)).toBe('2:1 model mnist_bn');
    if (imp.kind !== 'import') throw new Error('import expected');
    expect(where(imp.path.span)).toBe('3:8 "layers.dnn"');

    if (input.kind !== 'input') throw new Error('input expected');
    expect(where(input.span)).toBe('4:1 input X: f32[batch, 784]');
    expect(where(input.name.span)).toBe('4:7 X');
    expect(where(input.dtype.span)).toBe('4:10 f32');
    expect(input.dims.map((d) => where(d.span))).toEqual(['4:14 batch', '4:21 784']);

    if (fn.kind !== 'fn') throw new Error('fn expected');
    expect(where(fn.name.span)).toBe('7:4 hidden');
    expect(where(fn.params[2].span)).toBe('7:21 momentum = 0.9');
    expect(where(fn.body.span)).toBe(
      '7:39 elu(batch_norm(dense(x, units), momentum: momentum))',
    );
    expect(where(fn.span)).toMatch(/^7:1 fn hidden\(.*\)\)$/);

    if (h1.kind !== 'let') throw new Error('let expected');
    expect(where(h1.span)).toBe('9:1 h1     = hidden(X, 300)');
    if (logits.kind !== 'let' || logits.value.kind !== 'call') throw new Error('call expected');
    expect(where(logits.value.callee.span)).toBe('11:10 batch_norm');
    expect(logits.value.args.map((a) => where(a.span))).toEqual([
      '11:21 dense(h2, 10)',
      '11:36 momentum: 0.9',
    ]);
    expect(where(logits.value.args[1].name!.span)).toBe('11:36 momentum');

    expect(where(metric.span)).toBe('13:1 metric accuracy = mean(in_top_k(logits, y, 1))');

    if (train.kind !== 'train') throw new Error('train expected');
    expect(where(train.span)).toMatch(/^16:1 train \{\n[^]*\n\}$/);
    expect(train.settings.map((s) => where(s.span))).toEqual([
      '17:3 optimizer  = sgd(learning_rate: 0.01)',
      '18:3 batch_size = 200',
      '19:3 epochs     = 20',
      '20:3 frozen     = ["hidden[12]/*"]',
      '21:3 clip       = true',
    ]);
  });
});

describe('expressions', () => {
  test('* and / bind tighter than + and -', () => {
    expect(show(expr('a + b * c'))).toBe('(+ a (* b c))');
    expect(show(expr('a * b + c'))).toBe('(+ (* a b) c)');
    expect(show(expr('a - b / c * d'))).toBe('(- a (* (/ b c) d))');
  });

  test('binary operators are left associative', () => {
    expect(show(expr('a - b - c'))).toBe('(- (- a b) c)');
    expect(show(expr('a / b / c'))).toBe('(/ (/ a b) c)');
    expect(show(expr('a + b - c + d'))).toBe('(+ (- (+ a b) c) d)');
  });

  test('unary minus binds tighter than * and looser than a call', () => {
    expect(show(expr('-a * b'))).toBe('(* (neg a) b)');
    expect(show(expr('a * -b'))).toBe('(* a (neg b))');
    expect(show(expr('-f(x)'))).toBe('(neg (f x))');
    expect(show(expr('--a'))).toBe('(neg (neg a))');
    expect(show(expr('a - -1'))).toBe('(- a (neg 1))');
  });

  test('parentheses group, and widen the span of what they contain', () => {
    const e = expr('(a + b) * c');
    expect(show(e)).toBe('(* (+ a b) c)');
    expect(where(e.span)).toBe('1:5 (a + b) * c');
    if (e.kind !== 'binary') throw new Error('binary expected');
    expect(where(e.left.span)).toBe('1:5 (a + b)');
    expect(show(expr('((x))'))).toBe('x');
  });

  test('binary and unary spans cover their operands', () => {
    const e = expr('f(a) + -g(b) * 2');
    expect(where(e.span)).toBe('1:5 f(a) + -g(b) * 2');
    if (e.kind !== 'binary') throw new Error('binary expected');
    expect(where(e.right.span)).toBe('1:12 -g(b) * 2');
    if (e.right.kind !== 'binary') throw new Error('binary expected');
    expect(where(e.right.left.span)).toBe('1:12 -g(b)');
  });

  test('calls take positional then named arguments, and nest', () => {
    expect(show(expr('f()'))).toBe('(f)');
    expect(show(expr('f(g(x), 1, axis: -1, keep: true)'))).toBe(
      '(f (g x) 1 axis:(neg 1) keep:true)',
    );
  });

  test('lists', () => {
    expect(show(expr('[]'))).toBe('[]');
    expect(show(expr('[1, "a", [b, c + 1]]'))).toBe('[1 "a" [b (+ c 1)]]');
    expect(where(expr('[1, 2]').span)).toBe('1:5 [1, 2]');
  });

  test('number formats', () => {
    const num = (text: string) => {
      const e = expr(text);
      if (e.kind !== 'num') throw new Error('number expected');
      return [e.value, e.isInt];
    };
    expect(num('784')).toEqual([784, true]);
    expect(num('0')).toEqual([0, true]);
    expect(num('0.9')).toEqual([0.9, false]);
    expect(num('1e-3')).toEqual([0.001, false]);
    expect(num('2.5E+4')).toEqual([25000, false]);
    expect(num('1e3')).toEqual([1000, false]);
  });

  test('malformed numbers are errors, not something else', () => {
    expect(codes(parse('x = 1.'))).toEqual(['DNN1001 at 1:6']);
    expect(codes(parse('x = .5'))).toEqual(['DNN1001 at 1:5']);
  });

  test('strings resolve escapes and keep unknown ones as written', () => {
    const e = expr(String.raw`"a\"b\\c\nd\te\q"`);
    expect(e).toMatchObject({ kind: 'str', value: 'a"b\\c\nd\te\\q' });
  });

  test('booleans', () => {
    expect(expr('true')).toMatchObject({ kind: 'bool', value: true });
    expect(expr('false')).toMatchObject({ kind: 'bool', value: false });
  });
});

describe('statements', () => {
  test('statements need no separators, not even newlines', () => {
    const m = parseOk('model m input X: f32[2] a = X b = a * 2 output o = b');
    expect(m.items.map(showItem)).toEqual([
      'model m',
      'input X: f32[2]',
      'a = X',
      'b = (* a 2)',
      'output o = b',
    ]);
  });

  test('layout is free: parameters, arguments and lists may span lines', () => {
    const m = parseOk(
      [
        'fn block(x,',
        '         units,',
        '         momentum = 0.9) =',
        '  elu(batch_norm(dense(x, units),',
        '                 momentum: momentum))',
        'frozen = [',
        '  "a",',
        '  "b"]',
      ].join('\n'),
    );
    expect(m.items.map(showItem)).toEqual([
      'fn block(x, units, momentum=0.9f) = (elu (batch_norm (dense x units) momentum:momentum))',
      'frozen = ["a" "b"]',
    ]);
  });

  test('an empty file, or one with only comments, has no items', () => {
    expect(parseOk('').items).toEqual([]);
    expect(parseOk('# nothing here\n\n   # at all\n').items).toEqual([]);
  });

  test('fn with no parameters, scalar input, empty train block', () => {
    const m = parseOk('fn one() = 1\ninput lr: f32[]\ntrain {}');
    expect(m.items.map(showItem)).toEqual(['fn one() = 1', 'input lr: f32[]', 'train {}']);
  });

  test('the parameter default is optional', () => {
    const m = parseOk('fn f(a, b = 2) = a');
    if (m.items[0].kind !== 'fn') throw new Error('fn expected');
    expect(m.items[0].params[0].default).toBeUndefined();
    expect(m.items[0].params[1].default).toMatchObject({ kind: 'num', value: 2 });
  });

  test('names that merely start with a keyword are names', () => {
    const m = parseOk('models = 1\ninput_x = 2\ntrainer = fnx(truely, falsey)');
    expect(m.items.map(showItem)).toEqual([
      'models = 1',
      'input_x = 2',
      'trainer = (fnx truely falsey)',
    ]);
  });

  test.each([
    ['model = 1', "expected a model name after 'model', found '='"],
    ['fn input(x) = x', "expected a function name after 'fn', found keyword 'input'"],
    ['fn f(output) = 1', "expected ')' to close the parameters of 'f', found keyword 'output'"],
    ['x = train', "expected an expression, found keyword 'train'"],
    ['true = 1', "expected a statement, found keyword 'true'"],
  ])('a keyword cannot be a name: %s', (text, message) => {
    const { diagnostics } = parse(text);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['DNN1002', message]]);
  });
});

describe('syntax errors', () => {
  test('several errors in different statements are reported at once', () => {
    const { module, diagnostics } = parse(
      [
        'model m',
        'h1 = dense(X, 300',
        'h2 = dense(h1 units)',
        'ok = 1',
        'h3 h2',
        'loss = = 3',
        'also_ok = 2',
      ].join('\n'),
    );
    expect(diagnostics.map((d) => `${where(d.span!).split(' ')[0]} ${d.message}`)).toEqual([
      "2:18 expected ')' to close the call to 'dense', found 'h2'",
      "3:15 expected ')' to close the call to 'dense', found 'units'",
      "5:4 expected '=' after 'h3', found 'h2'",
      "6:8 expected an expression, found '='",
    ]);
    // Statements with errors are left out; the rest is kept.
    expect(module.items.map(showItem)).toEqual(['model m', 'ok = 1', 'also_ok = 2']);
  });

  test('a positional argument after a named one is reported, and the call kept', () => {
    const { module, diagnostics } = parse('y = f(a, k: 1, b, c)');
    expect(codes({ diagnostics })).toEqual(['DNN1002 at 1:16', 'DNN1002 at 1:19']);
    expect(diagnostics[0].message).toBe("positional argument after the named argument 'k'");
    expect(module.items.map(showItem)).toEqual(['y = (f a k:1 b c)']);
  });

  test("'=' instead of ':' in a named argument is reported, and the argument kept", () => {
    const { module, diagnostics } = parse('y = f(a, units = 3)');
    expect(diagnostics.map((d) => d.message)).toEqual([
      "expected ':' after the argument name 'units', found '='",
    ]);
    expect(module.items.map(showItem)).toEqual(['y = (f a units:3)']);
  });

  test('errors in a train block are reported per setting; the block survives', () => {
    const { module, diagnostics } = parse(
      'train {\n  a = sgd(1\n  b = 2\n  42\n  c = \n  d = 3\n}\noutput o = x',
    );
    expect(codes({ diagnostics })).toEqual(['DNN1002 at 2:12', 'DNN1002 at 4:3', 'DNN1002 at 5:6']);
    expect(diagnostics[1].message).toBe("expected a setting such as 'epochs = 10', found '42'");
    expect(module.items.map(showItem)).toEqual(['train {\n  b = 2\n  d = 3\n}', 'output o = x']);
  });

  test("a train block without its '}' is reported at the next statement", () => {
    const { module, diagnostics } = parse('train {\n  epochs = 1\noutput o = x');
    expect(diagnostics.map((d) => d.message)).toEqual([
      "expected '}' to close the train block, found keyword 'output'",
    ]);
    expect(module.items.map(showItem)).toEqual(['output o = x']);
  });

  test('dimensions must be whole numbers', () => {
    const { diagnostics } = parse('input X: f32[2.5, n]');
    expect(diagnostics.map((d) => d.message)).toEqual([
      "expected a whole number as a dimension, found '2.5'",
    ]);
  });

  test('lexical errors: bad characters and unterminated strings', () => {
    const { module, diagnostics } = parse('a = 1 $ 2\nb = "open\nc = 3 \u2013 1');
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['DNN1001', "unexpected character '$'"],
      ['DNN1003', `unterminated string: missing closing '"' before the end of the line`],
      ['DNN1001', "unexpected character '\u2013' (U+2013)"],
    ]);
    expect(diagnostics[2].notes).toEqual(["did you mean '-' instead of '\u2013'?"]);
    // The unterminated string is still a string, so its statement survives.
    expect(module.items.map(showItem)).toContain('b = "open"');
  });

  test('a run of bad characters is one error', () => {
    expect(codes(parse('x = 1 @@@'))).toEqual(['DNN1001 at 1:7']);
  });

  test('messages name characters, never internal token names', () => {
    const { diagnostics } = parse('a = (1\nb = [1 2]\nc = f(1,)\nfn g(x = 1');
    for (const d of diagnostics) {
      expect(d.message).not.toMatch(/RParen|RBracket|Identifier|Literal|EOF|NonStatement/);
    }
    expect(diagnostics.map((d) => d.message)).toEqual([
      "expected ')' to close the '(', found 'b'",
      "expected ']' to close the list, found '2'",
      "expected an argument, found ')'",
      "expected ')' to close the parameters of 'g', found end of file",
    ]);
  });

  test('never throws, and every span lies inside the file, whatever the input', () => {
    // Every prefix of the example, and the example with each character in turn deleted.
    const inputs: string[] = [];
    for (let i = 0; i <= EXAMPLE.length; i++) {
      inputs.push(EXAMPLE.slice(0, i), EXAMPLE.slice(0, i) + EXAMPLE.slice(i + 1));
    }
    inputs.push('))))', '= = =', '}}}{{{', '"', 'fn', 'train {', '[[[[', '-', 'x = -', '\u0000');
    for (const text of inputs) {
      const { diagnostics } = parse(text);
      for (const d of diagnostics) {
        expect(d.span).toBeDefined();
        expect(d.span!.start).toBeGreaterThanOrEqual(0);
        expect(d.span!.end).toBeGreaterThanOrEqual(d.span!.start);
        expect(d.span!.end).toBeLessThanOrEqual(text.length + 1);
      }
    }
  });
});

function codes({ diagnostics }: { diagnostics: Diagnostic[] }): string[] {
  return diagnostics.map((d) => {
    const { line, col } = lineCol(d.span!.file, d.span!.start);
    return `${d.code} at ${line}:${col}`;
  });
}
