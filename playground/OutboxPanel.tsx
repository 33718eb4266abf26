/**
 * The emulator's outbox, in the page: every mail the emulator "sent" with its link, so you can
 * follow a verification, reset or invitation email without a mail server. Polls the control API.
 */
import { useEffect, useId, useState } from 'react';
import { useAuth } from '../src/react';
import { clearOutbox, fetchOutbox, resetEmulator, type Mail } from './emulatorApi';

const POLL_MS = 1500;

const KIND_LABELS: Record<Mail['kind'], string> = {
  verifyEmail: 'Verify email',
  resetPassword: 'Reset password',
  invite: 'Invitation',
};

function useOutbox(): { mails: Mail[]; error: string | null; refresh: () => void } {
  const [mails, setMails] = useState<Mail[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await fetchOutbox(controller.signal);
        // Keep the same array when nothing changed, so the list does not re-render every poll.
        setMails((previous) =>
          previous.length === next.length &&
          previous.every((mail, index) => mail.id === next[index]?.id)
            ? previous
            : next,
        );
        setError(null);
      } catch (cause) {
        if (controller.signal.aborted) return;
        setError(cause instanceof Error ? cause.message : String(cause));
      }
      if (!controller.signal.aborted) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [tick]);

  return { mails, error, refresh: () => setTick((value) => value + 1) };
}

export function OutboxPanel() {
  const [open, setOpen] = useState(true);
  const { mails, error, refresh } = useOutbox();
  const { isSignedIn, signOut } = useAuth();
  const listId = useId();
  const newestFirst = [...mails].reverse();

  const reset = async () => {
    await resetEmulator();
    // Every account is gone, so is the signed-in user's: drop the local session too.
    if (isSignedIn) signOut();
    refresh();
  };

  return (
    <aside className="pg-outbox" aria-label="Emulator outbox" data-open={open}>
      <div className="pg-outbox-header">
        <button
          type="button"
          className="pg-outbox-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Outbox{' '}
          <span className="pg-badge">
            {mails.length}
            <span className="pg-visually-hidden"> {mails.length === 1 ? 'mail' : 'mails'}</span>
          </span>
        </button>
      </div>
      <div id={listId} hidden={!open} className="pg-outbox-body">
        <p className="pg-muted">
          Mail the emulator sent. Links open this app, like a real email would.
        </p>
        <div className="pg-outbox-actions">
          <button
            type="button"
            className="pg-button"
            onClick={() => void clearOutbox().then(refresh)}
          >
            Clear outbox
          </button>
          <button type="button" className="pg-button pg-button-danger" onClick={() => void reset()}>
            Reset emulator
          </button>
        </div>
        {error ? (
          <p role="alert" className="pg-error">
            Cannot read the outbox: {error}
          </p>
        ) : null}
        {newestFirst.length === 0 ? (
          <p className="pg-muted">No mail yet.</p>
        ) : (
          <ol className="pg-mails">
            {newestFirst.map((mail) => (
              <li key={mail.id} className="pg-mail" data-kind={mail.kind}>
                <span className="pg-mail-kind">{KIND_LABELS[mail.kind]}</span>
                <span className="pg-mail-to">To: {mail.to}</span>
                <strong className="pg-mail-subject">{mail.subject}</strong>
                {/* A real navigation (not the client router): exactly what clicking a link in an email does. */}
                <a className="pg-mail-link" href={mail.link} data-reload>
                  {KIND_LABELS[mail.kind]} link for {mail.to}
                </a>
                <time className="pg-muted" dateTime={mail.sentAt}>
                  {new Date(mail.sentAt).toLocaleTimeString()}
                </time>
              </li>
            ))}
          </ol>
        )}
      </div>
    </aside>
  );
}
