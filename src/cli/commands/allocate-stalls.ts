import { runAllocateStallsCli } from '../../modules/fairs/allocation/index.ts';
import { CliError } from '../cli-context.ts';

/** `ocop allocate-stalls INSTANCE.json OUT.json`: the pure allocation core on a JSON instance (no database). */
export async function allocateStallsCommand(args: string[]): Promise<void> {
  const [input, output] = args;
  if (!input || !output) throw new CliError('Usage: ocop allocate-stalls INSTANCE.json OUT.json (format: src/modules/fairs/allocation/README.md)');
  const code = await runAllocateStallsCli(input, output);
  if (code !== 0) throw new CliError(`allocate-stalls failed (exit ${code}); see ${output}`, code);
}
