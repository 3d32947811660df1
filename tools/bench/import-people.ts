// node tools/scripts/run-ts.mjs tools/bench/import-people.ts [--rows 100000]
// Times the HR CSV import (PeopleImportService, called directly: no HTTP body limit in the way)
// on a deterministic file: a dry run, the real run, the same file again (all unchanged), and a
// file where every tenth row changed. Uses a scratch database on DATABASE_URL's server, or on the
// embedded PostgreSQL when DATABASE_URL is not set, and drops it afterwards.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, migrateUp, withDatabase } from '@stint/api-core';
import { CAREER_LEVELS } from '@stint/domain';
import { Rng } from '@stint/generator';
import { PeopleImportService, CsvParseReader, type PeopleImportResult } from '@stint/api-people';

const DEPARTMENTS = ['FIN', 'IT', 'OPS', 'HR', 'LEGAL', 'SALES', 'R-AND-D', 'SUPPLY'];
const HEADER =
  'employee_number,full_name,email,department_code,career_level,pm_since,hired_on,left_on,on_leave';

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Edsger',
  'Barbara',
  'Donald',
  'Frances',
  'Ken',
  'Margaret',
  'Tim',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Allen',
  'Thompson',
  'Hamilton',
  'Berners-Lee',
];

function date(rand: () => number, fromYear: number, years: number): string {
  const day = new Date(Date.UTC(fromYear, 0, 1) + Math.floor(rand() * years * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * `rows` people; with `changeEvery`, every n-th row gets a new career level and department;
 * with `effectiveOn`, every row names the day its change takes effect (600 different days, all
 * after every hire), so history is recorded as of many dates in one import.
 */
function generateCsv(rows: number, changeEvery = 0, effectiveOn = false): string {
  // The generator's seeded stream: the same file on every run.
  const rng = new Rng('import-people-bench');
  const rand = () => rng.next();
  const lines = [effectiveOn ? `${HEADER},effective_on` : HEADER];
  for (let i = 1; i <= rows; i++) {
    const first = FIRST[Math.floor(rand() * FIRST.length)];
    const last = LAST[Math.floor(rand() * LAST.length)];
    const hiredOn = date(rand, 2005, 18);
    const pmSince = date(rand, 2008, 15);
    const leftOn = rand() < 0.1 ? date(rand, 2024, 3) : '';
    const changed = changeEvery > 0 && i % changeEvery === 0;
    const department =
      DEPARTMENTS[
        (Math.floor(rand() * DEPARTMENTS.length) + (changed ? 1 : 0)) % DEPARTMENTS.length
      ];
    const level =
      CAREER_LEVELS[
        (Math.floor(rand() * CAREER_LEVELS.length) + (changed ? 1 : 0)) % CAREER_LEVELS.length
      ];
    const name = i % 50 === 0 ? `"${last}, ${first}"` : `${first} ${last}`;
    lines.push(
      [
        `E${String(i).padStart(7, '0')}`,
        name,
        `${first}.${last}.${i}@example.test`.toLowerCase(),
        department,
        level.toLowerCase(),
        pmSince,
        leftOn && leftOn < hiredOn ? hiredOn : hiredOn,
        leftOn && leftOn < hiredOn ? '' : leftOn,
        rand() < 0.03 ? 'yes' : 'no',
        ...(effectiveOn
          ? [new Date(Date.UTC(2024, 0, 1) + (i % 600) * 86_400_000).toISOString().slice(0, 10)]
          : []),
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

async function withScratchDatabase<T>(
  serverUrl: string,
  work: (url: string) => Promise<T>,
): Promise<T> {
  const name = `stint_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

interface Measured {
  step: string;
  seconds: number;
  result: PeopleImportResult;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1 || rows > 200_000)
    throw new Error('--rows must be 1 to 200000');

  const config = loadConfig();
  const csv = generateCsv(rows);
  const changed = generateCsv(rows, 10);
  // Every fifth row changed (half of them already are): 10% more rows change, each as of its own day.
  const dated = generateCsv(rows, 5, true);
  console.log(`CSV: ${rows} rows, ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MB`);

  await withDatabase(config, (serverUrl) =>
    withScratchDatabase(serverUrl, async (url) => {
      await migrateUp(url);
      const dataSource = await new DataSource(dataSourceOptions({ url, poolSize: 2 })).initialize();
      try {
        await dataSource.query(
          `INSERT INTO department (code, name) SELECT c, 'Department ' || c FROM unnest($1::text[]) AS c`,
          [DEPARTMENTS],
        );
        const service = new PeopleImportService(dataSource, new CsvParseReader());
        const measured: Measured[] = [];
        const time = async (step: string, text: string, dryRun: boolean) => {
          const started = performance.now();
          const result = await service.importPeople(null, text, dryRun);
          measured.push({ step, seconds: (performance.now() - started) / 1000, result });
          if (result.errorCount > 0)
            throw new Error(
              `${step}: unexpected errors ${JSON.stringify(result.errors.slice(0, 3))}`,
            );
        };
        await time('dry run (all new)', csv, true);
        await time('import (all new)', csv, false);
        await time('same file again', csv, false);
        await time('dry run (10% changed)', changed, true);
        await time('import (10% changed)', changed, false);
        await time('dry run (10% more changed, effective_on)', dated, true);
        await time('import (10% more changed, effective_on)', dated, false);

        console.table(
          measured.map(({ step, seconds, result }) => ({
            step,
            seconds: Number(seconds.toFixed(2)),
            applied: result.applied,
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
            'rows listed': result.rowsShown,
          })),
        );
        const [{ n, versions }] = await dataSource.query(
          `SELECT count(*)::int AS n, sum(version)::int AS versions FROM person`,
        );
        console.log(
          `person rows: ${n}; sum of versions: ${versions} (each changed row bumped once)`,
        );
      } finally {
        await dataSource.destroy();
      }
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
