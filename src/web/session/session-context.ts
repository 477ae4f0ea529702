import { createContext, useContext } from 'react';
import type { ChangePasswordBody, CurrentUser } from '../../modules/accounts/contract.ts';
import { STAFF, type Role } from '../../modules/accounts/roles.ts';

export type SessionState =
  | { status: 'loading'; user: null }
  /**
   * `signedOutFrom`: the page where the user just signed out; if that page needs a session it
   * leads home rather than to the sign-in form.
   */
  | { status: 'signed-out'; user: null; signedOutFrom?: string }
  | { status: 'error'; user: null }
  | { status: 'signed-in'; user: CurrentUser };

export type Session = SessionState & {
  signIn(email: string, password: string): Promise<CurrentUser>;
  /** Ends the session; `from` is the path of the page the user signed out on. */
  signOut(from?: string): Promise<void>;
  refresh(): Promise<CurrentUser | null>;
  changePassword(body: ChangePasswordBody): Promise<void>;
};

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user (or not) and the session actions. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** Programme staff (admin, organizer) run the back office; the other roles get their workspace. */
export const isStaff = (role: Role): boolean => STAFF.includes(role);
