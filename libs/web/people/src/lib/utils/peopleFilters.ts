import { CAREER_LEVELS, type CareerLevel } from '@stint/domain';

export type EligibilityFilter = 'yes' | 'no' | null;

export interface PeopleFilters {
  search: string;
  departmentId: string | null;
  level: CareerLevel | null;
  eligible: EligibilityFilter;
}

/** `/people?q=ann&department=…&level=PROJECT_MANAGER&eligible=yes` */
export function readPeopleFilters(params: URLSearchParams): PeopleFilters {
  const level = params.get('level');
  const eligible = params.get('eligible');
  return {
    search: params.get('q')?.trim() ?? '',
    departmentId: params.get('department') || null,
    level: (CAREER_LEVELS as readonly string[]).includes(level ?? '')
      ? (level as CareerLevel)
      : null,
    eligible: eligible === 'yes' || eligible === 'no' ? eligible : null,
  };
}

export function writePeopleFilters(filters: PeopleFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.departmentId) params.set('department', filters.departmentId);
  if (filters.level) params.set('level', filters.level);
  if (filters.eligible) params.set('eligible', filters.eligible);
  return params;
}

/** The API's PeopleFilter; the server answers eligibility with the policy's rules, set-based. */
export function toPeopleFilter(filters: PeopleFilters) {
  return {
    ...(filters.search ? { search: filters.search } : {}),
    ...(filters.departmentId ? { departmentIds: [filters.departmentId] } : {}),
    ...(filters.level ? { careerLevels: [filters.level] } : {}),
    ...(filters.eligible ? { eligible: filters.eligible === 'yes' } : {}),
  };
}
