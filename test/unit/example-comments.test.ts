// Every example says what it is before anything else: a leading comment that names the part of
// the chapter it shows (a section, an exercise), or says that it is not from the chapter (the
// demo's model, your own data, the README's mistake). The playground's menu and the README's
// Examples section rely on it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function dnnFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? dnnFiles(join(dir, d.name)) : d.name.endsWith('.dnn') ? [join(dir, d.name)] : []);
}

const files = dnnFiles('examples');

describe('the examples leading comments', () => {
  it('finds the examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s opens with a comment saying what in the chapter it shows', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const comment = lines.slice(0, lines.findIndex((l) => !l.startsWith('#'))).join(' ');
    expect(comment, file).toMatch(/^# \S/);
    expect(comment, file).toMatch(/the chapter|chapter's|Exercise \d+/);
  });
});
