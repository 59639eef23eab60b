#!/usr/bin/env node
// `npm run playground`: builds the playground (bundle.mjs: the page, its worker, the examples and
// the demo's MNIST subset into dist/playground/), then serves it on http://localhost:$PORT
// (default 8080; PORT=0 picks a free port; loopback only unless HOST says otherwise) with the
// demo's static server (scripts/static-server.mjs: GET and HEAD, one folder, bounded requests).
// A bad PORT: a message and exit 2; a build that fails: a message and exit 1.
import { portFromEnv, serveStatic } from '../../scripts/static-server.mjs';
import { buildPlayground, OUT } from './bundle.mjs';

const port = portFromEnv('playground');
try {
  await buildPlayground();
} catch (e) {
  process.stderr.write(`playground: building the page failed (run npm run build first?): ${e.message}\n`);
  process.exit(1);
}
serveStatic({ name: 'playground', routes: [['/', OUT]], port, host: process.env.HOST || '127.0.0.1' });
