import { Module } from '@nestjs/common';

/** Coverage, staffing, fairness, candidates and rotation impact, computed in PostgreSQL. */
@Module({
  imports: [],
  providers: [],
})
export class AnalyticsModule {}
