import DataLoader from 'dataloader';
import { requestLoader, type RequestContext } from '@stint/api-core';
import type { SeatEntity } from '@stint/api-data';
import { todayIso } from '@stint/domain';
import type { SeatsService } from './seats.service';

/** Batches Pmo.seats for every PMO in the response. */
export function seatsByPmoLoader(context: RequestContext, service: SeatsService) {
  return requestLoader<string, SeatEntity[]>(
    context,
    'pmos.seats.byPmo',
    () => new DataLoader((pmoIds) => service.findByPmoIds(pmoIds)),
  );
}

/** Batches Pmo.openSeatCount (as of today) for every PMO in the response. */
export function openSeatCountLoader(context: RequestContext, service: SeatsService) {
  return requestLoader<string, number>(
    context,
    'pmos.seats.openCount',
    () => new DataLoader((pmoIds) => service.openCounts(pmoIds, todayIso())),
  );
}
