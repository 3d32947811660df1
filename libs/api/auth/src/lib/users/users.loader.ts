import DataLoader from 'dataloader';
import { requestLoader, type RequestContext } from '@stint/api-core';
import type { UserAccountEntity } from '@stint/api-data';
import type { UsersService } from './users.service';

/** Batches account lookups made while resolving one request (User.disabled/version on `me`). */
export function userLoader(context: RequestContext, service: UsersService) {
  return requestLoader<string, UserAccountEntity | undefined>(
    context,
    'user.byId',
    () => new DataLoader((ids) => service.findByIds(ids)),
  );
}
