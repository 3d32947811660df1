import DataLoader from 'dataloader';
import { requestLoader, type RequestContext } from '@stint/api-core';
import type { PersonEntity } from '@stint/api-data';
import type { PeopleService } from './people.service';

/**
 * Batches the people read by id while resolving one request: the dashboard reads names as a
 * dozen `person(id:)` aliases in one query (PersonNames), one statement instead of twelve.
 */
export function personLoader(context: RequestContext, service: PeopleService) {
  return requestLoader<string, PersonEntity | undefined>(
    context,
    'person.byId',
    () => new DataLoader((ids) => service.findByIds(ids)),
  );
}
