import { Module } from '@nestjs/common';
import { AnalyticsResolver } from './analytics.resolver';
import { CandidatesService } from './services/candidates.service';
import { CoverageService } from './services/coverage.service';
import { ImpactService } from './services/impact.service';
import { StaffingService } from './services/staffing.service';

/** Coverage, staffing, fairness, candidates and rotation impact, computed in PostgreSQL. */
@Module({
  providers: [
    CoverageService,
    StaffingService,
    CandidatesService,
    ImpactService,
    AnalyticsResolver,
  ],
})
export class AnalyticsModule {}
