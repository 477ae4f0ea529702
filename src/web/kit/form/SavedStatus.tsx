/**
 * What was just done ("Saved", "Added …"), announced politely; the live region stays in the page
 * so that screen readers hear each new message.
 */
export function SavedStatus({ message }: { message: string | null | undefined }) {
  return (
    <div aria-live="polite" className="live-region">
      {message && (
        <p className="form-success" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
