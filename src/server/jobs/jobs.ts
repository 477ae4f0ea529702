import { sql } from 'drizzle-orm';
import type { Database, Queryable } from '../db/database.ts';
import { rows } from '../db/rows.ts';
import { clock } from '../../shared/time/clock.ts';

export interface Job {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

export interface JobContext {
  database: Database;
  job: Job;
  now: Date;
}

export interface JobKind {
  kind: string;
  run(context: JobContext): Promise<void>;
  /** Attempts before the job is marked failed (default 6: about an hour of retries). */
  maxAttempts?: number;
  /** A recurring task: the runner keeps one waiting, due this long after the last run. */
  everyMs?: number;
}

const kinds = new Map<string, JobKind>();

/** Declares what a kind of job does; call it at module load, once per kind. */
export function defineJob(kind: JobKind): JobKind {
  const known = kinds.get(kind.kind);
  if (known && known !== kind) throw new Error(`Job kind "${kind.kind}" is defined twice`);
  kinds.set(kind.kind, kind);
  return kind;
}

export const jobKind = (kind: string) => kinds.get(kind);
export const recurringJobs = () => [...kinds.values()].filter((k) => k.everyMs);

export interface EnqueueOptions {
  payload?: Record<string, unknown>;
  runAt?: Date;
  /** While a job with this key waits or runs, enqueueing another is a no-op. */
  uniqueKey?: string;
  maxAttempts?: number;
}

/**
 * Adds a job in the caller's transaction: it exists exactly when the change that asked for it
 * commits (the outbox pattern). Returns false when a job with the same key is already waiting.
 */
export async function enqueueJob(db: Queryable, kind: string, options: EnqueueOptions = {}): Promise<boolean> {
  const inserted = await rows<{ id: number }>(db, sql`
    INSERT INTO jobs (kind, payload, unique_key, run_at, max_attempts, created_at)
    VALUES (${kind}, ${JSON.stringify(options.payload ?? {})}::jsonb, ${options.uniqueKey ?? null}, ${options.runAt ?? clock.now()},
            ${options.maxAttempts ?? jobKind(kind)?.maxAttempts ?? 6}, ${clock.now()})
    ON CONFLICT (unique_key) WHERE status IN ('pending', 'running') DO NOTHING
    RETURNING id`);
  return inserted.length > 0;
}

/** Delay before attempt n+1: 30 s, 1 min, 2 min… capped at an hour, with ±20% jitter. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}
