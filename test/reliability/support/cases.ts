// What a module adds to the reliability suite: test/reliability/cases/<module>.ts exports
// `cases: ModuleCases`. The suite's test files walk every module's cases (README.md).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Cluster } from './cluster.ts';
import type { HttpRequest } from './http.ts';

/** Many clients claiming the same scarce things at once (stalls, seats, meeting slots). */
export interface ContentionCase {
  name: string;
  /** Makes the scarce things and their claimants in `cluster.database`; returns the burst to fire. */
  prepare(cluster: Cluster): Promise<ContentionPlan>;
}

export interface ContentionPlan {
  /** Fired all at once through the proxy, so they land on both app processes. */
  claims: HttpRequest[];
  /** How many claims must succeed (2xx): every scarce thing taken once. Every other claim must be a 409. */
  winners: number;
  /** Reads the database after the burst: a description of each double booking found (must be none). */
  doubleBookings(): Promise<string[]>;
}

/** A read endpoint for the load run (64 connections, req/s and p99 next to a static file). */
export interface LoadTarget {
  name: string;
  /** Makes the data the endpoint reads; returns the path to load, e.g. `/api/products?q=gom`. */
  prepare(cluster: Cluster): Promise<string>;
}

/** A long write interrupted by kill -9 of its server: after a restart it is all there or not at all. */
export interface CrashCase {
  name: string;
  /**
   * Makes the data, starts the long write against `server` (a URL of one app process, not the
   * proxy) and resolves once it is under way; `outcome` reads what the database holds of it.
   */
  start(cluster: Cluster, server: string): Promise<{ outcome(): Promise<'none' | 'all' | string> }>;
}

export interface ModuleCases {
  contention?: ContentionCase[];
  load?: LoadTarget[];
  crashes?: CrashCase[];
}

const CASES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../cases');

/** Every module's cases, by module (the file name). */
export async function loadCases(): Promise<{ module: string; cases: ModuleCases }[]> {
  const files = fs.readdirSync(CASES_DIR).filter((file) => /^[\w-]+\.ts$/.test(file)).sort();
  const loaded = [];
  for (const file of files) {
    const imported = (await import(pathToFileURL(path.join(CASES_DIR, file)).href)) as { cases?: ModuleCases };
    if (!imported.cases) throw new Error(`test/reliability/cases/${file} must export \`cases\``);
    loaded.push({ module: file.replace(/\.ts$/, ''), cases: imported.cases });
  }
  return loaded;
}
