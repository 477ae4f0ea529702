import { eq } from 'drizzle-orm';
import type { Database } from '../../server/db/database.ts';
import { AppError } from '../../server/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { verifyAgainstDummy, verifyPassword } from './password.ts';
import { createSession } from './sessions.ts';
import { markSignInSucceeded, reserveSignInAttempt } from './sign-in-rate-limit.ts';
import { users } from './tables.ts';

export interface SignInResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
}

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', {
    vi: 'Email hoặc mật khẩu không đúng',
    en: 'Wrong email or password',
  });

export async function signIn(
  database: Database,
  input: { email: string; password: string },
  client: { ip: string; userAgent: string | undefined; requestId?: string; onLockedOut?: (retryAfterSeconds: number) => void },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const reservation = await reserveSignInAttempt(database, email, client.ip);
  if ('retryAfterSeconds' in reservation) {
    const retryAfter = reservation.retryAfterSeconds;
    client.onLockedOut?.(retryAfter);
    throw new AppError(
      429,
      'too_many_attempts',
      { vi: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau', en: 'Too many failed sign-ins; try again later' },
      { retryAfterSeconds: retryAfter },
    );
  }
  const [user] = await database.db
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.email, email));
  const ok =
    user?.active && user.passwordHash
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
  // The reserved attempt already stands as a failure.
  if (!ok || !user) throw invalidCredentials();
  return database.db.transaction(async (tx) => {
    await markSignInSucceeded(tx, reservation.attemptId);
    const session = await createSession(tx, user.id, client);
    await recordAudit(tx, { id: user.id, email: user.email, requestId: client.requestId }, {
      action: 'session.sign-in',
      entity: 'user',
      entityId: user.id,
      changes: { ip: client.ip },
    });
    return { ...session, userId: user.id };
  });
}
