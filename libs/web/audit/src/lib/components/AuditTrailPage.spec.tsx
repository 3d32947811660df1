import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import {
  AUDIT_EVENTS_QUERY,
  AUDIT_FILTER_OPTIONS_QUERY,
  AUDIT_REFERENCES_QUERY,
} from '../graphql/audit.query';
import { AuditTrailPage } from './AuditTrailPage';

type Mock = MockLink.MockedResponse;

const DIRECTOR = '0b6f2a3e-6d0c-4c7e-9c59-1f5bfe0c1a2b';

const options: Mock = {
  request: { query: AUDIT_FILTER_OPTIONS_QUERY },
  result: {
    data: {
      auditFilterOptions: {
        __typename: 'AuditFilterOptions',
        entityTypes: ['pmo', 'rotation_request', 'user_account'],
        actions: ['PMO_UPDATED', 'SIGNED_IN'],
        actors: [
          {
            __typename: 'AuditActor',
            id: DIRECTOR,
            email: 'director@stint.example',
            displayName: 'Dana Director',
          },
        ],
      },
    },
  },
};

const references: Mock = {
  request: { query: AUDIT_REFERENCES_QUERY },
  result: {
    data: {
      departments: [{ __typename: 'Department', id: 'd1', name: 'Finance' }],
      pmos: [
        {
          __typename: 'Pmo',
          id: 'pmo-1',
          name: 'Atlas Program Office',
          seats: [{ __typename: 'Seat', id: 's1', title: 'Analyst' }],
        },
      ],
    },
  },
};

const event = {
  __typename: 'AuditEvent',
  id: '41',
  occurredAt: '2026-11-29T08:05:13.120Z',
  actorUserId: DIRECTOR,
  actorLabel: 'director@stint.example',
  actorDisplayName: 'Dana Director',
  action: 'ROTATION_REQUEST_DECLINED',
  entityType: 'rotation_request',
  entityId: 'r-1',
  before: JSON.stringify({ id: 'r-1', version: 1, status: 'SUBMITTED', decisionNote: null }),
  after: JSON.stringify({ id: 'r-1', version: 2, status: 'DECLINED', decisionNote: 'Not now' }),
  reason: 'Not now',
};

const page = (
  filter: Record<string, unknown>,
  nodes: unknown[],
  extra: Partial<Mock> = {},
): Mock => ({
  request: { query: AUDIT_EVENTS_QUERY, variables: { filter, first: 20, after: null } },
  result: {
    data: {
      auditEvents: {
        __typename: 'AuditEventConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node, i) => ({ __typename: 'AuditEventEdge', cursor: `c${i}`, node })),
      },
    },
  },
  ...extra,
});

let location = '';
function Probe() {
  const l = useLocation();
  location = `${l.pathname}${l.search}`;
  return null;
}

function renderTrail(path: string, mocks: Mock[]) {
  return render(
    <MockedProvider mocks={[references, ...mocks]}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/audit" element={<AuditTrailPage />} />
        </Routes>
        <Probe />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('AuditTrailPage', () => {
  it('shows each event with its actor and a field-by-field difference, not JSON', async () => {
    renderTrail(`/audit?actorUserId=${DIRECTOR}`, [
      options,
      page({ actorUserId: DIRECTOR }, [event]),
    ]);
    const item = await screen.findByRole('article', { name: 'Rotation request declined' });
    expect(within(item).getByText('Dana Director (director@stint.example)')).toBeTruthy();
    expect(within(item).getByText('29 November 2026, 08:05 UTC')).toBeTruthy();
    const rows = within(item)
      .getAllByRole('row')
      .map((row) => Array.from((row as HTMLTableRowElement).cells, (c) => c.textContent));
    expect(rows).toEqual([
      ['Field', 'Before', 'After'],
      ['Status', 'Awaiting decision', 'Declined'],
      ['Decision note added', 'not set', 'Not now'],
    ]);
    expect(item.textContent).not.toMatch(/[{}"]/);
    expect(
      within(item)
        .getByRole('link', { name: /All events of this record/ })
        .getAttribute('href'),
    ).toBe('/audit?entityType=rotation_request&entityId=r-1');
    expect(
      await screen.findByRole('option', { name: 'Dana Director (director@stint.example)' }),
    ).toBeTruthy();
    expect((screen.getByLabelText('Actor') as HTMLSelectElement).value).toBe(DIRECTOR);
    expect(screen.getByText('1–1 of 1 events')).toBeTruthy();
  });

  it('names the records a change refers to by id, where it knows them', async () => {
    const pmoEvent = {
      ...event,
      id: '42',
      action: 'PMO_UPDATED',
      entityType: 'pmo',
      entityId: 'pmo-1',
      before: JSON.stringify({ departmentId: 'd1', directorIds: [DIRECTOR] }),
      after: JSON.stringify({ departmentId: 'd-unknown', directorIds: [] }),
      reason: null,
    };
    renderTrail('/audit', [options, page({}, [pmoEvent])]);
    const item = await screen.findByRole('article', { name: 'PMO updated' });
    await within(item).findByText('Atlas Program Office');
    await within(item).findByText('Finance');
    const rows = within(item)
      .getAllByRole('row')
      .map((row) => Array.from((row as HTMLTableRowElement).cells, (c) => c.textContent));
    expect(rows).toEqual([
      ['Field', 'Before', 'After'],
      ['Department', 'Finance', 'd-unknown'],
      ['Directors removed', 'Dana Director (director@stint.example)', 'not set'],
    ]);
  });

  it('keeps the filters in the URL and says when nothing matches', async () => {
    renderTrail('/audit?entityType=pmo&entityId=pmo-1', [
      options,
      page({ entityType: 'pmo', entityId: 'pmo-1' }, []),
      page({ entityType: 'pmo', entityId: 'pmo-1', action: 'PMO_UPDATED' }, []),
    ]);
    expect(await screen.findByText('No events match these filters')).toBeTruthy();
    expect(screen.getByText(/Showing the history of PMO/)).toBeTruthy();
    expect((screen.getByLabelText('Record (id)') as HTMLInputElement).value).toBe('pmo-1');
    await screen.findByRole('option', { name: 'PMO updated' });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'PMO_UPDATED' } });
    });
    expect(location).toBe('/audit?entityType=pmo&entityId=pmo-1&action=PMO_UPDATED');
  });

  it('applies a typed record id on Enter, not on every key', async () => {
    renderTrail('/audit', [options, page({}, [event]), page({ entityId: 'r-1' }, [event])]);
    await screen.findByRole('article', { name: 'Rotation request declined' });
    const field = screen.getByLabelText('Record (id)');
    fireEvent.change(field, { target: { value: 'r-1' } });
    expect(location).toBe('/audit');
    await act(async () => {
      fireEvent.submit(field.closest('form') as HTMLFormElement);
    });
    expect(location).toBe('/audit?entityId=r-1');
  });

  it('refuses a backwards date range without asking the server', async () => {
    renderTrail('/audit?from=2026-12-01&to=2026-11-01', [options]);
    expect((await screen.findByRole('alert')).textContent).toMatch(/"to" date is before/);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('explains an error without the raw message and tries again', async () => {
    renderTrail('/audit', [
      options,
      page({}, [], {
        result: { errors: [{ message: 'select * failed', extensions: { code: 'FORBIDDEN' } }] },
      }),
      page({}, [event]),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/role does not give you access/);
    expect(alert.textContent).not.toMatch(/select/);
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    });
    expect(await screen.findByRole('article', { name: 'Rotation request declined' })).toBeTruthy();
  });

  it('shows a loading state first', () => {
    renderTrail('/audit', [options, page({}, [])]);
    expect(screen.getByRole('status').textContent).toBe('Loading the audit trail…');
  });
});
