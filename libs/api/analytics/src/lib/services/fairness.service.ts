import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CAREER_LEVEL_LABELS, type CareerLevel } from '@stint/domain';
import type { FairnessArgs } from '../dto/analytics.inputs';
import { FAIRNESS_MIN_GROUP, type Fairness, type FairnessGroup } from '../models/fairness.model';
import { FAIRNESS_SQL } from '../sql/fairness.sql';
import { readAnalytics } from './analytics-read';
import { checkPeriod } from './analytics-range';

/** fairness(from, to): one statement in one read transaction, the levels' labels added here. */
@Injectable()
export class FairnessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async fairness(args: FairnessArgs): Promise<Fairness> {
    checkPeriod(args.from, args.to, 'QUARTER', '');
    const rows: (Omit<FairnessGroup, 'label'> & { label: string })[] = await readAnalytics(
      this.dataSource,
      (manager) => manager.query(FAIRNESS_SQL, [args.from, args.to, FAIRNESS_MIN_GROUP]),
    );
    return {
      from: args.from,
      to: args.to,
      groups: rows.map((g) => ({
        ...g,
        label: g.dimension === 'LEVEL' ? CAREER_LEVEL_LABELS[g.label as CareerLevel] : g.label,
      })),
    };
  }
}
