// A small well-formedness check for the SVG dnnc writes (no XML parser in Node).

/** Tags nest and close in order, attributes are quoted, no stray '<' or '&' in text. */
export function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      if (/&(?!amp;|lt;|gt;|quot;)/.test(m[5])) return false;
      continue;
    }
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]!);
  }
  const consumed = [...body.matchAll(/<(\/?)([A-Za-z][\w-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/g)].map((m) => m[0]).join('');
  return stack.length === 0 && consumed === body;
}
