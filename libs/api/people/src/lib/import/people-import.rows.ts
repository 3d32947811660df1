/**
 * Reading the HR export: the header, then each row checked against the same rules as
 * createPerson. Pure functions; the service adds what only the database knows (e-mails held by
 * other people) and does the writing.
 */
import { DomainError } from '@stint/api-core';
import { isIsoDate, todayIso, type CareerLevel } from '@stint/domain';
import {
  EMAIL_MAX,
  EMAIL_PATTERN,
  EMPLOYEE_NUMBER_MAX,
  FULL_NAME_MAX,
  effectiveDateProblem,
  isCareerLevel,
  leftOnProblem,
} from '../shared/rules';
import type { CsvRecord } from './csv/csv-reader';
import type { ImportError } from './people-import.model';

export const IMPORT_MAX_CHARS = 20 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 200_000;

const REQUIRED_COLUMNS = [
  'employee_number',
  'full_name',
  'email',
  'department_code',
  'career_level',
  'pm_since',
  'hired_on',
] as const;
const OPTIONAL_COLUMNS = ['left_on', 'on_leave', 'effective_on'] as const;
const ALL_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

const TRUE_WORDS = new Set(['true', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'no', '0']);

export interface ImportHeader {
  /** Position of each column in a record; optional columns may be absent. */
  positions: Partial<Record<Column, number>>;
  width: number;
}

/** A row that passed every check this module can make. */
export interface ImportRow {
  line: number;
  employeeNumber: string;
  fullName: string;
  email: string;
  departmentId: string;
  careerLevel: CareerLevel;
  pmSince: string;
  hiredOn: string;
  /** null: employed (or, when the file has no left_on column, keep what the person has). */
  leftOn: string | null;
  /** null: the file has no on_leave column; keep what the person has (false for new people). */
  onLeave: boolean | null;
  /**
   * The day this row's department, level and leave changes take effect; null: today. Unused
   * for new people, whose history starts at their hire.
   */
  effectiveOn: string | null;
}

export interface RowsChecked {
  rows: ImportRow[];
  errors: ImportError[];
  /** Lines of rows with at least one error, with the employee number as written. */
  failed: Map<number, string | null>;
}

function refuse(message: string): never {
  throw DomainError.badInput([{ field: 'csv', message }]);
}

/** The header row: every required column once, nothing unknown (a typo must not drop data silently). */
export function readHeader(record: CsvRecord | undefined): ImportHeader {
  if (!record) refuse('The file is empty; it needs a header row');
  const positions: Partial<Record<Column, number>> = {};
  const unknown: string[] = [];
  record.fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!ALL_COLUMNS.includes(name)) {
      unknown.push(raw.trim() || `(empty, column ${index + 1})`);
      return;
    }
    if (positions[name as Column] !== undefined) refuse(`The header names column ${name} twice`);
    positions[name as Column] = index;
  });
  const missing = REQUIRED_COLUMNS.filter((column) => positions[column] === undefined);
  if (missing.length > 0) refuse(`The header is missing required column(s): ${missing.join(', ')}`);
  if (unknown.length > 0) {
    refuse(
      `The header has unknown column(s): ${unknown.join(', ')}; the columns are ${ALL_COLUMNS.join(', ')}`,
    );
  }
  return { positions, width: record.fields.length };
}

/**
 * Checks every data row. `departments` maps department codes (upper case) to ids.
 * Duplicates inside the file are reported on the later line, naming the first.
 */
export function checkRows(
  records: CsvRecord[],
  header: ImportHeader,
  departments: Map<string, string>,
  today: string = todayIso(),
): RowsChecked {
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  const failed = new Map<number, string | null>();
  const numberSeen = new Map<string, number>();
  const emailSeen = new Map<string, number>();
  const at = header.positions;

  for (const record of records) {
    const line = record.line;
    const problems: ImportError[] = [];
    const problem = (column: Column | null, message: string) =>
      problems.push({ line, column, message });
    const cell = (column: Column): string => {
      const index = at[column];
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    if (record.fields.length !== header.width) {
      problem(
        null,
        `Expected ${header.width} fields as in the header, found ${record.fields.length}`,
      );
      errors.push(...problems);
      failed.set(line, cell('employee_number') || null);
      continue;
    }

    const employeeNumber = cell('employee_number');
    if (!employeeNumber) problem('employee_number', 'employee_number is required');
    else if (employeeNumber.length > EMPLOYEE_NUMBER_MAX) {
      problem(
        'employee_number',
        `employee_number must be at most ${EMPLOYEE_NUMBER_MAX} characters`,
      );
    } else if (numberSeen.has(employeeNumber)) {
      problem(
        'employee_number',
        `Employee number ${employeeNumber} is already on line ${numberSeen.get(employeeNumber)}`,
      );
    } else numberSeen.set(employeeNumber, line);

    const fullName = cell('full_name');
    if (!fullName) problem('full_name', 'full_name is required');
    else if (fullName.length > FULL_NAME_MAX)
      problem('full_name', `full_name must be at most ${FULL_NAME_MAX} characters`);

    const email = cell('email');
    const emailKey = email.toLowerCase();
    if (!email) problem('email', 'email is required');
    else if (email.length > EMAIL_MAX)
      problem('email', `email must be at most ${EMAIL_MAX} characters`);
    else if (!EMAIL_PATTERN.test(email)) problem('email', `"${email}" is not an e-mail address`);
    else if (emailSeen.has(emailKey))
      problem('email', `The e-mail ${email} is already on line ${emailSeen.get(emailKey)}`);
    else emailSeen.set(emailKey, line);

    const code = cell('department_code').toUpperCase();
    const departmentId = departments.get(code);
    if (!code) problem('department_code', 'department_code is required');
    else if (!departmentId) problem('department_code', `No department has the code ${code}`);

    const level = cell('career_level').toUpperCase();
    if (!isCareerLevel(level))
      problem('career_level', `"${cell('career_level')}" is not a career level`);

    const pmSince = cell('pm_since');
    if (!isIsoDate(pmSince))
      problem('pm_since', `pm_since must be a real date written YYYY-MM-DD (got "${pmSince}")`);
    const hiredOn = cell('hired_on');
    if (!isIsoDate(hiredOn))
      problem('hired_on', `hired_on must be a real date written YYYY-MM-DD (got "${hiredOn}")`);
    const leftOn = cell('left_on') || null;
    if (leftOn !== null && !isIsoDate(leftOn)) {
      problem(
        'left_on',
        `left_on must be empty or a real date written YYYY-MM-DD (got "${leftOn}")`,
      );
    } else {
      const order = leftOnProblem(hiredOn, leftOn);
      if (order)
        problem('left_on', order.replace('leftOn', 'left_on').replace('hiredOn', 'hired_on'));
    }

    let onLeave: boolean | null = null;
    if (at.on_leave !== undefined) {
      const word = cell('on_leave').toLowerCase();
      if (word === '' || FALSE_WORDS.has(word)) onLeave = false;
      else if (TRUE_WORDS.has(word)) onLeave = true;
      else
        problem(
          'on_leave',
          `on_leave must be true/false, yes/no or 1/0 (got "${cell('on_leave')}")`,
        );
    }

    const effectiveOn = cell('effective_on') || null;
    if (effectiveOn !== null) {
      const wrong = isIsoDate(effectiveOn)
        ? effectiveDateProblem(
            'effective_on',
            effectiveOn,
            isIsoDate(hiredOn) ? hiredOn : '',
            today,
          )
        : `effective_on must be empty or a real date written YYYY-MM-DD (got "${effectiveOn}")`;
      if (wrong) problem('effective_on', wrong);
    }

    if (problems.length > 0) {
      errors.push(...problems);
      failed.set(line, employeeNumber || null);
      continue;
    }
    rows.push({
      line,
      employeeNumber,
      fullName,
      email,
      departmentId: departmentId as string,
      careerLevel: level as CareerLevel,
      pmSince,
      hiredOn,
      leftOn,
      onLeave,
      effectiveOn,
    });
  }
  return { rows, errors, failed };
}
