#!/usr/bin/env node
// `npx ocop …`: runs the compiled CLI (dist/cli, built by `npm start` or `npm run build:server`)
// when it is up to date with the sources, else the TypeScript sources through tsx. The compiled
// one starts in a fraction of the time: no TypeScript is transpiled before the command runs.
import { staleReason } from '../scripts/build-server-if-stale.mjs';

if (staleReason() === null) {
  await import('../dist/cli/ocop.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/ocop.ts');
}
