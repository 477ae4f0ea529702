import { parseAllocateStallsArguments, runAllocateStallsCli } from '../../modules/fairs/allocation/index.ts';
import { CliError } from '../cli-context.ts';

/** `ocop allocate-stalls INSTANCE.json OUT.json [--time-limit SECONDS]`: the pure allocation core on a JSON instance (no database). */
export async function allocateStallsCommand(args: string[]): Promise<void> {
  const parsed = parseAllocateStallsArguments(args);
  if ('error' in parsed) throw new CliError(`${parsed.error}\nUsage: ocop allocate-stalls INSTANCE.json OUT.json [--time-limit SECONDS] (default 10; format: src/modules/fairs/allocation/README.md)`, 2);
  const code = await runAllocateStallsCli(parsed.input, parsed.output, console, parsed.options);
  if (code !== 0) throw new CliError(`allocate-stalls failed (exit ${code}); see ${parsed.output}`, code);
}
