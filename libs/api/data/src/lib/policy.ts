import type { EntityManager } from 'typeorm';
import { parsePolicyRules, type EligibilityPolicy } from '@stint/domain';

/** The newest eligibility policy version (every change inserts a new one). */
export async function currentPolicy(manager: EntityManager): Promise<EligibilityPolicy> {
  const rows: { version: number; rules: unknown }[] = await manager.query(
    `SELECT version, rules FROM eligibility_policy ORDER BY version DESC LIMIT 1`,
  );
  if (!rows[0]) throw new Error('No eligibility policy: the migrations seed version 1');
  const parsed = parsePolicyRules(rows[0].rules);
  if (!parsed.ok) {
    throw new Error(
      `Eligibility policy v${rows[0].version} is invalid: ${JSON.stringify(parsed.problems)}`,
    );
  }
  return { version: rows[0].version, ...parsed.rules };
}
