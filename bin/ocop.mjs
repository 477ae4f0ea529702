#!/usr/bin/env node
// `npx ocop …`: runs the TypeScript CLI through tsx, as `npm start` runs the server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/ocop.ts');
