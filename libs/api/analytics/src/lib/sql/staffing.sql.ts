import { CAREER_LEVELS } from '@stint/domain';
import { onDayCte } from './rollup.sql';

const LEVELS = `ARRAY[${CAREER_LEVELS.map((l) => `'${l}'`).join(', ')}]::text[]`;

/**
 * $1 asOf. Department × level cells of people employed on asOf, in the department and at the
 * level they held on asOf (person_history; SPEC §8), empty cells left out. Read from the
 * coverage rollup (as REFERENCE_HEADCOUNT_CELLS_SQL computes it from scratch).
 */
export const HEADCOUNT_CELLS_SQL = `WITH ${onDayCte('on_day', '$1::date')}
SELECT d.id AS "departmentId", d.code, d.name, c.career_level AS "careerLevel", c.headcount::int AS headcount
  FROM on_day c JOIN department d ON d.id = c.department_id
 WHERE c.headcount > 0
 ORDER BY d.name, d.id, array_position(${LEVELS}, c.career_level)`;

/**
 * $1 asOf. One row per career level (the level held on asOf), in career order: employed, on
 * rotation, alumni on asOf. Read from the coverage rollup.
 */
export const PARTICIPATION_SQL = `WITH ${onDayCte('on_day', '$1::date')}
SELECT l.level AS "careerLevel", coalesce(sum(c.headcount), 0)::int AS headcount,
       coalesce(sum(c.on_rotation), 0)::int AS "onRotation",
       coalesce(sum(c.experienced - c.on_rotation), 0)::int AS alumni
  FROM unnest(${LEVELS}) WITH ORDINALITY AS l(level, ord)
  LEFT JOIN on_day c ON c.career_level = l.level
 GROUP BY l.level, l.ord
 ORDER BY l.ord`;
