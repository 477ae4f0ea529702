import type { Localized } from '../../shared/localized.ts';

/**
 * An error the client can act on: a 4xx status, a stable machine code and a message in both
 * languages (the response carries the one the client asked for).
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly messages: Localized,
    readonly details?: unknown,
  ) {
    super(messages.en);
    this.name = 'AppError';
  }
}

export const notFound = (what: Localized = { vi: 'Không tìm thấy', en: 'Not found' }) =>
  new AppError(404, 'not_found', what);

export const badRequest = (code: string, messages: Localized, details?: unknown) =>
  new AppError(400, code, messages, details);

export const conflict = (code: string, messages: Localized, details?: unknown) =>
  new AppError(409, code, messages, details);

export const forbidden = (
  messages: Localized = { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
) => new AppError(403, 'forbidden', messages);

export const unauthorized = () =>
  new AppError(401, 'unauthorized', { vi: 'Vui lòng đăng nhập', en: 'Please sign in' });
