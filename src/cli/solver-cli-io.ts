import { writeFile } from 'node:fs/promises';

/** Where a solver command prints: the console, or a test's recorder. */
export interface CliConsole {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Exit codes shared by the solver commands (allocate-stalls, schedule-b2b, plan-route). */
export const EXIT = { ok: 0, io: 1, invalidInstance: 2, internal: 3 } as const;

/** Writes a solver's JSON output; says why and returns false when the file cannot be written. */
export async function writeJsonOutput(command: string, path: string, value: unknown, io: CliConsole): Promise<boolean> {
  try {
    await writeFile(path, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
    return true;
  } catch (error) {
    io.error(`${command}: cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** Prints the first errors of an invalid instance and writes them all to the output file. */
export async function reportInvalidInstance(command: string, inputPath: string, outputPath: string, errors: readonly { path: string; message: string }[], io: CliConsole): Promise<number> {
  for (const e of errors.slice(0, 20)) io.error(`  ${e.path || '/'}: ${e.message}`);
  if (errors.length > 20) io.error(`  … and ${errors.length - 20} more`);
  io.error(`${command}: ${inputPath} is not a valid instance (${errors.length} error(s))`);
  return (await writeJsonOutput(command, outputPath, { errors }, io)) ? EXIT.invalidInstance : EXIT.io;
}
