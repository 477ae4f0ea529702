import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';
import { ConfirmDialog } from '../dialog/ConfirmDialog.tsx';

export interface LeaveGuard {
  /** The "leave without saving?" dialog, to render where the guard is used. */
  dialog: ReactNode;
  /** Lets the next navigation through (call it after saving, before navigating on). */
  release(): void;
}

/**
 * While `when` holds, leaving the page asks first: in the app (links, Back) through the
 * router's blocker and a dialog; closing or reloading the tab through the browser's own
 * question (beforeunload). Moving within the same page (its query string) is not leaving.
 */
export function useLeaveGuard(when: boolean): LeaveGuard {
  const { t } = useTranslation();
  const active = useRef(when);
  useEffect(() => {
    active.current = when;
  }, [when]);

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => active.current && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // older browsers ask only when this is set
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  const release = useCallback(() => {
    active.current = false;
  }, []);

  const dialog = (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={t('kit.leave.title')}
      message={<p>{t('kit.leave.message')}</p>}
      confirmLabel={t('kit.leave.confirm')}
      cancelLabel={t('kit.leave.stay')}
      tone="danger"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
  return { dialog, release };
}
