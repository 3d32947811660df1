import { Navigate } from 'react-router';
import { useSession } from '@stint/web-data-access';
import { homePathFor } from './screens';

/** `/` opens the signed-in role's home screen. */
export function HomeRedirect() {
  const { user } = useSession();
  return user ? <Navigate to={homePathFor(user.role)} replace /> : null;
}
