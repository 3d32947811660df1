import { useId, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { UNREAD_NOTIFICATION_COUNT_QUERY } from '../graphql/notifications.graphql';
import { bellLabel } from '../utils/formatWhen';
import { NotificationsPanel } from './NotificationsPanel';

/** How often the header asks for the unread count (a notification is rarely urgent to the second). */
const POLL_MS = 30_000;

/** The bell in the header: the unread count, and the notifications panel it opens. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT_QUERY, {
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const unread = data?.unreadNotificationCount ?? 0;

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  return (
    <div className="notification-bell">
      <button
        ref={button}
        type="button"
        className="button button--on-dark notification-bell__button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={bellLabel(unread)}
        onClick={() => setOpen((was) => !was)}
      >
        <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && <NotificationsPanel id={panelId} onClose={close} />}
    </div>
  );
}
