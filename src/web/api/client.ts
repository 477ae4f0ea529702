// The one way the web app talks to the API: JSON in and out, the UI language as
// Accept-Language (so server messages come in that language), the session's CSRF token on every
// mutation, and failures thrown as a typed ApiError carrying the server's stable error code.
import i18n from '../i18n/index.ts';

/** A failed API call: the HTTP status and the server's `{"error":{code,message,details}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

let csrfToken: string | null = null;
let onUnauthorized: ((path: string) => void) | null = null;

/** The session's CSRF token, sent as x-csrf-token on every mutation (set by the session). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request made with a session comes back 401 (the session expired or ended). */
export function setUnauthorizedHandler(handler: ((path: string) => void) | null): void {
  onUnauthorized = handler;
}

/**
 * The headers every API call carries besides content negotiation: the UI language and, when
 * signed in, the CSRF token. For the few calls that cannot go through apiRequest (file uploads
 * with progress over XMLHttpRequest).
 */
export function commonHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { 'accept-language': i18n.language === 'en' ? 'en' : 'vi' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

/** Tells the session that a call found it gone (see setUnauthorizedHandler). */
export function reportUnauthorized(path: string): void {
  if (csrfToken && onUnauthorized) onUnauthorized(path);
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function isErrorBody(value: unknown): value is { error: { code: string; message: string; details?: unknown } } {
  if (!value || typeof value !== 'object') return false;
  const error = (value as { error?: unknown }).error;
  return !!error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string';
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': i18n.language === 'en' ? 'en' : 'vi',
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : String(error));
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && csrfToken && onUnauthorized) onUnauthorized(path);
    if (isErrorBody(parsed)) {
      throw new ApiError(response.status, parsed.error.code, parsed.error.message, parsed.error.details);
    }
    throw new ApiError(response.status, 'unexpected_response', `${response.status} ${response.statusText}`.trim());
  }
  if (text && parsed === undefined) {
    throw new ApiError(response.status, 'unexpected_response', 'The server did not answer with JSON');
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};
