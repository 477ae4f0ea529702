// One real app process on a loopback port, which a test can stop, kill -9 and start again on the
// same database. It runs the compiled server, `node dist/server/main.js`, as `npm start` does
// (global-setup.ts builds it when a source changed): memory and throughput are production's, not
// those of a TypeScript loader.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const READY_LINE = /OCOP Connect on http:\/\//;

export function freePort(): Promise<number> {
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

export interface AppProcess {
  readonly url: string;
  readonly pid: number;
  /** Everything the process printed, for failure messages. */
  output(): string;
  /** Peak resident memory so far, in MiB (Linux: VmHWM). */
  peakRssMiB(): number;
  /** SIGKILL: no shutdown hook runs, as in a power cut or an OOM kill. */
  kill9(): Promise<void>;
  /** SIGTERM and wait: the graceful stop. */
  stop(): Promise<void>;
  exited(): boolean;
}

export interface StartOptions {
  /** DATABASE_URL, or DATA_DIR for the embedded database. */
  env: Record<string, string>;
  timeoutMs?: number;
}

export async function startAppProcess(options: StartOptions): Promise<AppProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG: 'false',
      TRUST_PROXY: 'true',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), options.timeoutMs ?? 150_000);
    const check = () => {
      if (READY_LINE.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`server stopped (exit ${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`));
    });
  });

  const pid = child.pid as number;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  return {
    url: `http://127.0.0.1:${port}`,
    pid,
    output: () => output,
    peakRssMiB() {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kib / 1024;
    },
    async kill9() {
      if (!exited()) child.kill('SIGKILL');
      await exit;
    },
    async stop() {
      if (exited()) return;
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.kill('SIGTERM');
      await exit;
      clearTimeout(force);
    },
    exited,
  };
}
