import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { describeError } from '@stint/web-data-access';
import { ErrorNotice, LoadingState } from '@stint/web-ui';
import {
  MARK_ALL_NOTIFICATIONS_READ_MUTATION,
  MARK_NOTIFICATION_READ_MUTATION,
  NOTIFICATIONS_QUERY,
} from '../graphql/notifications.graphql';
import { formatWhen } from '../utils/formatWhen';

const PAGE_SIZE = 20;
const REFRESH = ['UnreadNotificationCount', 'Notifications'];

export interface NotificationsPanelProps {
  id: string;
  /** Closes the panel; `returnFocus` when the bell should get focus back (Escape, Close). */
  onClose: (returnFocus: boolean) => void;
}

/** Newest first; each links to its record; mark one or all read. Escape closes it. */
export function NotificationsPanel({ id, onClose }: NotificationsPanelProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MARK_NOTIFICATION_READ_MUTATION, { refetchQueries: REFRESH });
  const [markAll, markingAll] = useMutation(MARK_ALL_NOTIFICATIONS_READ_MUTATION, {
    refetchQueries: REFRESH,
  });
  useEffect(() => heading.current?.focus(), []);

  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const unread = items.filter((n) => !n.readAt).length;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose(true);
    }
  };

  return (
    <section
      id={id}
      className="notifications-panel"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <div className="notifications-panel__head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Notifications
        </h2>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={unread === 0 || markingAll.loading}
          onClick={() => void markAll().catch(() => undefined)}
        >
          Mark all read
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onClose(true)}
        >
          Close
        </button>
      </div>
      {loading && !data && <LoadingState label="Loading notifications…" />}
      {error && !data && (
        <ErrorNotice
          message={describeError(error) ?? 'Something went wrong.'}
          onRetry={() => void refetch()}
        />
      )}
      {data && items.length === 0 && <p className="notifications-panel__empty">Nothing new.</p>}
      {items.length > 0 && (
        <ul className="notifications-panel__list">
          {items.map((n) => (
            <li
              key={n.id}
              className={n.readAt ? 'notification' : 'notification notification--unread'}
            >
              <Link
                to={n.link}
                className="notification__title"
                onClick={() => {
                  if (!n.readAt) void markRead({ variables: { id: n.id } }).catch(() => undefined);
                  onClose(false);
                }}
              >
                {n.title}
              </Link>
              {n.body && <p className="notification__body">{n.body}</p>}
              <p className="notification__meta">
                <time dateTime={String(n.createdAt)}>{formatWhen(String(n.createdAt))}</time>
                {!n.readAt && <span className="notification__unread"> · Unread</span>}
              </p>
              {!n.readAt && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => void markRead({ variables: { id: n.id } }).catch(() => undefined)}
                >
                  Mark read<span className="visually-hidden">: {n.title}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {data?.notifications.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            void fetchMore({
              variables: { after: data.notifications.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                notifications: {
                  ...fetchMoreResult.notifications,
                  edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges],
                },
              }),
            }).catch(() => undefined)
          }
        >
          Show older
        </button>
      )}
      <p className="notifications-panel__foot">
        <Link to="/preferences" onClick={() => onClose(false)}>
          Choose which notifications also come by e-mail
        </Link>
      </p>
    </section>
  );
}
