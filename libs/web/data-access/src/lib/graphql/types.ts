// Hand-written GraphQL result types until codegen arrives. Keep every operation's types in this
// one file so the codegen switch is a single replacement (and keep names codegen-compatible:
// `<OperationName>Query` / `<OperationName>QueryVariables`).
import type { CareerLevel, UserRole } from '@stint/domain';

export type { CareerLevel, UserRole };

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDateString = string;

export interface User {
  __typename?: 'User';
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  personId: string | null;
}

export interface Department {
  __typename?: 'Department';
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  coverageTarget: number;
  awayCap: number;
  /** People employed today. */
  headcount: number;
}

export interface PageInfo {
  __typename?: 'PageInfo';
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Person {
  __typename?: 'Person';
  id: string;
  employeeNumber: string;
  fullName: string;
  email: string;
  careerLevel: CareerLevel;
  pmSince: IsoDateString;
  hiredOn: IsoDateString;
  leftOn: IsoDateString | null;
  onLeave: boolean;
  department: Department;
}

export interface PeopleFilter {
  search?: string | null;
  departmentIds?: readonly string[] | null;
  careerLevels?: readonly CareerLevel[] | null;
}

// ---- operations -------------------------------------------------------------------------------

export type DepartmentHeadcount = Pick<Department, 'id' | 'code' | 'name' | 'headcount'> & {
  __typename?: 'Department';
};

export interface DepartmentsHeadcountQuery {
  departments: DepartmentHeadcount[];
}

export type DepartmentsHeadcountQueryVariables = Record<string, never>;

export interface MeQuery {
  me:
    | (Pick<User, 'id' | 'email' | 'displayName' | 'role' | 'personId'> & { __typename?: 'User' })
    | null;
}

export type MeQueryVariables = Record<string, never>;

/** The signed-in user as the dashboard knows them (`me`, and the user `login` returns). */
export type SessionUser = NonNullable<MeQuery['me']>;

// The token `login` also returns is for API clients; the browser relies on the httpOnly cookie,
// so the document does not ask for it and it never sits in the cache or in JS memory.
export interface LoginMutation {
  login: { __typename?: 'LoginResult'; user: SessionUser };
}

export interface LoginMutationVariables {
  email: string;
  password: string;
}

export interface LogoutMutation {
  logout: boolean;
}

export type LogoutMutationVariables = Record<string, never>;
