import type { UserRole } from '@stint/domain';

/** Admins manage every PMO; a director only those that list them (the API's assertDirectsPmo). */
export function mayManagePmo(
  user: { id: string; role: UserRole } | null | undefined,
  directors: ReadonlyArray<{ id: string }>,
): boolean {
  if (!user) return false;
  if (user.role === 'ADMIN') return true;
  return user.role === 'DIRECTOR' && directors.some((d) => d.id === user.id);
}
