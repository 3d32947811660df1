import type { CoverageData } from '../utils/coverageTypes';

// A hand-built `coverage` answer (not a spec: shared by the specs). Three departments, four
// quarters around asOf 2026-11-25: 2026-Q2 and 2026-Q3 are actuals, 2026-Q4 (ends after asOf)
// and 2027-Q1 are forecasts. Every share is written out by hand from the counts beside it.
//   Finance: 10 PMs, 1 on rotation + 2 alumni = 30% (target 30%), away 10% (cap 20%)
//   IT:      20 PMs, 5 on rotation + 1 alumnus = 30% (target 40%), away 25% (cap 20%)
//   Legal:    0 PMs today (everyone left in Q3), target 25%, cap 20%
// The shared API fixture (@stint/domain/testing) is checked in utils/apiFixture.spec.ts; this
// one adds the edges it lacks: an emptied department, a missing bucket, unsorted buckets.
export const COVERAGE_FIXTURE: CoverageData = {
  asOf: '2026-11-25',
  granularity: 'QUARTER',
  totals: {
    headcount: 30,
    onRotation: 6,
    alumni: 3,
    eligible: 11,
    experienceShare: 0.3,
    awayShare: 0.2,
    openSeats: 2,
    pendingRequests: 4,
  },
  series: [
    // Deliberately out of order: the transform sorts by date.
    {
      label: '2026-Q3',
      date: '2026-09-30',
      forecast: false,
      headcount: 32,
      onRotation: 4,
      alumni: 4,
      eligible: 10,
      experienceShare: 0.25,
      awayShare: 0.125,
    },
    {
      label: '2026-Q2',
      date: '2026-06-30',
      forecast: false,
      headcount: 30,
      onRotation: 3,
      alumni: 3,
      eligible: 9,
      experienceShare: 0.2,
      awayShare: 0.1,
    },
    {
      label: '2026-Q4',
      date: '2026-12-31',
      forecast: true,
      headcount: 30,
      onRotation: 6,
      alumni: 3,
      eligible: 11,
      experienceShare: 0.3,
      awayShare: 0.2,
    },
    {
      label: '2027-Q1',
      date: '2027-03-31',
      forecast: true,
      headcount: 30,
      onRotation: 4,
      alumni: 6,
      eligible: 12,
      experienceShare: 1 / 3,
      awayShare: 4 / 30,
    },
  ],
  departments: [
    {
      departmentId: 'd-fin',
      code: 'FIN',
      name: 'Finance',
      coverageTarget: 0.3,
      awayCap: 0.2,
      headcount: 10,
      onRotation: 1,
      alumni: 2,
      eligible: 4,
      experienceShare: 0.3,
      awayShare: 0.1,
      series: [
        {
          label: '2026-Q2',
          date: '2026-06-30',
          forecast: false,
          headcount: 10,
          experienceShare: 0.1,
        },
        {
          label: '2026-Q3',
          date: '2026-09-30',
          forecast: false,
          headcount: 10,
          experienceShare: 0.2,
        },
        {
          label: '2026-Q4',
          date: '2026-12-31',
          forecast: true,
          headcount: 10,
          experienceShare: 0.3,
        },
        {
          label: '2027-Q1',
          date: '2027-03-31',
          forecast: true,
          headcount: 10,
          experienceShare: 0.4,
        },
      ],
    },
    {
      departmentId: 'd-it',
      code: 'IT',
      name: 'IT',
      coverageTarget: 0.4,
      awayCap: 0.2,
      headcount: 20,
      onRotation: 5,
      alumni: 1,
      eligible: 7,
      experienceShare: 0.3,
      awayShare: 0.25,
      series: [
        {
          label: '2026-Q2',
          date: '2026-06-30',
          forecast: false,
          headcount: 18,
          experienceShare: 0.25,
        },
        {
          label: '2026-Q3',
          date: '2026-09-30',
          forecast: false,
          headcount: 20,
          experienceShare: 0.3,
        },
        {
          label: '2026-Q4',
          date: '2026-12-31',
          forecast: true,
          headcount: 20,
          experienceShare: 0.3,
        },
        {
          label: '2027-Q1',
          date: '2027-03-31',
          forecast: true,
          headcount: 20,
          experienceShare: 0.15,
        },
      ],
    },
    {
      departmentId: 'd-leg',
      code: 'LEG',
      name: 'Legal',
      coverageTarget: 0.25,
      awayCap: 0.2,
      headcount: 0,
      onRotation: 0,
      alumni: 0,
      eligible: 0,
      experienceShare: 0,
      awayShare: 0,
      series: [
        {
          label: '2026-Q2',
          date: '2026-06-30',
          forecast: false,
          headcount: 2,
          experienceShare: 0.5,
        },
        { label: '2026-Q3', date: '2026-09-30', forecast: false, headcount: 2, experienceShare: 0 },
        { label: '2026-Q4', date: '2026-12-31', forecast: true, headcount: 0, experienceShare: 0 },
        // Legal's 2027-Q1 bucket is missing on purpose: the heatmap must not shift the row.
      ],
    },
  ],
};
