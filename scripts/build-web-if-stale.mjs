#!/usr/bin/env node
// Builds the web app (vite build → dist/web) only when dist/web/index.html is missing or older
// than any input: src/web, src/shared, the modules' contract.ts and roles.ts, the pure catalogue
// domain the web app imports at run time (src/modules/catalogue/domain: categories, regions,
// provinces, producer types…) and the fairs' zones (src/modules/fairs/zones.ts), vite.config.ts and the installed packages (package-lock.json). `npm start` on a fresh clone builds once; later
// starts skip the build. `--force` builds anyway.
/* global console, process */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const indexFile = path.join(repoRoot, 'dist/web/index.html');

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(entry)) {
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

function inputs() {
  const list = ['src/web', 'src/shared', 'src/modules/catalogue/domain', 'src/modules/fairs/zones.ts', 'src/modules/fairs/fair-status.ts', 'vite.config.ts', 'package-lock.json'].map((p) =>
    path.join(repoRoot, p),
  );
  const modules = path.join(repoRoot, 'src/modules');
  if (fs.existsSync(modules)) {
    for (const name of fs.readdirSync(modules)) {
      list.push(path.join(modules, name, 'contract.ts'), path.join(modules, name, 'roles.ts'));
    }
  }
  return list;
}

/** Why a build is needed, or null when dist/web is up to date. */
export function staleReason() {
  if (!fs.existsSync(indexFile)) return 'dist/web/index.html is missing';
  const built = fs.statSync(indexFile).mtimeMs;
  for (const input of inputs()) {
    if (newestMtime(input) > built) return `${path.relative(repoRoot, input)} changed since the last build`;
  }
  return null;
}

export async function buildWebIfStale({ force = false } = {}) {
  const reason = force ? 'forced' : staleReason();
  if (!reason) return false;
  console.log(`Building the web app (${reason})…`);
  const started = Date.now();
  // A production build whatever the caller's NODE_ENV (vitest sets "test", which would make
  // React's development build).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  try {
    await build({ configFile: path.join(repoRoot, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  console.log(`Web app built to dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWebIfStale({ force: process.argv.includes('--force') }).catch((error) => {
    console.error('Building the web app failed:', error);
    process.exit(1);
  });
}
