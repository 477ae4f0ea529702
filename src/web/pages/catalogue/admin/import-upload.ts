// Uploads a product list to POST /api/catalogue/import with progress: the upload itself
// (XMLHttpRequest upload events), then the server's rows (the ndjson progress lines it streams
// when asked with `Accept: application/x-ndjson`), then the final report.
import type { ImportReport } from '../../../../modules/catalogue/import-run/run-import.ts';
import { ApiError, buildUrl, commonHeaders, isErrorBody, reportUnauthorized } from '../../../api/client.ts';
import { NdjsonReader } from './ndjson.ts';

export type { ImportReport };

export type ImportProgress =
  | { phase: 'upload'; loaded: number; total: number }
  /** Rows written so far; total 0 while the server still reads and checks the file. */
  | { phase: 'rows'; done: number; total: number };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function contentTypeFor(fileName: string): string {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX;
  if (name.endsWith('.csv')) return 'text/csv';
  return 'application/octet-stream';
}

function isReport(value: unknown): value is ImportReport {
  return !!value && typeof value === 'object' && Array.isArray((value as ImportReport).problems) && typeof (value as ImportReport).ok === 'boolean';
}

/**
 * Sends `file`; resolves to the import report, also when the file has problems (a real run then
 * answers 422 with the report, or reports ok=false in the stream). Rejects with ApiError when
 * the server refuses the upload itself (empty file, too big, not signed in…).
 */
export function uploadImport(
  file: Blob & { name: string },
  dryRun: boolean,
  onProgress: (progress: ImportProgress) => void,
): { promise: Promise<ImportReport>; abort(): void } {
  const xhr = new XMLHttpRequest();
  const path = '/api/catalogue/import';
  const promise = new Promise<ImportReport>((resolve, reject) => {
    xhr.open('POST', buildUrl(path, { fileName: file.name, dryRun }));
    for (const [name, value] of Object.entries(commonHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('accept', 'application/x-ndjson');
    xhr.setRequestHeader('content-type', contentTypeFor(file.name));

    const reader = new NdjsonReader();
    let report: ImportReport | null = null;
    let streamError: { code: string; message: string } | null = null;
    const streaming = () => xhr.status === 200 && (xhr.getResponseHeader('content-type') ?? '').includes('ndjson');
    const consume = (final: boolean) => {
      for (const message of reader.read(xhr.responseText, final)) {
        if (!message || typeof message !== 'object') continue;
        const { progress, report: lineReport, error } = message as { progress?: { done: number; total: number }; report?: unknown; error?: { code: string; message: string } };
        if (progress) onProgress({ phase: 'rows', done: progress.done, total: progress.total });
        if (isReport(lineReport)) report = lineReport;
        if (error) streamError = error;
      }
    };

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ phase: 'upload', loaded: event.loaded, total: event.total });
    };
    xhr.upload.onload = () => onProgress({ phase: 'rows', done: 0, total: 0 });
    xhr.onprogress = () => {
      if (streaming()) consume(false);
    };
    xhr.onload = () => {
      if (streaming()) {
        consume(true);
        if (report) return resolve(report);
        if (streamError) return reject(new ApiError(500, streamError.code, streamError.message));
        return reject(new ApiError(xhr.status, 'unexpected_response', 'The import stream ended without a report'));
      }
      let body: unknown = undefined;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status === 200 && isReport(body)) return resolve(body);
      if (isErrorBody(body)) {
        if (body.error.code === 'import_invalid' && isReport(body.error.details)) return resolve(body.error.details);
        if (xhr.status === 401) reportUnauthorized(path);
        return reject(new ApiError(xhr.status, body.error.code, body.error.message, body.error.details));
      }
      reject(new ApiError(xhr.status, 'unexpected_response', `${xhr.status} ${xhr.statusText}`.trim()));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network_error', 'The upload failed'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    xhr.send(file);
  });
  return { promise, abort: () => xhr.abort() };
}
