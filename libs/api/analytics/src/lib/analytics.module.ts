import { Module } from '@nestjs/common';
import { AnalyticsResolver } from './analytics.resolver';
import { CandidatesService } from './services/candidates.service';
import { CoverageService } from './services/coverage.service';
import { FairnessService } from './services/fairness.service';
import { ImpactService } from './services/impact.service';
import { OutcomesService } from './services/outcomes.service';
import { StaffingService } from './services/staffing.service';

/** Coverage, staffing, fairness, candidates, rotation impact and outcomes, computed in PostgreSQL. */
@Module({
  providers: [
    CoverageService,
    StaffingService,
    FairnessService,
    CandidatesService,
    ImpactService,
    OutcomesService,
    AnalyticsResolver,
  ],
})
export class AnalyticsModule {}
