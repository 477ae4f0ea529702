import type { FairStatus } from './tables.ts';

/**
 * The life of a fair: draft → applications open → allocating → published → running → closed,
 * with a step back allowed where organizers need one (reopen applications, redo the allocation,
 * reopen a fair closed by mistake). The server refuses any other change; the web offers these.
 */
export const NEXT_STATUSES: Readonly<Record<FairStatus, readonly FairStatus[]>> = {
  draft: ['applications-open'],
  'applications-open': ['allocating', 'draft'],
  allocating: ['published', 'applications-open'],
  published: ['running', 'allocating'],
  running: ['closed'],
  closed: ['running'],
};

export const canMoveFair = (from: FairStatus, to: FairStatus) => from === to || NEXT_STATUSES[from].includes(to);
