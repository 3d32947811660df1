import DataLoader from 'dataloader';
import { requestLoader, type RequestContext } from '@stint/api-core';
import type { PersonHistoryEntity } from '@stint/api-data';
import type { PersonHistoryService } from './person-history.service';

/** Batches Person.history for every person in the response into one statement. */
export function personHistoryLoader(context: RequestContext, service: PersonHistoryService) {
  return requestLoader<string, PersonHistoryEntity[]>(
    context,
    'personHistory.byPerson',
    () => new DataLoader((ids) => service.forPeople(ids)),
  );
}
