import readline from 'node:readline';
import { createUser } from '../../modules/accounts/create-user.ts';
import { MIN_PASSWORD_LENGTH } from '../../modules/accounts/password.ts';
import { SYSTEM_ACTOR } from '../../modules/audit/actor.ts';
import { CliError, withDatabase } from '../cli-context.ts';

async function promptPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new CliError('Set OCOP_PASSWORD, or run in a terminal to be asked for the password.');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  process.stdout.write('Password: ');
  const password = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return password;
}

export async function createAdminCommand(args: string[]): Promise<void> {
  const [email] = args;
  if (!email) throw new CliError('Usage: ocop create-admin EMAIL (password from OCOP_PASSWORD or a prompt)');
  const password = process.env.OCOP_PASSWORD || (await promptPassword());
  if (password.length < MIN_PASSWORD_LENGTH) throw new CliError(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  await withDatabase(async (database) => {
    try {
      await createUser(database, SYSTEM_ACTOR, { email, displayName: email.split('@')[0] ?? email, role: 'admin', password });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 409) throw new CliError(`An account ${email} already exists.`);
      throw error;
    }
  });
  console.log(`Administrator ${email} created.`);
}
