// Browser-test setup: builds the web app if stale, starts the real server on a free port with a
// fresh embedded database (so the demo accounts are seeded and printed), reads the printed
// one-time passwords, and hands the base URL and the accounts to the tests. Stops it at the end.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ROLES, type Role } from '../../src/modules/accounts/roles.ts';

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    accounts: DemoAccount[];
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const READY_LINE = /OCOP Connect on (http:\/\/\S+)/;
const ACCOUNT_LINE = new RegExp(`^\\s+(${ROLES.join('|')})\\s+(\\S+@\\S+)\\s+(\\S+)\\s*$`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function changeOneTimePasswords(baseUrl: string, accounts: DemoAccount[]): Promise<void> {
  for (const account of accounts) {
    const signIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    if (!signIn.ok) throw new Error(`sign-in of ${account.email} failed: ${signIn.status} ${await signIn.text()}`);
    const cookie = signIn.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const newPassword = `${account.password}-e2e`;
    const changed = await fetch(`${baseUrl}/api/auth/change-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ currentPassword: account.password, newPassword }),
    });
    if (changed.status !== 204) throw new Error(`password change of ${account.email} failed: ${changed.status} ${await changed.text()}`);
    account.password = newPassword;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-web-if-stale.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-server-if-stale.mjs')], { cwd: repoRoot, stdio: 'inherit' });

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-e2e-'));
  const port = await freePort();
  // The compiled server, as `npm start` runs it (without the npm wrapper), so SIGTERM reaches it.
  const server = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  server.stdout?.on('data', onData);
  server.stderr?.on('data', onData);
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within 600 s. Output:\n${output}`)), 600_000);
    const check = () => {
      if (READY_LINE.test(output)) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    server.stdout?.on('data', check);
    server.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server stopped (${signal ?? code}) before it was ready. Output:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stopServer(server);
    throw error;
  });
  server.stdout?.removeAllListeners('data');
  server.stderr?.removeAllListeners('data');
  server.removeAllListeners('exit');

  const accounts: DemoAccount[] = [];
  for (const line of output.split('\n')) {
    const match = ACCOUNT_LINE.exec(line);
    if (match) accounts.push({ role: match[1] as Role, email: match[2] as string, password: match[3] as string });
  }
  const missing = ROLES.filter((role) => !accounts.some((account) => account.role === role));
  if (missing.length) {
    await stopServer(server);
    throw new Error(`The server printed no demo account for ${missing.join(', ')}. Output:\n${output}`);
  }
  // The server lets a one-time password do nothing but its own change: the scenarios work with
  // accounts whose passwords have been changed once, as after a first sign-in.
  await changeOneTimePasswords(baseUrl, accounts);
  // Keep the server's later output (errors) visible in the test run.
  server.stdout?.on('data', (chunk: Buffer) => process.stdout.write(`[server] ${chunk.toString('utf8')}`));
  server.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[server] ${chunk.toString('utf8')}`));

  project.provide('baseUrl', baseUrl);
  project.provide('accounts', accounts);
  fs.mkdirSync(path.join(repoRoot, 'test-artifacts/screenshots'), { recursive: true });

  return async () => {
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
