import { readFile, writeFile } from 'node:fs/promises';
import { allocateStalls } from './allocate-stalls.ts';
import type { AllocationResult, UnplacedReason } from './types.ts';
import { InstanceValidationError } from './validate-instance.ts';

export interface CliConsole {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Exit codes of `ocop allocate-stalls`. */
export const EXIT = { ok: 0, io: 1, invalidInstance: 2, internal: 3 } as const;

/**
 * `ocop allocate-stalls INSTANCE.json OUT.json`: the only I/O of this module.
 * Writes the AllocationResult to OUT.json, or `{ "errors": [...] }` when the
 * instance is invalid, and prints a short summary.
 * Exit codes: 0 ok, 1 file or JSON problem, 2 invalid instance, 3 internal error.
 */
export async function runAllocateStallsCli(inputPath: string, outputPath: string, io: CliConsole = console): Promise<number> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(inputPath, 'utf8'));
  } catch (error) {
    io.error(`allocate-stalls: cannot read ${inputPath}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.io;
  }
  let result: AllocationResult;
  try {
    // allocateStalls validates first, so the cast only names what is about to be checked.
    result = await allocateStalls(input as Parameters<typeof allocateStalls>[0]);
  } catch (error) {
    if (error instanceof InstanceValidationError) {
      for (const e of error.errors.slice(0, 20)) io.error(`  ${e.path || '/'}: ${e.message}`);
      if (error.errors.length > 20) io.error(`  … and ${error.errors.length - 20} more`);
      io.error(`allocate-stalls: ${inputPath} is not a valid instance (${error.errors.length} error(s))`);
      return (await write(outputPath, { errors: error.errors }, io)) ? EXIT.invalidInstance : EXIT.io;
    }
    io.error(`allocate-stalls: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.internal;
  }
  if (!(await write(outputPath, result, io))) return EXIT.io;
  for (const line of summarise(result)) io.log(line);
  return EXIT.ok;
}

async function write(path: string, value: unknown, io: CliConsole): Promise<boolean> {
  try {
    await writeFile(path, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
    return true;
  } catch (error) {
    io.error(`allocate-stalls: cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

export function summarise(result: AllocationResult): string[] {
  const { stats } = result;
  const percent = (x: number): string => `${(100 * x).toFixed(2)}%`;
  const proof = result.gap === 0 ? 'proven optimal' : `gap ${percent(result.gap)}`;
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
