export interface DismissibleMessage {
  id: string;
  text: string;
  tone?: 'error' | 'success';
}

export interface DismissibleMessagesProps {
  messages: readonly DismissibleMessage[];
  onDismiss: (id: string) => void;
  label?: string;
}

/**
 * Messages that stay until the person dismisses them (conflicts must be read, not flashed).
 * The region is live, so a new message is announced when it appears.
 */
export function DismissibleMessages({
  messages,
  onDismiss,
  label = 'Messages',
}: DismissibleMessagesProps) {
  return (
    <section aria-label={label} aria-live="polite" className="dismissible-messages">
      {messages.map((message) => (
        <div
          key={message.id}
          className={
            message.tone === 'success'
              ? 'dismissible-message dismissible-message--success'
              : 'dismissible-message'
          }
        >
          <p>{message.text}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onDismiss(message.id)}
          >
            Dismiss<span className="visually-hidden"> message</span>
          </button>
        </div>
      ))}
    </section>
  );
}
