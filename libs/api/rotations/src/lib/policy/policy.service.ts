import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  decodeCursor,
  DomainError,
  recordAudit,
  runTransaction,
  toPage,
  type Actor,
  type Page,
} from '@stint/api-core';
import { currentPolicy } from '@stint/api-data';
import { parsePolicyRules, type EligibilityPolicy as PolicyRules } from '@stint/domain';
import type { UpdateEligibilityPolicyInput } from './dto/update-eligibility-policy.input';
import {
  toEligibilityPolicy,
  type EligibilityPolicy,
  type PolicyVersionRow,
} from './eligibility-policy.model';

const VERSION_COLUMNS = `p.version, p.rules, p.note, p.created_at AS "createdAt", u.display_name AS "createdBy"
  FROM eligibility_policy p LEFT JOIN user_account u ON u.id = p.created_by`;

type StoredVersion = PolicyVersionRow & { rules: unknown };

/**
 * The versioned eligibility policy. A change never edits a version: it inserts the next one,
 * and only when it was based on the newest, so two admins cannot silently overwrite each other.
 */
@Injectable()
export class PolicyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(manager: EntityManager = this.dataSource.manager): Promise<EligibilityPolicy> {
    const rules = await currentPolicy(manager);
    const rows: StoredVersion[] = await manager.query(
      `SELECT ${VERSION_COLUMNS} WHERE p.version = $1`,
      [rules.version],
    );
    return toEligibilityPolicy(rules, rows[0]);
  }

  /** Newest first, keyset on version. */
  async versions(first: number, after?: string | null): Promise<Page<EligibilityPolicy>> {
    const below = after ? Number(decodeCursor(after, 1)[0]) : null;
    if (below !== null && !Number.isSafeInteger(below)) {
      throw DomainError.badInput([
        { field: 'after', message: 'after is not a cursor this list returned' },
      ]);
    }
    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `SELECT ${VERSION_COLUMNS} WHERE ($1::int IS NULL OR p.version < $1::int) ORDER BY p.version DESC LIMIT $2`,
        [below, first + 1],
      ) as Promise<StoredVersion[]>,
      this.dataSource.query(`SELECT count(*)::int AS n FROM eligibility_policy`) as Promise<
        { n: number }[]
      >,
    ]);
    return toPage(rows.map(toPolicy), first, count[0].n, (policy) => [policy.version]);
  }

  async update(actor: Actor, input: UpdateEligibilityPolicyInput): Promise<EligibilityPolicy> {
    const { basedOnVersion, note, ...proposed } = input;
    const parsed = parsePolicyRules(proposed);
    if (!parsed.ok) throw DomainError.badInput(parsed.problems);
    return runTransaction(this.dataSource, async (manager) => {
      // Whoever locks the newest version first wins; the other waits here and then, reading
      // again below with a fresh snapshot, sees the version the winner added.
      await manager.query(
        `SELECT version FROM eligibility_policy ORDER BY version DESC LIMIT 1 FOR UPDATE`,
      );
      const before = await this.current(manager);
      if (before.version !== basedOnVersion) {
        throw DomainError.conflict(
          'STALE',
          `The policy changed since you read it (now version ${before.version}, you edited version ${basedOnVersion}); reload and try again`,
        );
      }
      const version = before.version + 1;
      await manager.query(
        `INSERT INTO eligibility_policy (version, rules, note, created_by) VALUES ($1, $2, $3, $4)`,
        [version, JSON.stringify(parsed.rules), note?.trim() || null, actor.id],
      );
      const after = await this.current(manager);
      await recordAudit(manager, {
        actor,
        action: 'ELIGIBILITY_POLICY_UPDATED',
        entityType: 'eligibility_policy',
        entityId: String(version),
        before: auditView(before),
        after: auditView(after),
      });
      return after;
    });
  }
}

function toPolicy(row: StoredVersion): EligibilityPolicy {
  const parsed = parsePolicyRules(row.rules);
  if (!parsed.ok)
    throw new Error(
      `Eligibility policy v${row.version} is invalid: ${JSON.stringify(parsed.problems)}`,
    );
  return toEligibilityPolicy({ version: row.version, ...parsed.rules } satisfies PolicyRules, row);
}

function auditView(policy: EligibilityPolicy): Record<string, unknown> {
  const { createdAt: _createdAt, createdBy: _createdBy, ...rest } = policy;
  return rest;
}
