import type {
  CareerLevel,
  DevelopmentGoal,
  IsoDate,
  PmoScope,
  RequestStatus,
  SeatRole,
  UserRole,
} from '@stint/domain';

// Rows are keyed by their column names (snake_case) on purpose: they are database rows, the
// loader writes them column by column, and a reader can match them to the migrations 1:1.

/** An ISO-8601 UTC timestamp, e.g. '2024-03-01T09:30:00.000Z'. */
export type IsoTimestamp = string;

export type OrganisationSize = 'demo' | 'large' | 'xl';

export interface GenerateOptions {
  size: OrganisationSize;
  seed: number;
  /** "Today" for the data ('YYYY-MM-DD'): history lies before it, planned rotations after. */
  anchor: IsoDate;
}

export interface DepartmentRow {
  id: string;
  code: string;
  name: string;
  parent_id: string | null;
  coverage_target: number;
  away_cap: number;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export interface PersonRow {
  id: string;
  employee_number: string;
  full_name: string;
  email: string;
  department_id: string;
  career_level: CareerLevel;
  pm_since: IsoDate;
  hired_on: IsoDate;
  left_on: IsoDate | null;
  on_leave: boolean;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

/** A stretch [valid_from, valid_to) of a person's department, level and leave (valid_to null = open). */
export interface PersonHistoryRow {
  id: string;
  person_id: string;
  valid_from: IsoDate;
  valid_to: IsoDate | null;
  department_id: string;
  career_level: CareerLevel;
  on_leave: boolean;
  created_at: IsoTimestamp;
}

export interface UserAccountRow {
  id: string;
  email: string;
  display_name: string;
  role: UserRole;
  password_hash: string | null;
  person_id: string | null;
  disabled: boolean;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export interface PmoRow {
  id: string;
  name: string;
  scope: PmoScope;
  department_id: string | null;
  program_name: string | null;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export interface PmoDirectorRow {
  pmo_id: string;
  user_id: string;
}

export interface SeatRow {
  id: string;
  pmo_id: string;
  role: SeatRole;
  title: string;
  opens_on: IsoDate;
  closes_on: IsoDate | null;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export interface RotationRequestRow {
  id: string;
  person_id: string;
  status: RequestStatus;
  goals: DevelopmentGoal[];
  preferred_scope: PmoScope | null;
  preferred_pmo_id: string | null;
  earliest_start: IsoDate;
  duration_months: number;
  motivation: string;
  submitted_at: IsoTimestamp;
  decided_at: IsoTimestamp | null;
  decided_by: string | null;
  decision_note: string | null;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export interface RotationRow {
  id: string;
  person_id: string;
  seat_id: string;
  request_id: string | null;
  starts_on: IsoDate;
  ends_on: IsoDate;
  goals: DevelopmentGoal[];
  cancelled_at: IsoTimestamp | null;
  cancel_reason: string | null;
  goals_achieved: DevelopmentGoal[] | null;
  outcome_note: string | null;
  away_cap_override_reason: string | null;
  created_by: string | null;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

/** Every generated table, in foreign-key order (the order the loader writes them). */
export interface OrganisationTables {
  department: DepartmentRow[];
  person: PersonRow[];
  /** Tiles [hired_on, ∞) per person; the open stretch equals the person row. */
  person_history: PersonHistoryRow[];
  user_account: UserAccountRow[];
  pmo: PmoRow[];
  pmo_director: PmoDirectorRow[];
  seat: SeatRow[];
  rotation_request: RotationRequestRow[];
  rotation: RotationRow[];
}

export type TableName = keyof OrganisationTables;

export const TABLE_ORDER: readonly TableName[] = [
  'department',
  'person',
  'person_history',
  'user_account',
  'pmo',
  'pmo_director',
  'seat',
  'rotation_request',
  'rotation',
];

export interface Organisation {
  options: GenerateOptions;
  tables: OrganisationTables;
}

export interface DemoLogin {
  email: string;
  role: UserRole;
  password: string;
}
