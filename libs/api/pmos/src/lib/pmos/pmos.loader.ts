import DataLoader from 'dataloader';
import { requestLoader, type RequestContext } from '@stint/api-core';
import type { PmoEntity } from '@stint/api-data';
import type { PmoDirector } from './pmo.model';
import type { PmoDepartment, PmosService } from './pmos.service';

/** Batches PMO lookups made while resolving one request (Seat.pmo). */
export function pmoLoader(context: RequestContext, service: PmosService) {
  return requestLoader<string, PmoEntity | undefined>(
    context,
    'pmos.pmo.byId',
    () => new DataLoader((ids) => service.findByIds(ids)),
  );
}

/** Batches Pmo.directors for every PMO in the response. */
export function directorsLoader(context: RequestContext, service: PmosService) {
  return requestLoader<string, PmoDirector[]>(
    context,
    'pmos.directors.byPmo',
    () => new DataLoader((pmoIds) => service.directorsOf(pmoIds)),
  );
}

/** Batches Pmo.departmentCode / departmentName. */
export function pmoDepartmentLoader(context: RequestContext, service: PmosService) {
  return requestLoader<string, PmoDepartment | undefined>(
    context,
    'pmos.department.byId',
    () => new DataLoader((ids) => service.departmentsByIds(ids)),
  );
}
