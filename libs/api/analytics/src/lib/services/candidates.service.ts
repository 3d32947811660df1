import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, type Actor } from '@stint/api-core';
import { assertDirectsPmo, currentPolicy } from '@stint/api-data';
import {
  CAREER_LEVELS,
  GOALS_OFFERED,
  levelRank,
  todayIso,
  windowEnd,
  type CareerLevel,
  type EligibilityPolicy,
  type PmoScope,
  type SeatRole,
} from '@stint/domain';
import type { CandidatesArgs } from '../dto/analytics.inputs';
import type { Candidate, ScorePart } from '../models/candidate.model';
import { CANDIDATES_SQL } from '../sql/candidates.sql';
import { readAnalytics } from './analytics-read';

export interface SeatFacts {
  role: SeatRole;
  pmoId: string;
  scope: PmoScope;
}

interface CandidateRow {
  personId: string;
  fullName: string;
  departmentId: string;
  departmentName: string;
  careerLevel: CareerLevel;
  requestId: string | null;
  requestMatch: 'PMO' | 'SCOPE' | 'ANY' | 'OTHER' | null;
  goalsMatched: number;
  target: number;
  cap: number;
  share: number | null;
  worst: number | null;
  waitedMonths: number;
  rotations: number;
  openRequest: number;
  goalsMatch: number;
  belowTarget: number;
  awayRoom: number;
  waited: number;
  firstRotation: number;
  score: number;
}

const pct = (x: number | null) => `${Math.round((x ?? 0) * 100)}%`;

/** The parameters of CANDIDATES_SQL, in order (exported for the benchmark and tests). */
export function candidatesParams(
  seat: SeatFacts,
  question: { startsOn: string; months: number; first: number },
  policy: EligibilityPolicy,
  today: string,
): unknown[] {
  const seatLevels =
    seat.role === 'PMO_MANAGER'
      ? CAREER_LEVELS.filter((level) => levelRank(level) >= levelRank(policy.managerSeatMinLevel))
      : [...CAREER_LEVELS];
  return [
    question.startsOn,
    windowEnd(question.startsOn, question.months),
    today,
    policy.eligibleLevels,
    policy.minExperienceMonths,
    policy.cooldownMonths,
    policy.maxRotations,
    question.months >= policy.minDurationMonths && question.months <= policy.maxDurationMonths,
    seatLevels,
    GOALS_OFFERED[seat.scope],
    seat.pmoId,
    seat.scope,
    question.first,
  ];
}

function requestLabel(row: CandidateRow): string {
  switch (row.requestMatch) {
    case 'PMO':
      return 'Open request preferring this PMO';
    case 'SCOPE':
      return 'Open request preferring this kind of PMO';
    case 'ANY':
      return 'Open request with no preferred PMO';
    case 'OTHER':
      return 'Open request preferring another PMO';
    default:
      return 'No open request';
  }
}

export function toCandidate(row: CandidateRow): Candidate {
  const parts: ScorePart[] = [
    { code: 'OPEN_REQUEST', label: requestLabel(row), points: row.openRequest },
    {
      code: 'GOALS_MATCH',
      label: row.requestId
        ? `${row.goalsMatched} requested goal(s) this PMO offers`
        : 'No requested goals',
      points: row.goalsMatch,
    },
    {
      code: 'BELOW_TARGET',
      label: `Home department at ${pct(row.share)} experienced against a ${pct(row.target)} target`,
      points: row.belowTarget,
    },
    {
      code: 'AWAY_ROOM',
      label: `Home department at most ${pct(row.worst)} away with this rotation, cap ${pct(row.cap)}`,
      points: row.awayRoom,
    },
    { code: 'WAITED', label: `Eligible for ${row.waitedMonths} month(s)`, points: row.waited },
    {
      code: 'FIRST_ROTATION',
      label: row.rotations === 0 ? 'No earlier rotation' : `${row.rotations} earlier rotation(s)`,
      points: row.firstRotation,
    },
  ];
  return {
    personId: row.personId,
    fullName: row.fullName,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    careerLevel: row.careerLevel,
    requestId: row.requestId,
    score: Math.round(row.score * 100) / 100,
    parts,
  };
}

/** candidates: seat, director check, policy, then one statement for the eligible set and scores. */
@Injectable()
export class CandidatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async candidates(actor: Actor, args: CandidatesArgs): Promise<Candidate[]> {
    return readAnalytics(this.dataSource, (manager) => this.read(manager, actor, args));
  }

  private async read(
    manager: EntityManager,
    actor: Actor,
    args: CandidatesArgs,
  ): Promise<Candidate[]> {
    const seats: SeatFacts[] = await manager.query(
      `SELECT s.role, s.pmo_id AS "pmoId", p.scope FROM seat s JOIN pmo p ON p.id = s.pmo_id WHERE s.id = $1`,
      [args.seatId],
    );
    if (!seats[0]) throw DomainError.notFound('Seat');
    await assertDirectsPmo(manager, actor, seats[0].pmoId);
    const policy = await currentPolicy(manager);
    const rows: CandidateRow[] = await manager.query(
      CANDIDATES_SQL,
      candidatesParams(seats[0], args, policy, todayIso()),
    );
    return rows.map(toCandidate);
  }
}
