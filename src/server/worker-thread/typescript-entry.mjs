// @ts-check
// A worker thread's first module when the server runs from TypeScript sources (tsx, vitest): a
// worker starts without the parent's TypeScript loader, and Node 20 cannot strip types, so this
// plain file registers tsx in the thread and then loads the TypeScript module it was given. The
// compiled server starts its workers on their compiled modules and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(/** @type {{ entry: string }} */ (workerData).entry);
