#!/usr/bin/env node
// Builds the web app into dist/web when it is missing or older than its sources, so `npm start`
// on a fresh clone serves the app without a separate build step, and a restart costs nothing.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const out = 'dist/web/index.html';
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
if (!existsSync('web/index.html')) process.exit(0);
const stale = !existsSync(out) || newest('web') > statSync(out).mtimeMs;
if (!stale) process.exit(0);
console.log('Building the web app (first start only)…');
const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
