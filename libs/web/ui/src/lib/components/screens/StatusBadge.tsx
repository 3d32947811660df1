const LABELS: Readonly<Record<string, string>> = {
  SUBMITTED: 'Awaiting decision',
  APPROVED: 'Approved',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  PLANNED: 'Planned',
  ACTIVE: 'Active',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

/** A request or rotation status in words, with a colour that is never the only signal. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`status-badge status-badge--${status.toLowerCase()}`}>
      {LABELS[status] ?? status}
    </span>
  );
}

export const STATUS_LABELS = LABELS;
