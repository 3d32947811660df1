import type { StaffingFairnessQuery, StaffingOverviewQuery } from '@stint/web-data-access';

/** The `staffing` answer as the Staffing screen asks for it. */
export type StaffingData = StaffingOverviewQuery['staffing'];
export type HeadcountCell = StaffingData['headcount'][number];
export type LevelParticipation = StaffingData['participation'][number];
export type UpcomingReturn = StaffingData['upcomingReturns'][number];
export type OpenSeat = StaffingData['openSeats'][number];
export type FairnessGroup = StaffingFairnessQuery['fairness']['groups'][number];
