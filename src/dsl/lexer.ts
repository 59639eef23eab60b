// Tokens of the `.dnn` language and the lexing pass. Lexing never fails: a character that starts
// no token becomes a DNN1001 diagnostic and is dropped, and a string without its closing quote
// becomes a DNN1003 diagnostic but is still handed to the parser as a string, so that one slip
// does not also produce a cascade of syntax errors.

import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import { printableText, type Diagnostic, type SourceFile, type Span } from '../contract/diagnostics.js';

// ---- Token categories: they match no text themselves; the parser consumes them as groups ----
// `label` is how a token type is named in error messages ("expected ')'"), so it shows the
// characters a person would type rather than the token's internal name.

/** Keywords that begin a statement. Error recovery resynchronises on them. */
export const StatementKeyword = createToken({
  name: 'StatementKeyword',
  pattern: Lexer.NA,
  label: 'a statement keyword',
});
/** All keywords, statement or not; used to say "found keyword 'x'" in messages. */
export const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA, label: 'a keyword' });
/**
 * Tokens that can never begin a statement or a train setting. At top level (and in a train
 * block) the parser consumes any of them as a stray token, reports it and skips ahead. `}` is
 * not included because it legitimately ends a train block.
 */
export const NonStatementStart = createToken({
  name: 'NonStatementStart',
  pattern: Lexer.NA,
  label: 'a value or punctuation',
});
export const AdditiveOperator = createToken({
  name: 'AdditiveOperator',
  pattern: Lexer.NA,
  label: "'+' or '-'",
});
export const MultiplicativeOperator = createToken({
  name: 'MultiplicativeOperator',
  pattern: Lexer.NA,
  label: "'*' or '/'",
});

// ---- Concrete tokens -------------------------------------------------------------------------

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  // \uFEFF: a byte-order mark left at the start of a file by some editors.
  pattern: /[ \t\r\n\f\uFEFF]+/,
  group: Lexer.SKIPPED,
});

export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/, group: Lexer.SKIPPED });

export const Identifier = createToken({
  name: 'Identifier',
  pattern: /[A-Za-z_][A-Za-z0-9_]*/,
  label: 'a name',
});

function keyword(word: string, ...categories: TokenType[]): TokenType {
  return createToken({
    name: word[0].toUpperCase() + word.slice(1),
    pattern: word,
    // `models` or `input_x` are identifiers, not a keyword followed by more letters.
    longer_alt: Identifier,
    categories: [Keyword, ...categories],
    label: `'${word}'`,
  });
}

export const Model = keyword('model', StatementKeyword);
export const Import = keyword('import', StatementKeyword);
export const Input = keyword('input', StatementKeyword);
export const Fn = keyword('fn', StatementKeyword);
export const Metric = keyword('metric', StatementKeyword);
export const Output = keyword('output', StatementKeyword);
export const Train = keyword('train', StatementKeyword);
export const True = keyword('true', NonStatementStart);
export const False = keyword('false', NonStatementStart);

export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  // 784, 0.9, 1e-3, 2.5E+4. No leading or trailing dot, so `1.` and `.5` are errors rather than
  // silently meaning something.
  pattern: /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/,
  categories: [NonStatementStart],
  label: 'a number',
});

export const StringLiteral = createToken({
  name: 'StringLiteral',
  // Strings do not span lines; a backslash escapes the next character.
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/,
  categories: [NonStatementStart],
  label: 'a string',
});

/**
 * A string whose closing quote is missing on its line. Listed after StringLiteral, so it only
 * matches when that fails. It belongs to the StringLiteral category so the parser accepts it
 * wherever a string may appear; the lexing pass reports it.
 */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /"[^\r\n]*/,
  categories: [StringLiteral, NonStatementStart],
  label: 'a string',
});

function punct(name: string, chars: string, ...categories: TokenType[]): TokenType {
  return createToken({ name, pattern: chars, categories, label: `'${chars}'` });
}

export const LParen = punct('LParen', '(', NonStatementStart);
export const RParen = punct('RParen', ')', NonStatementStart);
export const LBracket = punct('LBracket', '[', NonStatementStart);
export const RBracket = punct('RBracket', ']', NonStatementStart);
export const LBrace = punct('LBrace', '{', NonStatementStart);
export const RBrace = punct('RBrace', '}');
export const Comma = punct('Comma', ',', NonStatementStart);
export const Colon = punct('Colon', ':', NonStatementStart);
export const Equals = punct('Equals', '=', NonStatementStart);
export const Plus = punct('Plus', '+', AdditiveOperator, NonStatementStart);
export const Minus = punct('Minus', '-', AdditiveOperator, NonStatementStart);
export const Star = punct('Star', '*', MultiplicativeOperator, NonStatementStart);
export const Slash = punct('Slash', '/', MultiplicativeOperator, NonStatementStart);

/** Every token type, in lexing priority order, followed by the categories (for the parser). */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  StringLiteral,
  UnterminatedString,
  NumberLiteral,
  Model,
  Import,
  Input,
  Fn,
  Metric,
  Output,
  Train,
  True,
  False,
  Identifier,
  LParen,
  RParen,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  Comma,
  Colon,
  Equals,
  Plus,
  Minus,
  Star,
  Slash,
  StatementKeyword,
  Keyword,
  NonStatementStart,
  AdditiveOperator,
  MultiplicativeOperator,
];

const lexer = new Lexer(allTokens, {
  // Line numbers are used by error recovery ("does this token start a line?").
  positionTracking: 'full',
  ensureOptimizations: true,
});

/** The span of a token (chevrotain's end offsets are inclusive, ours are exclusive). */
export function tokenSpan(file: SourceFile, first: IToken, last: IToken = first): Span {
  return { file, start: first.startOffset, end: (last.endOffset ?? last.startOffset) + 1 };
}

export interface LexResult {
  tokens: IToken[];
  diagnostics: Diagnostic[];
}

export function tokenize(file: SourceFile): LexResult {
  const result = lexer.tokenize(file.text);
  const diagnostics: Diagnostic[] = [];
  // Chevrotain reports a run of characters that start no token as one error; so do we, since
  // `@@@` is one mistake, not three.
  for (const err of result.errors) {
    const text = file.text.slice(err.offset, err.offset + err.length);
    diagnostics.push({
      code: 'DNN1001',
      severity: 'error',
      message: unexpectedCharacters(text),
      span: { file, start: err.offset, end: err.offset + err.length },
      notes: lookAlikeNotes(text),
    });
  }
  for (const tok of result.tokens) {
    if (tok.tokenType === UnterminatedString) {
      diagnostics.push({
        code: 'DNN1003',
        severity: 'error',
        message: `unterminated string: missing closing '"' before the end of the line`,
        span: tokenSpan(file, tok),
      });
    }
  }
  return { tokens: result.tokens, diagnostics };
}

function unexpectedCharacters(text: string): string {
  const chars = [...text]; // by code point, so an emoji counts as one character
  // Control characters would garble the message line, so they are shown escaped.
  const shown = `'${printableText(text)}'`;
  if (chars.length > 1) return `unexpected characters ${shown}`;
  // A lone non-ASCII character is often invisible or looks like an ASCII one: name it exactly.
  const cp = text.codePointAt(0) ?? 0;
  return cp > 0x7e
    ? `unexpected character ${shown} (${codePoint(cp)})`
    : `unexpected character ${shown}`;
}

function codePoint(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

/** Characters that word processors and web pages put in place of the ASCII ones we use. */
const LOOK_ALIKES: Record<string, string> = {
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2212': '-', // minus sign
  '\u201C': '"', // curly quotes
  '\u201D': '"',
  '\u00D7': '*', // multiplication sign
};

function lookAlikeNotes(text: string): string[] | undefined {
  const notes: string[] = [];
  for (const ch of new Set(text)) {
    if (ch === ';') notes.push("statements need no terminator: remove the ';'");
    const ascii = LOOK_ALIKES[ch];
    if (ascii) notes.push(`did you mean '${ascii}' instead of '${ch}'?`);
  }
  return notes.length > 0 ? notes : undefined;
}
