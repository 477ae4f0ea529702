#!/usr/bin/env node
// Compiles the server (src/server, src/modules, src/shared, src/cli; not the web app nor tests) to
// plain JavaScript in dist/, one .js file per .ts file at the same place under dist/ as under src/
// (dist/server/main.js…), so every `import.meta.url`-relative path (migrations, dist/web, worker
// modules, example files) resolves as it does from sources. Data files beside the code (JSON,
// CSV, XLSX) are copied. Only when dist/server/main.js is missing or older than any input: the
// compiled sources, package-lock.json and this script; `--force` builds anyway. `npm start` on a
// fresh clone builds once (a few seconds); later starts skip the build.
/* global console, process */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['server', 'modules', 'shared', 'cli'];
const OUT_DIR = path.join(repoRoot, 'dist');
const stampFile = path.join(OUT_DIR, 'server/main.js');

function isTest(file) {
  return /\.test\.tsx?$/.test(file);
}

/** Every file under the compiled source folders, tests left out. */
function sourceFiles() {
  const files = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!isTest(entry.name)) files.push(full);
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(repoRoot, 'src', dir));
  return files;
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Why a build is needed, or null when dist/ is up to date. */
export function staleReason() {
  const built = mtime(stampFile);
  if (!built) return 'dist/server/main.js is missing';
  const inputs = [...sourceFiles(), path.join(repoRoot, 'package-lock.json'), fileURLToPath(import.meta.url)];
  for (const input of inputs) {
    if (mtime(input) > built) return `${path.relative(repoRoot, input)} changed since the last build`;
  }
  return null;
}

/**
 * Relative imports of modules become imports of their compiled .js siblings; JSON data is inlined
 * into the module that imports it (an external JSON import would lose its `with { type: 'json' }`).
 */
const keepModulesApart = {
  name: 'keep-modules-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point' || args.path.endsWith('.json')) return undefined;
      return { path: args.path.replace(/\.tsx?$/, '.js'), external: true };
    });
  },
};

export async function buildServerIfStale({ force = false } = {}) {
  const reason = force ? 'forced' : staleReason();
  if (!reason) return false;
  console.log(`Compiling the server (${reason})…`);
  const started = Date.now();
  const files = sourceFiles();
  const entryPoints = files.filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'));
  for (const dir of SOURCE_DIRS) fs.rmSync(path.join(OUT_DIR, dir), { recursive: true, force: true });
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints,
    outbase: path.join(repoRoot, 'src'),
    outdir: OUT_DIR,
    bundle: true, // with every import external: one output per source, imports rewritten by the plugin
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [keepModulesApart],
  });
  for (const file of files) {
    if (entryPoints.includes(file)) continue;
    const target = path.join(OUT_DIR, path.relative(path.join(repoRoot, 'src'), file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  // main.js last: its mtime says when the build finished.
  const now = new Date();
  fs.utimesSync(stampFile, now, now);
  console.log(`Server compiled to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildServerIfStale({ force: process.argv.includes('--force') }).catch((error) => {
    console.error('Compiling the server failed:', error);
    process.exit(1);
  });
}
