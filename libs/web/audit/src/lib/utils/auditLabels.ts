// Words for what the audit trail stores as identifiers: record types (table names), actions
// (past-tense verbs) and the field names of the records' JSON snapshots.

const ENTITY_TYPE_LABELS: Readonly<Record<string, string>> = {
  person: 'Person',
  department: 'Department',
  people_import: 'People import',
  pmo: 'PMO',
  seat: 'Seat',
  rotation: 'Rotation',
  rotation_request: 'Rotation request',
  eligibility_policy: 'Eligibility policy',
  user_account: 'User account',
};

const FIELD_LABELS: Readonly<Record<string, string>> = {
  // people and departments
  employeeNumber: 'Employee number',
  fullName: 'Full name',
  email: 'E-mail',
  departmentId: 'Department',
  careerLevel: 'Career level',
  pmSince: 'Managing projects since',
  hiredOn: 'Hired on',
  leftOn: 'Left on',
  onLeave: 'On leave',
  parentId: 'Parent department',
  coverageTarget: 'Coverage target',
  awayCap: 'Away cap',
  // PMOs and seats
  programName: 'Program name',
  directorIds: 'Directors',
  pmoId: 'PMO',
  opensOn: 'Opens on',
  closesOn: 'Closes on',
  // requests and rotations
  personId: 'Person',
  seatId: 'Seat',
  requestId: 'Request',
  rotationId: 'Rotation',
  startsOn: 'Starts on',
  endsOn: 'Ends on',
  goals: 'Goals',
  goalsAchieved: 'Goals achieved',
  outcomeNote: 'Outcome note',
  cancelledAt: 'Cancelled at',
  cancelReason: 'Cancellation reason',
  awayCapOverrideReason: 'Away-cap override reason',
  earliestStart: 'Earliest start',
  durationMonths: 'Duration (months)',
  preferredScope: 'Preferred kind of PMO',
  preferredPmoId: 'Preferred PMO',
  submittedAt: 'Sent at',
  decidedAt: 'Decided at',
  decidedBy: 'Decided by',
  decisionNote: 'Decision note',
  createdBy: 'Created by',
  // users and the policy
  displayName: 'Display name',
  passwordChanged: 'Password changed',
  eligibleLevels: 'Eligible levels',
  minExperienceMonths: 'Experience needed (months)',
  cooldownMonths: 'Cool-down (months)',
  maxRotations: 'Most rotations per person',
  minDurationMonths: 'Shortest rotation (months)',
  maxDurationMonths: 'Longest rotation (months)',
  managerSeatMinLevel: 'Lowest level for a PMO manager seat',
  // an import
  sha256: 'File fingerprint (SHA-256)',
};

/** 'rotation_request' → 'Rotation request'; unknown types in plain words too. */
export function entityTypeLabel(entityType: string): string {
  return ENTITY_TYPE_LABELS[entityType] ?? sentence(entityType.replace(/_/g, ' '));
}

/** 'ROTATION_REQUEST_DECLINED' → 'Rotation request declined'; 'PMO_CREATED' → 'PMO created'. */
export function actionLabel(action: string): string {
  return sentence(action.replace(/_/g, ' ').toLowerCase());
}

/** A snapshot's field name in words: 'pmSince' → 'Managing projects since', 'fooBar' → 'Foo bar'. */
export function fieldLabel(key: string): string {
  if (/^\d+$/.test(key)) return `Item ${Number(key)}`;
  return FIELD_LABELS[key] ?? sentence(key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase());
}

/** Capitalised, with the product's acronyms kept in capitals. */
function sentence(words: string): string {
  const text = words.replace(/\b(pmo|pm|hr|id|csv)\b/gi, (w) => w.toUpperCase());
  return text.charAt(0).toUpperCase() + text.slice(1);
}
