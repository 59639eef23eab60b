// Counted nouns in the command line's messages: "1 epoch", "3 epochs".

/** `n` and the noun, singular for exactly 1 ("1 epoch", "0 epochs", "20 epochs"). */
export function count(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}
