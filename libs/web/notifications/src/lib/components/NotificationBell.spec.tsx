import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import {
  MARK_ALL_NOTIFICATIONS_READ_MUTATION,
  NOTIFICATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
} from '../graphql/notifications.graphql';
import { NotificationBell } from './NotificationBell';

type Mock = MockLink.MockedResponse;

const node = (id: string, title: string, readAt: string | null) => ({
  __typename: 'Notification' as const,
  id,
  event: 'REQUEST_SUBMITTED',
  title,
  body: 'Preferred: any PMO.',
  link: `/requests/${id}`,
  createdAt: '2026-11-29T10:00:00.000Z',
  readAt,
});

const count = (n: number): Mock => ({
  request: { query: UNREAD_NOTIFICATION_COUNT_QUERY },
  result: { data: { unreadNotificationCount: n } },
});

const page = (nodes: ReturnType<typeof node>[]): Mock => ({
  request: { query: NOTIFICATIONS_QUERY, variables: { first: 20 } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((n) => ({ __typename: 'NotificationEdge', node: n })),
      },
    },
  },
});

function renderBell(mocks: Mock[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <NotificationBell />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('NotificationBell', () => {
  it('says the unread count, and opens a panel listing notifications newest first with links', async () => {
    renderBell([
      count(2),
      page([
        node('n2', 'Ana requested a rotation', null),
        node('n1', 'Ben requested a rotation', null),
      ]),
    ]);
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    expect(bell.textContent).toContain('2');

    fireEvent.click(bell);
    const panel = await screen.findByRole('region', { name: 'Notifications' });
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    const links = await within(panel).findAllByRole('link', { name: /requested a rotation$/ });
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/requests/n2', '/requests/n1']);
    expect(within(panel).getAllByRole('button', { name: /^Mark read/ })).toHaveLength(2);

    fireEvent.keyDown(panel, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull());
    expect(document.activeElement).toBe(bell);
  });

  it('marks all read and refreshes the count', async () => {
    renderBell([
      count(1),
      page([node('n1', 'Your rotation request was approved', null)]),
      {
        request: { query: MARK_ALL_NOTIFICATIONS_READ_MUTATION },
        result: { data: { markAllNotificationsRead: 1 } },
      },
      count(0),
      page([node('n1', 'Your rotation request was approved', '2026-11-29T11:00:00.000Z')]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const panel = await screen.findByRole('region', { name: 'Notifications' });
    await within(panel).findByRole('link', { name: 'Your rotation request was approved' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Mark all read' }));
    await screen.findByRole('button', { name: 'Notifications, none unread' });
  });

  it('says so when there is nothing', async () => {
    renderBell([count(0), page([])]);
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications, none unread' }));
    expect(await screen.findByText('Nothing new.')).toBeTruthy();
  });
});
