import { diffAuditValues, parseSnapshot } from './auditDiff';
import { actionLabel, entityTypeLabel, fieldLabel } from './auditLabels';
import { formatAuditValue, formatInstant } from './formatAuditValue';

describe('diffAuditValues', () => {
  it('lists only the fields that changed, in words, without bookkeeping', () => {
    const before = {
      id: 'p1',
      version: 3,
      updatedAt: '2026-11-01T09:00:00.000Z',
      fullName: 'Ann Example',
      careerLevel: 'PROJECT_MANAGER',
      pmSince: '2019-04-01',
      onLeave: false,
    };
    const after = {
      ...before,
      version: 4,
      updatedAt: '2026-11-29T10:15:00.000Z',
      careerLevel: 'SENIOR_PROJECT_MANAGER',
      pmSince: '2018-04-01',
      onLeave: true,
    };
    expect(diffAuditValues(before, after)).toEqual([
      {
        key: 'careerLevel',
        label: 'Career level',
        kind: 'changed',
        before: 'Project Manager',
        after: 'Senior Project Manager',
      },
      {
        key: 'pmSince',
        label: 'Managing projects since',
        kind: 'changed',
        before: '1 April 2019',
        after: '1 April 2018',
      },
      { key: 'onLeave', label: 'On leave', kind: 'changed', before: 'No', after: 'Yes' },
    ]);
  });

  it('marks values that appear as added and values that go as removed', () => {
    const rows = diffAuditValues(
      { status: 'SUBMITTED', decisionNote: null, motivation: 'Grow', leftOn: '2027-01-31' },
      { status: 'DECLINED', decisionNote: 'Not this year', motivation: 'Grow' },
    );
    expect(rows).toEqual([
      {
        key: 'status',
        label: 'Status',
        kind: 'changed',
        before: 'Awaiting decision',
        after: 'Declined',
      },
      {
        key: 'decisionNote',
        label: 'Decision note',
        kind: 'added',
        before: null,
        after: 'Not this year',
      },
      { key: 'leftOn', label: 'Left on', kind: 'removed', before: '31 January 2027', after: null },
    ]);
  });

  it('shows a creation as every field it was created with, skipping empty ones', () => {
    const rows = diffAuditValues(null, {
      id: 's1',
      title: 'Analyst',
      role: 'PMO_MANAGER',
      closesOn: null,
      goals: ['PROGRAM_MANAGEMENT', 'PROCESS_IMPROVEMENT'],
      coverageTarget: 0.3,
    });
    expect(rows.map((r) => [r.label, r.kind, r.before, r.after])).toEqual([
      ['Title', 'added', null, 'Analyst'],
      ['Role', 'added', null, 'PMO manager'],
      ['Goals', 'added', null, 'Program management, Process improvement'],
      ['Coverage target', 'added', null, '30%'],
    ]);
  });

  it('flattens nested values into labelled rows and names list items', () => {
    const rows = diffAuditValues(
      { rules: { maxRotations: 2, eligibleLevels: ['PROJECT_MANAGER'] }, seats: [{ title: 'A' }] },
      {
        rules: { maxRotations: 3, eligibleLevels: ['PROJECT_MANAGER', 'PROGRAM_MANAGER'] },
        seats: [{ title: 'A' }, { title: 'B' }],
      },
    );
    expect(rows.map((r) => [r.key, r.label, r.kind, r.before, r.after])).toEqual([
      ['rules.maxRotations', 'Rules › Most rotations per person', 'changed', '2', '3'],
      [
        'rules.eligibleLevels',
        'Rules › Eligible levels',
        'changed',
        'Project Manager',
        'Project Manager, Program Manager',
      ],
      ['seats.2.title', 'Seats › Item 2 › Title', 'added', null, 'B'],
    ]);
  });

  it('treats reordered object keys as unchanged and a scalar snapshot as one value', () => {
    expect(diffAuditValues({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } })).toEqual([]);
    expect(diffAuditValues('old', 'new')).toEqual([
      { key: '', label: 'Value', kind: 'changed', before: 'old', after: 'new' },
    ]);
    expect(diffAuditValues(null, null)).toEqual([]);
  });

  it('names referenced records through the resolver and leaves unknown ids as they are', () => {
    const names: Record<string, string> = { d1: 'Finance', u1: 'Dana Director' };
    const rows = diffAuditValues(
      { departmentId: 'd1', directorIds: ['u1'], title: 'd1' },
      { departmentId: 'd2', directorIds: ['u1', 'u2'], title: 'Analyst' },
      (field, id) => (field === 'title' ? undefined : names[id]),
    );
    expect(rows.map((r) => [r.label, r.before, r.after])).toEqual([
      ['Department', 'Finance', 'd2'],
      ['Directors', 'Dana Director', 'Dana Director, u2'],
      ['Title', 'd1', 'Analyst'],
    ]);
  });

  it('parses the JSON text the API serves, keeping text that is not JSON', () => {
    expect(parseSnapshot('{"a":1}')).toEqual({ a: 1 });
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot('not json')).toBe('not json');
  });
});

describe('audit words', () => {
  it('spells out record types, actions and field names', () => {
    expect(entityTypeLabel('rotation_request')).toBe('Rotation request');
    expect(entityTypeLabel('pmo')).toBe('PMO');
    expect(entityTypeLabel('something_new')).toBe('Something new');
    expect(actionLabel('ROTATION_REQUEST_DECLINED')).toBe('Rotation request declined');
    expect(actionLabel('PMO_UPDATED')).toBe('PMO updated');
    expect(fieldLabel('awayCapOverrideReason')).toBe('Away-cap override reason');
    expect(fieldLabel('someNewField')).toBe('Some new field');
    expect(fieldLabel('3')).toBe('Item 3');
  });

  it('formats values by kind', () => {
    expect(formatAuditValue('awayCap', 0.2)).toBe('20%');
    expect(formatAuditValue('rows', 12500)).toBe('12,500');
    expect(formatAuditValue('scope', 'PROGRAM')).toBe('Program PMO');
    expect(formatAuditValue('role', 'DIRECTOR')).toBe('PMO director');
    expect(formatAuditValue('note', 'KEEP_AS_IS')).toBe('KEEP_AS_IS');
    expect(formatAuditValue('goals', [])).toBe('none');
    expect(formatAuditValue('decidedAt', '2026-11-29T08:05:13.120Z')).toBe(
      '29 November 2026, 08:05 UTC',
    );
    expect(formatInstant('2026-11-29T01:30:00+02:00')).toBe('28 November 2026, 23:30 UTC');
  });
});
