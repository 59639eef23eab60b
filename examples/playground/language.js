// The .dnn language for CodeMirror 6: a stream tokenizer whose words come from the compiler
// (languageWords: the lexer's keywords, the built-ins' table, the train settings' table), so a
// new built-in is highlighted without touching this file. Comments run from # to the line's end;
// strings are double-quoted; numbers as the lexer reads them (1, 0.5, 1e-3).
import { StreamLanguage } from '@codemirror/language';
import { languageWords } from 'dnnc/compiler';

export function dnnLanguage() {
  const words = languageWords();
  const keywords = new Set(words.keywords);
  const builtins = new Set(words.builtins);
  const settings = new Set(words.settings);
  return StreamLanguage.define({
    name: 'dnn',
    startState: () => ({ inTrain: false, depth: 0 }),
    token(stream, state) {
      if (stream.eatSpace()) return null;
      if (stream.match(/^#.*/)) return 'comment';
      if (stream.match(/^"(?:[^"\\\n]|\\.)*"?/)) return 'string';
      if (stream.match(/^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/)) return 'number';
      const word = stream.match(/^[A-Za-z_][A-Za-z0-9_]*/);
      if (word) return wordToken(word[0], stream, state, { keywords, builtins, settings });
      const ch = stream.next();
      if (ch === '{') state.depth++;
      if (ch === '}' && --state.depth <= 0) (state.inTrain = false), (state.depth = 0);
      return /[-+*/=:]/.test(ch) ? 'operator' : 'punctuation';
    },
    languageData: { commentTokens: { line: '#' } },
  });
}

function wordToken(word, stream, state, { keywords, builtins, settings }) {
  if (keywords.has(word)) {
    if (word === 'train') state.inTrain = true;
    return word === 'true' || word === 'false' ? 'atom' : 'keyword';
  }
  if (builtins.has(word) && stream.match(/^\s*\(/, false)) return 'builtin';
  if (state.inTrain && settings.has(word) && stream.match(/^\s*=/, false)) return 'property';
  if (builtins.has(word)) return 'builtin'; // an activation passed by name: activation: relu
  return 'variable';
}
