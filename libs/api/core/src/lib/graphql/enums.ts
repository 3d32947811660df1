import { registerEnumType } from '@nestjs/graphql';
import {
  CAREER_LEVELS,
  DEVELOPMENT_GOALS,
  PMO_SCOPES,
  REQUEST_STATUSES,
  ROTATION_STATUSES,
  SEAT_ROLES,
  USER_ROLES,
} from '@stint/domain';

/** GraphQL enums built from the domain's value lists, so the API and the rules cannot drift. */
function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const CareerLevelEnum = enumObject(CAREER_LEVELS);
export const UserRoleEnum = enumObject(USER_ROLES);
export const PmoScopeEnum = enumObject(PMO_SCOPES);
export const SeatRoleEnum = enumObject(SEAT_ROLES);
export const DevelopmentGoalEnum = enumObject(DEVELOPMENT_GOALS);
export const RotationStatusEnum = enumObject(ROTATION_STATUSES);
export const RequestStatusEnum = enumObject(REQUEST_STATUSES);

registerEnumType(CareerLevelEnum, {
  name: 'CareerLevel',
  description: 'Career path, most junior first',
});
registerEnumType(UserRoleEnum, { name: 'UserRole' });
registerEnumType(PmoScopeEnum, { name: 'PmoScope' });
registerEnumType(SeatRoleEnum, { name: 'SeatRole' });
registerEnumType(DevelopmentGoalEnum, { name: 'DevelopmentGoal' });
registerEnumType(RotationStatusEnum, { name: 'RotationStatus' });
registerEnumType(RequestStatusEnum, { name: 'RequestStatus' });
