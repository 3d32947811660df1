import { toParticipationRows } from './toParticipationRows';
import { toOpenSeatRows, toUpcomingReturnRows } from './toUpcomingReturnRows';

describe('toParticipationRows', () => {
  it('orders levels junior first and counts the experienced', () => {
    const rows = toParticipationRows([
      {
        careerLevel: 'PROGRAM_MANAGER',
        headcount: 4,
        onRotation: 1,
        alumni: 1,
        participation: 0.5,
      },
      {
        careerLevel: 'PROJECT_COORDINATOR',
        headcount: 0,
        onRotation: 0,
        alumni: 0,
        participation: 0,
      },
      {
        careerLevel: 'PROJECT_MANAGER',
        headcount: 20,
        onRotation: 2,
        alumni: 3,
        participation: 0.25,
      },
    ]);
    expect(rows).toEqual([
      {
        level: 'PROJECT_COORDINATOR',
        label: 'Project Coordinator',
        headcount: 0,
        experienced: 0,
        participation: 0,
      },
      {
        level: 'PROJECT_MANAGER',
        label: 'Project Manager',
        headcount: 20,
        experienced: 5,
        participation: 0.25,
      },
      {
        level: 'PROGRAM_MANAGER',
        label: 'Program Manager',
        headcount: 4,
        experienced: 2,
        participation: 0.5,
      },
    ]);
  });
});

describe('toUpcomingReturnRows and toOpenSeatRows', () => {
  it('lists returns soonest first, ties by name', () => {
    const base = { personId: 'p', departmentName: 'IT', pmoName: 'PMO', seatTitle: 'Analyst' };
    const rows = toUpcomingReturnRows([
      { ...base, rotationId: '1', fullName: 'Zoe', endsOn: '2026-12-31' },
      { ...base, rotationId: '2', fullName: 'Bea', endsOn: '2027-01-31' },
      { ...base, rotationId: '3', fullName: 'Ann', endsOn: '2026-12-31' },
    ]);
    expect(rows.map((r) => r.rotationId)).toEqual(['3', '1', '2']);
  });

  it('lists seats longest open first', () => {
    const base = { pmoId: 'x', role: 'PMO_ANALYST' as const, closesOn: null };
    const rows = toOpenSeatRows([
      { ...base, seatId: '1', pmoName: 'B', title: 'Analyst', opensOn: '2026-03-01' },
      { ...base, seatId: '2', pmoName: 'A', title: 'Analyst', opensOn: '2026-03-01' },
      { ...base, seatId: '3', pmoName: 'C', title: 'Analyst', opensOn: '2025-01-01' },
    ]);
    expect(rows.map((r) => r.seatId)).toEqual(['3', '2', '1']);
  });
});
