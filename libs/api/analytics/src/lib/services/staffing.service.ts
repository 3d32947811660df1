import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '@stint/api-core';
import { todayIso } from '@stint/domain';
import type { RequestFunnelArgs } from '../dto/analytics.inputs';
import type {
  HeadcountCell,
  LevelParticipation,
  OpenSeat,
  RequestFunnel,
  Staffing,
  UpcomingReturn,
} from '../models/staffing.model';
import { HEADCOUNT_CELLS_SQL, PARTICIPATION_SQL } from '../sql/staffing.sql';
import { OPEN_SEATS_SQL, REQUEST_FUNNEL_SQL, UPCOMING_RETURNS_SQL } from '../sql/fill.sql';
import { readAnalytics } from './analytics-read';
import { asOfOrToday, share } from './analytics-range';

/** staffing (four statements) and requestFunnel (one), each in one read transaction. */
@Injectable()
export class StaffingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async staffing(asOfArg: string | null | undefined): Promise<Staffing> {
    const asOf = asOfOrToday(asOfArg);
    const [headcount, participation, upcomingReturns, openSeats] = await readAnalytics(
      this.dataSource,
      async (manager) =>
        [
          (await manager.query(HEADCOUNT_CELLS_SQL, [asOf])) as HeadcountCell[],
          (await manager.query(PARTICIPATION_SQL, [asOf])) as Omit<
            LevelParticipation,
            'participation'
          >[],
          (await manager.query(UPCOMING_RETURNS_SQL, [asOf])) as UpcomingReturn[],
          (await manager.query(OPEN_SEATS_SQL, [asOf])) as OpenSeat[],
        ] as const,
    );
    return {
      asOf,
      headcount,
      participation: participation.map((p) => ({
        ...p,
        participation: share(p.onRotation + p.alumni, p.headcount),
      })),
      upcomingReturns,
      openSeats,
    };
  }

  async requestFunnel(args: RequestFunnelArgs): Promise<RequestFunnel> {
    if (args.from && args.to && args.to < args.from) {
      throw DomainError.badInput([{ field: 'to', message: 'Must be on or after from.' }]);
    }
    const rows: RequestFunnel[] = await readAnalytics(this.dataSource, (manager) =>
      manager.query(REQUEST_FUNNEL_SQL, [
        args.from ?? null,
        args.to ?? null,
        args.departmentIds?.length ? args.departmentIds : null,
        todayIso(),
      ]),
    );
    return rows[0];
  }
}
