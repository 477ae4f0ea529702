import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './dialog.css';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** The question or what will happen; more content (a reason field) goes in children. */
  message?: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** danger: a destructive action (red button, Cancel focused first). */
  tone?: 'danger' | 'primary';
  /** While the action runs: buttons disabled, the dialog stays. */
  busy?: boolean;
  /** Why the action failed, shown in the dialog (role=alert). */
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal question (native <dialog>: the page behind is inert). Focus moves into it (to the first
 * field, else to Cancel when the action is destructive, else to the action), Tab stays inside,
 * Escape cancels, and focus returns to what had it before.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, message, children, confirmLabel, cancelLabel, tone = 'primary', busy = false, error, onConfirm, onCancel } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const messageId = useId();

  // A layout effect: the form inside unmounts in the same commit, and its focused button with
  // it, so the dialog must close and give focus back before the browser paints or anyone reads
  // the focus (a passive effect left it on <body> for a moment).
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const field = dialog.querySelector<HTMLElement>('.confirm-dialog__body input, .confirm-dialog__body select, .confirm-dialog__body textarea');
      (field ?? (tone === 'danger' ? cancelRef.current : confirmRef.current))?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      returnFocus.current?.focus();
      returnFocus.current = null;
    }
  }, [open, tone]);

  // Closing while unmounting (the page changed) still gives focus back.
  useEffect(() => () => returnFocus.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={message ? messageId : undefined}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape: the parent decides (it closes by setting open=false), never while busy.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open && (
        <form
          method="dialog"
          className="confirm-dialog__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) onConfirm();
          }}
        >
          <h2 id={titleId} className="confirm-dialog__title">
            {title}
          </h2>
          <div className="confirm-dialog__body">
            {message && <div id={messageId}>{message}</div>}
            {children}
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <p className="actions confirm-dialog__actions">
            <button ref={cancelRef} type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
              {cancelLabel ?? t('common.cancel')}
            </button>
            <button ref={confirmRef} type="submit" className={`button ${tone === 'danger' ? 'button--danger-solid' : 'button--primary'}`} disabled={busy}>
              {busy ? t('common.saving') : confirmLabel}
            </button>
          </p>
        </form>
      )}
    </dialog>
  );
}
