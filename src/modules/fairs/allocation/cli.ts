import { readFile } from 'node:fs/promises';
import { EXIT, reportInvalidInstance, writeJsonOutput, type CliConsole } from '../../../cli/solver-cli-io.ts';
import { allocateStalls } from './allocate-stalls.ts';
import type { AllocationResult, UnplacedReason } from './types.ts';
import { InstanceValidationError } from './validate-instance.ts';

export type { CliConsole };
export { EXIT };

export interface CliOptions {
  /** Time budget in seconds (`--time-limit`, default 10). */
  timeLimitSeconds?: number;
}

/** Progress lines at most this often (the search can improve hundreds of times a second). */
const PROGRESS_EVERY_MS = 500;

/**
 * `ocop allocate-stalls INSTANCE.json OUT.json [--time-limit SECONDS]`: the
 * only I/O of this module. Writes the AllocationResult to OUT.json, or
 * `{ "errors": [...] }` when the instance is invalid; progress (best plan and
 * bound as they improve) goes to stderr, a short summary to stdout.
 * Exit codes: 0 ok, 1 file or JSON problem, 2 invalid instance, 3 internal error.
 */
export async function runAllocateStallsCli(inputPath: string, outputPath: string, io: CliConsole = console, options: CliOptions = {}): Promise<number> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(inputPath, 'utf8'));
  } catch (error) {
    io.error(`allocate-stalls: cannot read ${inputPath}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.io;
  }
  // performance.now() counts from process start: what a user waits before the work begins.
  io.error(`read ${inputPath} ${Math.round(performance.now())} ms after process start`);
  let result: AllocationResult;
  let lastPrinted = -Infinity;
  try {
    // allocateStalls validates first, so the cast only names what is about to be checked.
    result = await allocateStalls(input as Parameters<typeof allocateStalls>[0], {
      ...(options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds }),
      onProgress: (progress) => {
        if (progress.ms - lastPrinted < PROGRESS_EVERY_MS) return;
        lastPrinted = progress.ms;
        io.error(`  ${(progress.ms / 1000).toFixed(1)} s  objective ${progress.objective}  bound ${progress.bound ?? '–'}  ${progress.gap === null ? '' : `gap ${(100 * progress.gap).toFixed(3)}%`}  (${progress.phase})`);
      },
    });
  } catch (error) {
    if (error instanceof InstanceValidationError) return reportInvalidInstance('allocate-stalls', inputPath, outputPath, error.errors, io);
    io.error(`allocate-stalls: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.internal;
  }
  if (!(await writeJsonOutput('allocate-stalls', outputPath, result, io))) return EXIT.io;
  for (const line of summarise(result)) io.log(line);
  return EXIT.ok;
}

export function summarise(result: AllocationResult): string[] {
  const { stats } = result;
  const percent = (x: number): string => `${(100 * x).toFixed(2)}%`;
  const proof = result.gap === 0 ? 'proven optimal' : `gap ${percent(result.gap)}, ${stats.endedBy === 'time-limit' ? `time limit of ${stats.timeLimitSeconds} s reached` : stats.endedBy}`;
  const reasons = new Map<UnplacedReason, number>();
  for (const u of result.unplaced) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  const lines = [
    `placed ${stats.placed}/${stats.applications} applications on ${stats.stallsUsed}/${stats.stalls} stalls`,
    `objective ${result.objective} (bound ${result.bound}, ${proof}) by ${result.method} in ${stats.timeMs} ms`,
  ];
  if (stats.baselineObjective !== undefined && result.bound > 0) {
    lines.push(`first-come-first-served baseline ${stats.baselineObjective} (${percent(stats.baselineObjective / result.bound)} of the bound)`);
  }
  if (reasons.size > 0) lines.push(`unplaced: ${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')}`);
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  return lines;
}

/** Parses `IN.json OUT.json [--time-limit SECONDS]`; a message instead when the arguments are wrong. */
export function parseCliArguments(args: readonly string[]): { input: string; output: string; options: CliOptions } | { error: string } {
  const positional: string[] = [];
  const options: CliOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--time-limit' || arg.startsWith('--time-limit=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      const seconds = Number(value);
      if (value === undefined || value === '' || !Number.isFinite(seconds) || seconds <= 0) return { error: `--time-limit takes a number of seconds > 0, not "${value ?? ''}"` };
      options.timeLimitSeconds = seconds;
    } else if (arg.startsWith('--')) {
      return { error: `unknown option ${arg}` };
    } else positional.push(arg);
  }
  const [input, output] = positional;
  if (input === undefined || output === undefined || positional.length > 2) return { error: 'expected INSTANCE.json OUT.json' };
  return { input, output, options };
}
