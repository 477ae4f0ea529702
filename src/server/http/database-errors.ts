import type { Localized } from '../../shared/localized.ts';
import { AppError } from './app-error.ts';

interface PgErrorLike {
  code: string;
  constraint?: string;
  detail?: string;
}

/** Drizzle wraps driver errors; the SQLSTATE lives on the error or on one of its causes. */
export function findPgError(error: unknown): PgErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return current as PgErrorLike;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const messages: Record<string, [number, string, Localized]> = {
  '23505': [409, 'conflict', { vi: 'Dữ liệu đã tồn tại', en: 'This already exists' }],
  '23P01': [409, 'conflict', { vi: 'Xung đột với dữ liệu đã có', en: 'This conflicts with existing data' }],
  '23503': [409, 'reference_conflict', { vi: 'Dữ liệu liên quan không tồn tại hoặc đang được dùng', en: 'A referenced record is missing or still in use' }],
  '23514': [400, 'constraint_violated', { vi: 'Dữ liệu không hợp lệ', en: 'The data breaks a rule' }],
  '23502': [400, 'missing_value', { vi: 'Thiếu dữ liệu bắt buộc', en: 'A required value is missing' }],
  '40001': [409, 'retry', { vi: 'Xung đột đồng thời, vui lòng thử lại', en: 'Concurrent change, please retry' }],
  '40P01': [409, 'retry', { vi: 'Xung đột đồng thời, vui lòng thử lại', en: 'Concurrent change, please retry' }],
};

/**
 * Turns a constraint the database enforced into a client error: the database is the last line
 * that keeps data valid (double bookings, duplicates), and its refusal is the client's fault.
 */
export function databaseErrorToAppError(error: unknown): AppError | undefined {
  const pg = findPgError(error);
  if (!pg) return undefined;
  const known = messages[pg.code];
  if (known) return new AppError(known[0], known[1], known[2], pg.constraint ? { constraint: pg.constraint } : undefined);
  // Class 22: data exceptions (value too long, bad date, invalid text) caused by the input.
  if (pg.code.startsWith('22')) {
    return new AppError(400, 'invalid_value', { vi: 'Giá trị không hợp lệ', en: 'A value is invalid' });
  }
  return undefined;
}

/** True when the error is the database refusing a row because of the named constraint. */
export function isConstraintViolation(error: unknown, constraint: string): boolean {
  return findPgError(error)?.constraint === constraint;
}
