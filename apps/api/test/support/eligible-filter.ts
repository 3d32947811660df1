import type { Client } from 'pg';
import { currentPolicy, eligibleOnDay, referenceEligibleOnDay } from '@stint/api-data';
import { windowEnd } from '@stint/domain';

/**
 * The People list's eligibility filter (eligibleOnDay, reading the person_eligible_days rollup)
 * and the from-scratch statement it replaced (referenceEligibleOnDay), asked about `day` on
 * `today` under the current policy: the ids each keeps, in the list's order. Equal whenever the
 * rollup is right.
 */
export async function eligibleFilterBothWays(
  db: Client,
  day: string,
  today: string,
): Promise<{ fresh: string[]; reference: string[] }> {
  const policy = await currentPolicy({
    query: (sql: string) => db.query(sql).then((r) => r.rows),
  } as never);
  const ids = async (sql: string, params: unknown[]) =>
    (await db.query<{ id: string }>(sql, params)).rows.map((r) => r.id);
  const list = (condition: string) =>
    `SELECT p.id FROM person p WHERE ${condition} ORDER BY p.full_name, p.id`;
  const fresh = await ids(list(eligibleOnDay('p.id', '$1::date', '$2::date')), [day, today]);
  const reference = await ids(
    list(
      referenceEligibleOnDay(
        'p.id',
        { startsOn: '$1::date', today: '$2::date', endsOn: '$3::date' },
        {
          levels: '$4',
          minExperienceMonths: '$5',
          cooldownMonths: '$6',
          maxRotations: '$7',
        },
      ),
    ),
    [
      day,
      today,
      windowEnd(day, policy.minDurationMonths),
      policy.eligibleLevels,
      policy.minExperienceMonths,
      policy.cooldownMonths,
      policy.maxRotations,
    ],
  );
  return { fresh, reference };
}
