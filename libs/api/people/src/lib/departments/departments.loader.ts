import DataLoader from 'dataloader';
import { requestLoader, type RequestContext } from '@stint/api-core';
import { todayIso } from '@stint/domain';
import type { DepartmentEntity } from '@stint/api-data';
import type { DepartmentsService } from './departments.service';

/** Batches department lookups made while resolving one request (Person.department). */
export function departmentLoader(context: RequestContext, service: DepartmentsService) {
  return requestLoader<string, DepartmentEntity | undefined>(
    context,
    'department.byId',
    () => new DataLoader((ids) => service.findByIds(ids)),
  );
}

/** Batches today's headcount for every department in the response. */
export function headcountLoader(context: RequestContext, service: DepartmentsService) {
  return requestLoader<string, number>(
    context,
    'department.headcount',
    () => new DataLoader((ids) => service.headcounts(ids, todayIso())),
  );
}
