import { REQUEST_STATUSES, type RequestStatus } from '@stint/domain';

export interface InboxFilters {
  /** null = every status. */
  status: RequestStatus | null;
  pmoId: string | null;
  departmentId: string | null;
}

/** The inbox filters as the URL holds them: `?status=SUBMITTED&pmo=…&department=…`. */
export function readInboxFilters(params: URLSearchParams): InboxFilters {
  const status = params.get('status');
  return {
    // The inbox opens on what waits for a decision; `status=ALL` shows every request.
    status:
      status === 'ALL'
        ? null
        : (REQUEST_STATUSES as readonly string[]).includes(status ?? '')
          ? (status as RequestStatus)
          : 'SUBMITTED',
    pmoId: params.get('pmo') || null,
    departmentId: params.get('department') || null,
  };
}

export function writeInboxFilters(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  params.set('status', filters.status ?? 'ALL');
  if (filters.pmoId) params.set('pmo', filters.pmoId);
  if (filters.departmentId) params.set('department', filters.departmentId);
  return params;
}

/** The API filter for the inbox query. */
export function toRequestsFilter(filters: InboxFilters) {
  return {
    ...(filters.status ? { statuses: [filters.status] } : {}),
    ...(filters.pmoId ? { pmoIds: [filters.pmoId] } : {}),
    ...(filters.departmentId ? { departmentIds: [filters.departmentId] } : {}),
  };
}
