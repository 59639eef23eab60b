// The playground's shared links (examples/playground/share.js): a model arrives in the URL's
// fragment from anyone, so decodeShare checks everything and answers an Error (a message for the
// page), never an exception or a half-read model: fragments too long, not base64url, not UTF-8,
// control characters, sources over the limit, paths that climb out or name other files.
import { describe, expect, it } from 'vitest';

interface Share {
  encodeShare(text: string, path: string): string | Error;
  decodeShare(fragment: unknown): { text: string; path: string } | Error | null;
  MAX_SHARED_CHARS: number;
  MAX_FRAGMENT: number;
}
// @ts-expect-error: a plain ES module of the page, without types
const share = (await import('../../examples/playground/share.js')) as Share;
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');

describe('the playground shared links', () => {
  it('round-trips a model with its path, and non-ASCII text', () => {
    const text = 'model m\n# ℓ1 — α = 0.01\ninput X: f32[batch, 784]\n';
    const fragment = share.encodeShare(text, 'optimizers/adam.dnn') as string;
    expect(share.decodeShare(`#${fragment}`)).toEqual({ text, path: 'optimizers/adam.dnn' });
    expect(share.decodeShare(`model=${b64(text)}`)).toEqual({ text, path: 'shared.dnn' });
  });

  it.each([[''], ['#'], ['#other=1'], [undefined], [42]])('shares nothing for %j', (fragment) => {
    expect(share.decodeShare(fragment)).toBeNull();
  });

  it('refuses a source too large to share, and a fragment too long to read', () => {
    expect(share.encodeShare('x'.repeat(share.MAX_SHARED_CHARS + 1), 'a.dnn')).toBeInstanceOf(Error);
    expect(String(share.decodeShare(`model=${b64('x'.repeat(share.MAX_SHARED_CHARS + 1))}`))).toMatch(/longer than/);
    const t0 = Date.now();
    expect(String(share.decodeShare(`model=${'A'.repeat(10_000_000)}`))).toMatch(/longer than/);
    expect(Date.now() - t0).toBeLessThan(500);
  });

  it.each([
    ['not base64url', 'model=abc$def', /not base64url/],
    ['standard base64 with + and /', 'model=ab+/', /not base64url/],
    ['an impossible length', 'model=abcde', /not base64url/],
    ['bytes that are not UTF-8', `model=${b64(Buffer.from([0x6d, 0xff, 0xfe, 0x80]))}`, /not UTF-8/],
    ['a NUL', `model=${b64('model m\0')}`, /control characters/],
    ['an escape sequence', `model=${b64('model m\x1b[2J')}`, /control characters/],
    ['a path that climbs out', `model=${b64('model m')}&path=..%2F..%2Fetc%2Fpasswd.dnn`, /path/],
    ['a path that is not a .dnn file', `model=${b64('model m')}&path=index.html`, /path/],
    ['an absolute path', `model=${b64('model m')}&path=%2Fetc%2Fx.dnn`, /path/],
    ['a path with a backslash', `model=${b64('model m')}&path=a%5Cb.dnn`, /path/],
  ])('refuses %s with a message', (_what, fragment, message) => {
    const r = share.decodeShare(`#${fragment}`);
    expect(r).toBeInstanceOf(Error);
    expect((r as Error).message).toMatch(message);
  });
});
