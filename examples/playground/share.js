// A model in the URL: the source in the fragment (#model=<base64url of UTF-8>&path=<example
// path>), so a link shares it without any server. Everything read back is checked: the fragment's
// length, the encoding, the text's size and characters, the path's shape; a bad link gives a
// message, never an exception or a half-loaded model.

/** The largest source a link carries, in characters (the chapter's models are 1–3 KB). */
export const MAX_SHARED_CHARS = 16 * 1024;
/** The longest fragment read (base64 of MAX_SHARED_CHARS of 1-3 byte characters, and the path). */
export const MAX_FRAGMENT = 4 * MAX_SHARED_CHARS + 512;
const PATH = /^(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_-]+\.dnn$/;

function toBase64Url(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The fragment (without '#') sharing `text` (at `path`), or an Error when it is too large to share. */
export function encodeShare(text, path) {
  if (text.length > MAX_SHARED_CHARS) return new Error(`the model is ${text.length} characters; a link carries at most ${MAX_SHARED_CHARS}`);
  const p = PATH.test(path) ? `&path=${encodeURIComponent(path)}` : '';
  return `model=${toBase64Url(new TextEncoder().encode(text))}${p}`;
}

/**
 * The model a fragment shares: { text, path } ; null when the fragment shares none; an Error
 * saying what is wrong with a bad one.
 */
export function decodeShare(fragment) {
  if (typeof fragment !== 'string') return null;
  const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!hash) return null;
  if (hash.length > MAX_FRAGMENT) return new Error(`the link's model is longer than ${MAX_FRAGMENT} characters`);
  const params = new URLSearchParams(hash);
  const encoded = params.get('model');
  if (encoded === null) return null;
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return new Error("the link's model is not base64url");
  let text;
  try {
    const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (encoded.length % 4)) % 4));
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return new Error("the link's model is not UTF-8 text in base64url");
  }
  if (text.length > MAX_SHARED_CHARS) return new Error(`the link's model is longer than ${MAX_SHARED_CHARS} characters`);
  // Text, not control characters (a .dnn source has tabs and newlines at most).
  if (/[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text)) return new Error("the link's model contains control characters");
  const path = params.get('path');
  if (path !== null && !PATH.test(path)) return new Error("the link's path is not an example's path (like 'exercise8.dnn')");
  return { text, path: path ?? 'shared.dnn' };
}
