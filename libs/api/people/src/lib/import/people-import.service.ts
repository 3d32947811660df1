import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, recordAudit, runTransaction, type Actor } from '@stint/api-core';
import { CSV_READER, CsvSyntaxError, type CsvReader, type CsvRecord } from './csv/csv-reader';
import type { ImportRowResult, PeopleImportResult } from './people-import.model';
import {
  checkRows,
  IMPORT_MAX_CHARS,
  IMPORT_MAX_ROWS,
  readHeader,
  type ImportHeader,
  type ImportRow,
} from './people-import.rows';
import {
  APPLY_IMPORT,
  CREATE_IMPORT_TABLE,
  FIRST_ROWS,
  LOAD_IMPORT_ROWS,
  type StagedRow,
  toChanges,
} from './people-import.sql';

/** How much of a long file the answer lists; the counts always cover every row. */
export const ROWS_SHOWN = 500;
export const ERRORS_SHOWN = 1000;
/** Two imports at once would race on the same people; the second waits for the first. */
const IMPORT_LOCK_KEY = 'stint:people-import';

/** Thrown to end a dry run (or a run with errors) by rolling back, carrying the answer out. */
class RollBack {
  constructor(readonly result: PeopleImportResult) {}
}

/**
 * Upserts people from an HR export in one transaction: all rows or none. Rows are staged in a
 * temporary table with one INSERT … SELECT unnest(…), compared with `person` in SQL, and
 * applied with one INSERT … ON CONFLICT that touches only rows that differ.
 */
@Injectable()
export class PeopleImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CSV_READER) private readonly reader: CsvReader,
  ) {}

  async importPeople(
    actor: Actor | null,
    csv: string,
    dryRun: boolean,
  ): Promise<PeopleImportResult> {
    const [headerRecord, ...records] = this.parse(csv);
    const header = readHeader(headerRecord);
    if (records.length > IMPORT_MAX_ROWS) {
      throw DomainError.badInput([
        {
          field: 'csv',
          message: `The file has ${records.length} rows; at most ${IMPORT_MAX_ROWS} can be imported at once`,
        },
      ]);
    }
    try {
      return await runTransaction(this.dataSource, async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [IMPORT_LOCK_KEY]);
        const result = await this.plan(manager, records, header, dryRun);
        if (dryRun || result.errorCount > 0) throw new RollBack(result);
        const applied = await this.apply(manager);
        const final: PeopleImportResult = {
          ...result,
          applied: true,
          created: applied.created,
          updated: applied.updated,
          unchanged: records.length - applied.created - applied.updated,
        };
        await recordAudit(manager, {
          actor,
          action: 'PEOPLE_IMPORTED',
          entityType: 'people_import',
          entityId: randomUUID(),
          before: null,
          after: {
            rows: final.totalRows,
            created: final.created,
            updated: final.updated,
            unchanged: final.unchanged,
            sha256: createHash('sha256').update(csv).digest('hex'),
          },
        });
        return final;
      });
    } catch (error) {
      if (error instanceof RollBack) return error.result;
      throw error;
    }
  }

  private parse(csv: string): CsvRecord[] {
    if (csv.length > IMPORT_MAX_CHARS) {
      throw DomainError.badInput([
        { field: 'csv', message: `csv must be at most ${IMPORT_MAX_CHARS / 1024 / 1024} MB` },
      ]);
    }
    try {
      return this.reader.read(csv);
    } catch (error) {
      if (error instanceof CsvSyntaxError)
        throw DomainError.badInput([{ field: 'csv', message: error.message }]);
      throw error;
    }
  }

  /** Checks and stages every row and works out what applying would do; writes nothing lasting. */
  private async plan(
    manager: EntityManager,
    records: CsvRecord[],
    header: ImportHeader,
    dryRun: boolean,
  ): Promise<PeopleImportResult> {
    const departments: { id: string; code: string }[] = await manager.query(
      `SELECT id, code FROM department`,
    );
    const byCode = new Map(departments.map((d) => [d.code.toUpperCase(), d.id]));
    const { rows, errors, failed } = checkRows(records, header, byCode);

    await manager.query(CREATE_IMPORT_TABLE);
    await manager.query(LOAD_IMPORT_ROWS, [
      ...columns(rows),
      header.positions.left_on === undefined,
    ]);
    const counts: { action: string; n: number }[] = await manager.query(
      `SELECT action, count(*)::int AS n FROM person_import GROUP BY action`,
    );
    const count = (action: string) => counts.find((c) => c.action === action)?.n ?? 0;
    const stagedErrors: { line: number; problem_column: string; problem: string }[] =
      await manager.query(
        `SELECT line, problem_column, problem FROM person_import WHERE action = 'ERROR' ORDER BY line LIMIT $1`,
        [ERRORS_SHOWN],
      );
    const allErrors = mergeByLine(
      errors,
      stagedErrors.map((e) => ({ line: e.line, column: e.problem_column, message: e.problem })),
    ).slice(0, ERRORS_SHOWN);

    const staged: StagedRow[] = await manager.query(FIRST_ROWS, [ROWS_SHOWN]);
    const shown = mergeByLine<ImportRowResult>(
      [...failed].map(([line, employeeNumber]) => ({
        line,
        employeeNumber,
        action: 'ERROR',
        changes: [],
      })),
      staged.map((row) => ({
        line: row.line,
        employeeNumber: row.employee_number,
        action: row.action,
        changes: toChanges(row),
      })),
    ).slice(0, ROWS_SHOWN);

    return {
      dryRun,
      applied: false,
      totalRows: records.length,
      created: count('CREATE'),
      updated: count('UPDATE'),
      unchanged: count('UNCHANGED'),
      errorCount: errors.length + count('ERROR'),
      errors: allErrors,
      rows: shown,
      rowsShown: shown.length,
    };
  }

  private async apply(manager: EntityManager): Promise<{ created: number; updated: number }> {
    const [counts]: { created: number; updated: number }[] = await manager.query(APPLY_IMPORT);
    return counts;
  }
}

/** Parallel arrays for unnest(): one statement carries every row. */
function columns(rows: ImportRow[]): unknown[] {
  return [
    rows.map((r) => r.line),
    rows.map((r) => r.employeeNumber),
    rows.map((r) => r.fullName),
    rows.map((r) => r.email),
    rows.map((r) => r.departmentId),
    rows.map((r) => r.careerLevel),
    rows.map((r) => r.pmSince),
    rows.map((r) => r.hiredOn),
    rows.map((r) => r.leftOn),
    rows.map((r) => r.onLeave),
  ];
}

/** Two lists each already in line order, merged in line order. */
function mergeByLine<T extends { line: number }>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].line <= b[j].line)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
