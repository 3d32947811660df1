/**
 * SQL checks of a loaded organisation: each query counts the rows that break one rule, so a
 * healthy database answers 0 to all. Some repeat what the schema enforces (a second opinion that
 * costs nothing); the rest are the policy rules the history is meant to follow. `$1` is the
 * anchor date the data was generated around.
 */
export const INVARIANT_QUERIES: Readonly<Record<string, string>> = {
  personOverlap: `
    SELECT count(*)::int AS n FROM rotation a JOIN rotation b
      ON a.person_id = b.person_id AND a.id < b.id
     AND a.starts_on <= b.ends_on AND b.starts_on <= a.ends_on
     WHERE a.cancelled_at IS NULL AND b.cancelled_at IS NULL`,
  seatOverlap: `
    SELECT count(*)::int AS n FROM rotation a JOIN rotation b
      ON a.seat_id = b.seat_id AND a.id < b.id
     AND a.starts_on <= b.ends_on AND b.starts_on <= a.ends_on
     WHERE a.cancelled_at IS NULL AND b.cancelled_at IS NULL`,
  outsideSeatWindow: `
    SELECT count(*)::int AS n FROM rotation r JOIN seat s ON s.id = r.seat_id
     WHERE r.cancelled_at IS NULL
       AND (r.starts_on < s.opens_on OR (s.closes_on IS NOT NULL AND r.ends_on > s.closes_on))`,
  moreThanTwoRotations: `
    SELECT count(*)::int AS n FROM (
      SELECT person_id FROM rotation WHERE cancelled_at IS NULL GROUP BY person_id HAVING count(*) > 2) x`,
  cooldownBroken: `
    SELECT count(*)::int AS n FROM rotation a JOIN rotation b
      ON a.person_id = b.person_id AND a.id <> b.id AND a.ends_on < b.starts_on
     WHERE a.cancelled_at IS NULL AND b.cancelled_at IS NULL
       AND b.starts_on < a.ends_on + interval '24 months'`,
  notEmployedThroughout: `
    SELECT count(*)::int AS n FROM rotation r JOIN person p ON p.id = r.person_id
     WHERE r.cancelled_at IS NULL
       AND (p.hired_on > r.starts_on OR (p.left_on IS NOT NULL AND p.left_on <= r.ends_on))`,
  managerSeatBelowSenior: `
    SELECT count(*)::int AS n FROM rotation r
      JOIN seat s ON s.id = r.seat_id
      JOIN person_history h ON h.person_id = r.person_id
       AND h.valid_from <= r.starts_on AND (h.valid_to IS NULL OR h.valid_to > r.starts_on)
     WHERE r.cancelled_at IS NULL AND s.role = 'PMO_MANAGER'
       AND h.career_level IN ('PROJECT_COORDINATOR', 'PROJECT_MANAGER')`,
  rotatingAtIneligibleLevel: `
    SELECT count(*)::int AS n FROM rotation r
      JOIN person_history h ON h.person_id = r.person_id
       AND h.valid_from <= r.starts_on AND (h.valid_to IS NULL OR h.valid_to > r.starts_on)
     WHERE r.cancelled_at IS NULL
       AND h.career_level NOT IN ('PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER')`,
  movedDuringRotation: `
    SELECT count(*)::int AS n FROM (
      SELECT r.id FROM rotation r
        JOIN person_history h ON h.person_id = r.person_id
         AND h.valid_from <= r.ends_on AND (h.valid_to IS NULL OR h.valid_to > r.starts_on)
       WHERE r.cancelled_at IS NULL
       GROUP BY r.id HAVING count(DISTINCT h.department_id) > 1) x`,
  historyNotTilingEmployment: `
    SELECT count(*)::int AS n FROM (
      SELECT p.id FROM person p LEFT JOIN (
        SELECT person_id, valid_from, valid_to,
               lead(valid_from) OVER (PARTITION BY person_id ORDER BY valid_from) AS next_from
          FROM person_history) h ON h.person_id = p.id
       GROUP BY p.id, p.hired_on
      HAVING count(h.person_id) = 0 OR min(h.valid_from) <> p.hired_on
          OR count(*) FILTER (WHERE h.valid_to IS NULL) <> 1
          OR count(*) FILTER (WHERE h.valid_to IS DISTINCT FROM h.next_from) > 0) x`,
  openStretchDiffersFromPerson: `
    SELECT count(*)::int AS n FROM person p
      JOIN person_history h ON h.person_id = p.id AND h.valid_to IS NULL
     WHERE (h.department_id, h.career_level, h.on_leave)
           IS DISTINCT FROM (p.department_id, p.career_level, p.on_leave)`,
  rotatingWithoutExperience: `
    SELECT count(*)::int AS n FROM rotation r JOIN person p ON p.id = r.person_id
     WHERE r.cancelled_at IS NULL AND p.pm_since > r.starts_on - interval '24 months'`,
  onLeaveWhileRotating: `
    SELECT count(*)::int AS n FROM rotation r JOIN person p ON p.id = r.person_id
     WHERE r.cancelled_at IS NULL AND p.on_leave AND r.ends_on >= $1::date`,
  twoOpenRequests: `
    SELECT count(*)::int AS n FROM (
      SELECT person_id FROM rotation_request WHERE status = 'SUBMITTED' GROUP BY person_id HAVING count(*) > 1) x`,
  rotationFromUnapprovedRequest: `
    SELECT count(*)::int AS n FROM rotation r JOIN rotation_request q ON q.id = r.request_id
     WHERE q.status <> 'APPROVED' OR q.person_id <> r.person_id`,
  approvedWithoutRotation: `
    SELECT count(*)::int AS n FROM rotation_request q
     WHERE q.status = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.request_id = q.id)`,
  decisionsOutOfOrder: `
    SELECT count(*)::int AS n FROM rotation_request
     WHERE decided_at < submitted_at OR submitted_at >= $1::date OR decided_at >= $1::date
        OR (status IN ('APPROVED', 'DECLINED') AND decided_by IS NULL)`,
  goalsAchievedNotPursued: `
    SELECT count(*)::int AS n FROM rotation
     WHERE goals_achieved IS NOT NULL AND NOT (goals_achieved <@ goals)`,
  outcomeBeforeEnd: `
    SELECT count(*)::int AS n FROM rotation
     WHERE (goals_achieved IS NOT NULL OR outcome_note IS NOT NULL) AND ends_on >= $1::date`,
  cancelledInFuture: `
    SELECT count(*)::int AS n FROM rotation WHERE cancelled_at >= $1::date OR cancelled_at < created_at`,
  awayCapExceededToday: `
    SELECT count(*)::int AS n FROM (
      SELECT d.id, d.away_cap,
             count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM rotation r WHERE r.person_id = p.id AND r.cancelled_at IS NULL
                  AND $1::date BETWEEN r.starts_on AND r.ends_on)) AS away,
             count(*) AS headcount
        FROM department d JOIN person p ON p.department_id = d.id
       WHERE p.hired_on <= $1::date AND (p.left_on IS NULL OR p.left_on >= $1::date)
       GROUP BY d.id, d.away_cap) x
     WHERE away > away_cap * headcount`,
};
