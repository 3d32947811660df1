import { CAREER_LEVEL_LABELS, CAREER_LEVELS, type CareerLevel } from '@stint/domain';
import type { LevelParticipation } from './staffingTypes';

export interface ParticipationRow {
  level: CareerLevel;
  label: string;
  headcount: number;
  experienced: number;
  participation: number;
}

/** Participation by career level in career order (junior first), whatever order they came in. */
export function toParticipationRows(levels: readonly LevelParticipation[]): ParticipationRow[] {
  return [...levels]
    .sort((a, b) => CAREER_LEVELS.indexOf(a.careerLevel) - CAREER_LEVELS.indexOf(b.careerLevel))
    .map((l) => ({
      level: l.careerLevel,
      label: CAREER_LEVEL_LABELS[l.careerLevel],
      headcount: l.headcount,
      experienced: l.onRotation + l.alumni,
      participation: l.headcount > 0 ? l.participation : 0,
    }));
}
