import type { IsoDate } from '@stint/domain';
import { DatabaseNotEmptyError, loadOrganisation, type PgConnectable } from './copy-loader';
import { generateOrganisation } from './organisation';

/** The demo organisation a new user sees on first start (SPEC §7) is always seed 1. */
export const DEMO_SEED = 1;

/**
 * Loads the demo organisation when the database has no departments yet; returns whether it
 * did. Safe to call from several starting instances at once: only one of them loads.
 */
export async function seedDemoIfEmpty(db: PgConnectable, anchor: IsoDate): Promise<boolean> {
  const existing = await db.query<{ found: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM department) AS found',
  );
  if (existing.rows[0]?.found) return false;
  try {
    await loadOrganisation(db, generateOrganisation({ size: 'demo', seed: DEMO_SEED, anchor }));
    return true;
  } catch (error) {
    if (error instanceof DatabaseNotEmptyError) return false;
    throw error;
  }
}
