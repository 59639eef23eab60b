// Makes the package's executables executable after a build. tsc writes dist/ with the umask's
// mode (0644), and `npm ci` links bins before the `prepare` build creates them, so without this
// `npx dnnc` in a fresh clone can fail with "Permission denied".
import { chmodSync, readFileSync } from 'node:fs';

const { bin } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
for (const file of Object.values(bin ?? {})) chmodSync(new URL(`../${file}`, import.meta.url), 0o755);
