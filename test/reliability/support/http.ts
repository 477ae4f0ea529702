// A plain HTTP client over loopback with keep-alive and no cap on sockets, so that a burst of a
// thousand requests really is a thousand requests in flight.
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true });

export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface HttpRequest {
  method?: string;
  path: string;
  /** An object is sent as JSON; a Buffer or string as is (set content-type in headers). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Sends the session cookie and, for mutations, its CSRF token. */
  as?: Session;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json<T = unknown>(): T;
}

function encode(request: HttpRequest): { payload: string | Buffer | undefined; headers: Record<string, string> } {
  const raw = request.body;
  const payload = raw === undefined ? undefined : Buffer.isBuffer(raw) || typeof raw === 'string' ? raw : JSON.stringify(raw);
  const headers: Record<string, string> = {
    ...(payload !== undefined && !Buffer.isBuffer(raw) && typeof raw !== 'string' ? { 'content-type': 'application/json' } : {}),
    // Node frames a GET or DELETE body only with a declared length: without one the bytes would
    // be read as the start of the next request on the connection.
    ...(payload !== undefined ? { 'content-length': String(Buffer.byteLength(payload)) } : {}),
    ...(request.as ? { cookie: request.as.cookie, 'x-csrf-token': request.as.csrfToken } : {}),
    ...request.headers,
  };
  return { payload, headers };
}

function open(baseUrl: string, request: HttpRequest, onResponse: (incoming: http.IncomingMessage) => void, reject: (error: Error) => void): void {
  const url = new URL(request.path, baseUrl);
  const { payload, headers } = encode(request);
  const outgoing = http.request(url, { method: request.method ?? 'GET', headers, agent, timeout: request.timeoutMs ?? 60_000 }, onResponse);
  outgoing.on('timeout', () => outgoing.destroy(new Error(`${request.method ?? 'GET'} ${request.path} timed out`)));
  outgoing.on('error', reject);
  outgoing.end(payload);
}

export function send(baseUrl: string, request: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    open(baseUrl, request, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body, json: <T,>() => JSON.parse(body) as T });
      });
    }, reject);
  });
}

/**
 * Sends a request whose answer comes line by line (NDJSON progress) and calls `onLine` with each
 * line as it arrives; resolves with the status once the answer has ended, rejects if the
 * connection breaks first (a killed server).
 */
export function sendReadingLines(baseUrl: string, request: HttpRequest, onLine: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    open(baseUrl, request, (incoming) => {
      let pending = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) onLine(line);
      });
      incoming.on('error', reject);
      incoming.on('aborted', () => reject(new Error('the answer was cut off')));
      incoming.on('end', () => {
        if (pending.trim()) onLine(pending);
        resolve(incoming.statusCode ?? 0);
      });
    }, reject);
  });
}

/** Signs in through the API and returns what the session's later requests carry. */
export async function signInOver(baseUrl: string, email: string, password: string): Promise<Session> {
  const response = await send(baseUrl, { method: 'POST', path: '/api/auth/sign-in', body: { email, password } });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${response.body}`);
  const setCookie = [response.headers['set-cookie'] ?? []].flat();
  const cookie = setCookie.map((line) => line.split(';')[0]).join('; ');
  return { cookie, csrfToken: response.json<{ csrfToken: string }>().csrfToken };
}

/** How many responses had each status, e.g. `{ 201: 10, 409: 990 }`. */
export function countStatuses(responses: { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
