import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import {
  assertVersion,
  decodeCursor,
  DomainError,
  recordAudit,
  runTransaction,
  toPage,
  type Actor,
  type Page,
} from '@stint/api-core';
import { assertDirectsPmo, PmoEntity, SeatEntity } from '@stint/api-data';
import type { CreateSeatInput } from './dto/create-seat.input';
import type { SeatsFilter } from './dto/seats.args';
import type { UpdateSeatInput } from './dto/update-seat.input';
import { toSeat, type Seat } from './seat.model';

/** A row of the seats list: the seat and, for the cursor, its PMO's name. */
interface SeatRow {
  id: string;
  pmo_id: string;
  role: Seat['role'];
  title: string;
  opens_on: string;
  closes_on: string | null;
  version: number;
  pmo_name: string;
}

const rowToSeat = (row: SeatRow): Seat => ({
  id: row.id,
  pmoId: row.pmo_id,
  role: row.role,
  title: row.title,
  opensOn: row.opens_on,
  closesOn: row.closes_on,
  version: row.version,
});

function assertWindow(
  opensOn: string,
  closesOn: string | null,
  field: 'opensOn' | 'closesOn',
): void {
  if (closesOn !== null && closesOn < opensOn) {
    throw DomainError.badInput([{ field, message: 'closesOn must be on or after opensOn' }]);
  }
}

/**
 * Names the first rotation a new window would leave outside it, so a director knows which one
 * to end or move. The seat row is already locked, so no rotation can be placed in between; the
 * seat_window_covers_rotations trigger stays the last word.
 */
async function assertWindowCoversRotations(
  manager: EntityManager,
  seatId: string,
  opensOn: string,
  closesOn: string | null,
): Promise<void> {
  const outside: { full_name: string; starts_on: string; ends_on: string }[] = await manager.query(
    `SELECT p.full_name, r.starts_on::text AS starts_on, r.ends_on::text AS ends_on
       FROM rotation r JOIN person p ON p.id = r.person_id
      WHERE r.seat_id = $1 AND r.cancelled_at IS NULL
        AND (r.starts_on < $2::date OR ($3::date IS NOT NULL AND r.ends_on > $3::date))
      ORDER BY r.starts_on, r.id
      LIMIT 1`,
    [seatId, opensOn, closesOn],
  );
  if (outside.length === 0) return;
  const [first] = outside;
  throw DomainError.conflict(
    'SEAT_WINDOW',
    `The rotation of ${first.full_name} from ${first.starts_on} to ${first.ends_on} would lie outside the seat's window`,
  );
}

@Injectable()
export class SeatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SeatEntity) private readonly seats: Repository<SeatEntity>,
  ) {}

  findById(id: string): Promise<SeatEntity | null> {
    return this.seats.findOneBy({ id });
  }

  /** For loaders: every seat of each PMO asked for, by opening date, in one query. */
  async findByPmoIds(pmoIds: readonly string[]): Promise<SeatEntity[][]> {
    const rows = await this.seats.find({
      where: { pmoId: In([...pmoIds]) },
      order: { opensOn: 'ASC', title: 'ASC', id: 'ASC' },
    });
    const byPmo = new Map<string, SeatEntity[]>();
    for (const row of rows) byPmo.set(row.pmoId, [...(byPmo.get(row.pmoId) ?? []), row]);
    return pmoIds.map((id) => byPmo.get(id) ?? []);
  }

  /** Seats open on `day` that no non-cancelled rotation holds that day, per PMO, in one query. */
  async openCounts(pmoIds: readonly string[], day: string): Promise<number[]> {
    const rows: { pmo_id: string; n: number }[] = await this.seats.query(
      `SELECT s.pmo_id, count(*)::int AS n
         FROM seat s
        WHERE s.pmo_id = ANY($1::uuid[])
          AND s.opens_on <= $2::date AND (s.closes_on IS NULL OR s.closes_on >= $2::date)
          AND NOT EXISTS (
                SELECT 1 FROM rotation r
                 WHERE r.seat_id = s.id AND r.cancelled_at IS NULL
                   AND r.starts_on <= $2::date AND r.ends_on >= $2::date)
        GROUP BY s.pmo_id`,
      [pmoIds, day],
    );
    const byPmo = new Map(rows.map((row) => [row.pmo_id, row.n]));
    return pmoIds.map((id) => byPmo.get(id) ?? 0);
  }

  /** A page ordered by PMO name, then title, keyset-paginated on (pmo name, title, id). */
  async page(
    actor: Actor,
    filter: SeatsFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<Seat>> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (filter?.pmoIds?.length) where.push(`s.pmo_id = ANY(${param(filter.pmoIds)}::uuid[])`);
    if (filter?.openOn) {
      const day = param(filter.openOn);
      where.push(
        `s.opens_on <= ${day}::date AND (s.closes_on IS NULL OR s.closes_on >= ${day}::date)`,
      );
    }
    if (filter?.directedByMe) {
      where.push(
        `EXISTS (SELECT 1 FROM pmo_director d WHERE d.pmo_id = s.pmo_id AND d.user_id = ${param(actor.id)}::uuid)`,
      );
    }
    const countSql = `SELECT count(*)::int AS n FROM seat s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const countParams = [...params];

    if (after) {
      const [pmoName, title, id] = decodeCursor(after, 3);
      where.push(
        `(p.name, s.title, s.id) > (${param(String(pmoName))}, ${param(String(title))}, ${param(String(id))}::uuid)`,
      );
    }
    const pageSql = `
      SELECT s.id, s.pmo_id, s.role, s.title, s.opens_on::text AS opens_on, s.closes_on::text AS closes_on,
             s.version, p.name AS pmo_name
        FROM seat s JOIN pmo p ON p.id = s.pmo_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY p.name, s.title, s.id
       LIMIT ${param(first + 1)}`;

    const [rows, counted] = await Promise.all([
      this.dataSource.query<SeatRow[]>(pageSql, params),
      this.dataSource.query<{ n: number }[]>(countSql, countParams),
    ]);
    const page = toPage(rows, first, counted[0].n, (row) => [row.pmo_name, row.title, row.id]);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: rowToSeat(edge.node) })),
    };
  }

  /** Directors of the PMO (or an admin). */
  async create(actor: Actor, input: CreateSeatInput): Promise<SeatEntity> {
    const closesOn = input.closesOn ?? null;
    assertWindow(input.opensOn, closesOn, 'closesOn');
    return runTransaction(this.dataSource, async (manager) => {
      const pmo = await manager.findOneBy(PmoEntity, { id: input.pmoId });
      if (!pmo) throw DomainError.notFound('PMO');
      await assertDirectsPmo(manager, actor, pmo.id);
      const saved = await manager.save(
        manager.create(SeatEntity, {
          pmoId: pmo.id,
          role: input.role,
          title: input.title.trim(),
          opensOn: input.opensOn,
          closesOn,
        }),
      );
      await recordAudit(manager, {
        actor,
        action: 'SEAT_CREATED',
        entityType: 'seat',
        entityId: saved.id,
        after: toSeat(saved),
      });
      return saved;
    });
  }

  /**
   * Directors of the seat's PMO (or an admin). A window that would leave a non-cancelled
   * rotation outside it is refused by the seat_window_covers_rotations trigger (CONFLICT SEAT_WINDOW).
   */
  async update(actor: Actor, input: UpdateSeatInput): Promise<SeatEntity> {
    return runTransaction(this.dataSource, async (manager) => {
      const current = await manager.findOne(SeatEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw DomainError.notFound('Seat');
      await assertDirectsPmo(manager, actor, current.pmoId);
      assertVersion(current.version, input.version, 'This seat');

      const opensOn = input.opensOn ?? current.opensOn;
      const closesOn = input.closesOn !== undefined ? input.closesOn : current.closesOn;
      assertWindow(opensOn, closesOn, input.closesOn !== undefined ? 'closesOn' : 'opensOn');
      await assertWindowCoversRotations(manager, current.id, opensOn, closesOn);
      await manager.query(
        `UPDATE seat SET role = $2, title = $3, opens_on = $4, closes_on = $5, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          current.id,
          input.role ?? current.role,
          input.title?.trim() ?? current.title,
          opensOn,
          closesOn,
        ],
      );
      const updated = await manager.findOneByOrFail(SeatEntity, { id: current.id });
      await recordAudit(manager, {
        actor,
        action: 'SEAT_UPDATED',
        entityType: 'seat',
        entityId: current.id,
        before: toSeat(current),
        after: toSeat(updated),
      });
      return updated;
    });
  }
}
