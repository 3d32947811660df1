import type { OrganisationSize } from './types';

export interface SizeProfile {
  departments: number;
  /** How many of the departments are divisions that others report to. */
  divisions: number;
  /** Everyone who worked here during the history, leavers included. */
  people: number;
  pmos: number;
  seats: number;
  historyYears: number;
  /** Open (SUBMITTED) requests waiting for a decision today. */
  openRequests: number;
  /** PMOs each extra director account directs. */
  pmosPerDirector: number;
}

/** SPEC §7. `xl` scales departments, PMOs and seats with people, as in `large`. */
export const SIZE_PROFILES: Readonly<Record<OrganisationSize, SizeProfile>> = {
  demo: {
    departments: 12,
    divisions: 3,
    people: 400,
    pmos: 8,
    seats: 30,
    historyYears: 6,
    openRequests: 14,
    pmosPerDirector: 2,
  },
  large: {
    departments: 200,
    divisions: 20,
    people: 20_000,
    pmos: 300,
    seats: 2_000,
    historyYears: 10,
    openRequests: 600,
    pmosPerDirector: 3,
  },
  xl: {
    departments: 1_000,
    divisions: 60,
    people: 100_000,
    pmos: 1_500,
    seats: 10_000,
    historyYears: 10,
    openRequests: 3_000,
    pmosPerDirector: 3,
  },
};

export const ORGANISATION_SIZES = Object.keys(SIZE_PROFILES) as OrganisationSize[];

export function isOrganisationSize(value: string): value is OrganisationSize {
  return (ORGANISATION_SIZES as string[]).includes(value);
}
