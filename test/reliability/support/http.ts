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

export function send(baseUrl: string, request: HttpRequest): Promise<HttpResponse> {
  const url = new URL(request.path, baseUrl);
  const raw = request.body;
  const payload = raw === undefined ? undefined : Buffer.isBuffer(raw) || typeof raw === 'string' ? raw : JSON.stringify(raw);
  const headers: Record<string, string> = {
    ...(payload !== undefined && !Buffer.isBuffer(raw) && typeof raw !== 'string' ? { 'content-type': 'application/json' } : {}),
    ...(request.as ? { cookie: request.as.cookie, 'x-csrf-token': request.as.csrfToken } : {}),
    ...request.headers,
  };
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method: request.method ?? 'GET', headers, agent, timeout: request.timeoutMs ?? 60_000 }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body, json: <T,>() => JSON.parse(body) as T });
      });
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`${request.method ?? 'GET'} ${request.path} timed out`)));
    outgoing.on('error', reject);
    outgoing.end(payload);
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
