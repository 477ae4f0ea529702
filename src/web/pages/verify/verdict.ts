// The verdict rule lives in src/shared so the compiled server can render /verify too.
export * from '../../../shared/verify/verdict.ts';
