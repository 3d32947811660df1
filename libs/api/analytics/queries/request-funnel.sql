-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
SELECT count(*)::int AS submitted,
       count(*) FILTER (WHERE rq.status = 'APPROVED')::int AS approved,
       count(*) FILTER (WHERE rq.status = 'DECLINED')::int AS declined,
       count(*) FILTER (WHERE rq.status = 'WITHDRAWN')::int AS withdrawn,
       count(*) FILTER (WHERE rq.status = 'APPROVED' AND r.starts_on <= $4::date)::int AS placed,
       count(*) FILTER (WHERE rq.status = 'APPROVED' AND r.ends_on < $4::date)::int AS completed
  FROM rotation_request rq
  LEFT JOIN rotation r ON r.request_id = rq.id AND r.cancelled_at IS NULL
 WHERE ($1::date IS NULL OR (rq.submitted_at AT TIME ZONE 'UTC')::date >= $1::date)
   AND ($2::date IS NULL OR (rq.submitted_at AT TIME ZONE 'UTC')::date <= $2::date)
   AND ($3::uuid[] IS NULL OR cardinality($3::uuid[]) = 0
        OR EXISTS (SELECT 1 FROM person_history h
                    WHERE h.person_id = rq.person_id AND h.valid_from <= (rq.submitted_at AT TIME ZONE 'UTC')::date AND (h.valid_to IS NULL OR h.valid_to > (rq.submitted_at AT TIME ZONE 'UTC')::date)
                      AND h.department_id = ANY($3::uuid[])))
