// Statistics and the BENCHMARKS.md text for tools/bench/analytics.ts. The file keeps one section per
// kind of server (the embedded PostgreSQL, DATABASE_URL's server): a run rewrites its own section
// and keeps the other one, so both tables can be read side by side.
import { existsSync, readFileSync } from 'node:fs';

export interface Timing {
  p50: number;
  max: number;
  samples: number;
}

export function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  // The lower median for an even count: with 5 runs, the third fastest.
  return {
    p50: sorted[Math.ceil(sorted.length / 2) - 1],
    max: sorted[sorted.length - 1],
    samples: sorted.length,
  };
}

export type ServerKind = 'embedded' | 'DATABASE_URL';

export interface ServerInfo {
  kind: ServerKind;
  version: string;
  /** `SHOW jit` */
  jit: string;
  /** `SELECT pg_jit_available()`: the server was built with LLVM and can JIT. */
  jitAvailable: boolean;
  jitAboveCost: string;
  /** How fast this machine is (analytics.ts, serverInfo): to compare runs across machines. */
  yardstick: { pgMs: number; jsMs: number };
}

export interface Row {
  size: string;
  operation: string;
  /** For operations timed on several inputs: the one reported (the slowest by API p50). */
  caseLabel?: string;
  /** Every case's API p50, when there are several. */
  cases?: { label: string; why: string; apiP50: number }[];
  /** Statements per request, every count seen (one value when it did not vary). */
  statements: number[];
  authStatements: number;
  api: Timing;
  sql: Timing;
  /** The same SQL with `SET jit = off` on the direct connection (servers that can JIT). */
  sqlJitOff?: Timing;
}

const ms = (x: number) =>
  x >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toFixed(x >= 100 ? 0 : 1);

export function describeServer(server: ServerInfo): string {
  const where =
    server.kind === 'embedded'
      ? 'the embedded PostgreSQL (DATABASE_URL unset)'
      : "DATABASE_URL's server";
  const jit = server.jitAvailable
    ? `JIT ${server.jit === 'on' ? 'on' : 'off'} (\`SHOW jit\` = ${server.jit}, \`pg_jit_available()\` = true, \`jit_above_cost\` = ${server.jitAboveCost})`
    : `no JIT (\`SHOW jit\` = ${server.jit}, but \`pg_jit_available()\` = false: built without LLVM)`;
  return `${where}: PostgreSQL ${server.version}, ${jit}`;
}

export function statementsCell(row: Row): string {
  const counts = row.statements;
  if (counts.length === 1)
    return `${counts[0]} (${row.authStatements} + ${counts[0] - row.authStatements})`;
  return `${counts.join(' / ')} (varied)`;
}

/** Whether the request sent statements of its own (the request floor sends only the session's). */
const ownSql = (r: Row) => r.statements.some((n) => n > r.authStatements);

export function resultsTable(rows: Row[]): string {
  const jitOff = rows.some((r) => r.sqlJitOff);
  const lines = [
    `| size | operation | statements / request (auth + operation) | API p50 ms | API max ms | SQL p50 ms | API/SQL p50 | API − SQL p50 ms |${jitOff ? ' SQL p50 ms with jit = off |' : ''}`,
    `|---|---|---|---|---|---|---|---|${jitOff ? '---|' : ''}`,
    ...rows.map(
      (r) =>
        `| ${r.size} | ${r.operation}${r.caseLabel ? ` — slowest: ${r.caseLabel}` : ''} | ${statementsCell(r)} | ${ms(r.api.p50)} | ${ms(r.api.max)} | ${ownSql(r) ? ms(r.sql.p50) : '—'} | ${ownSql(r) ? (r.api.p50 / r.sql.p50).toFixed(2) : '—'} | ${ms(r.api.p50 - (ownSql(r) ? r.sql.p50 : 0))} |${jitOff ? ` ${r.sqlJitOff && ownSql(r) ? ms(r.sqlJitOff.p50) : '—'} |` : ''}`,
    ),
  ];
  return lines.join('\n');
}

/** API p50 per operation and size, and the growth from the first size to the last. */
export function growthTable(rows: Row[], sizes: string[]): string {
  const operations = [...new Set(rows.map((r) => r.operation))];
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const lines = [
    `| operation | ${sizes.map((s) => `${s} ms`).join(' | ')} | growth ${first} → ${last} | statements equal at every size |`,
    `|---|${sizes.map(() => '---|').join('')}---|---|`,
  ];
  for (const operation of operations) {
    const bySize = new Map(rows.filter((r) => r.operation === operation).map((r) => [r.size, r]));
    const a = bySize.get(first);
    const b = bySize.get(last);
    const growth = a && b && sizes.length > 1 ? `${(b.api.p50 / a.api.p50).toFixed(1)}×` : '—';
    const counts = new Set([...bySize.values()].flatMap((r) => r.statements));
    lines.push(
      `| ${operation} | ${sizes
        .map((s) => {
          const r = bySize.get(s);
          return r ? ms(r.api.p50) : '—';
        })
        .join(
          ' | ',
        )} | ${growth} | ${counts.size === 1 ? 'yes' : `no (${[...counts].join(', ')})`} |`,
    );
  }
  return lines.join('\n');
}

export function candidateCases(rows: Row[]): string {
  return rows
    .flatMap((r) => (r.cases && r.cases.length > 1 ? [{ size: r.size, cases: r.cases }] : []))
    .map(
      (r) =>
        `- ${r.size}: ${r.cases.map((c) => `${c.label} (${c.why}) ${ms(c.apiP50)} ms`).join('; ')}`,
    )
    .join('\n');
}

const MARK = (kind: string) => [`<!-- bench:${kind} -->`, `<!-- /bench:${kind} -->`] as const;

/** The section a run writes, between markers so the next run of the other kind can keep it. */
export function section(kind: string, body: string): string {
  const [open, close] = MARK(kind);
  return `${open}\n${body.trim()}\n${close}`;
}

/**
 * A section of an existing BENCHMARKS.md, if it has one: the other server kind's, or `screens`
 * (the browser timings, written by hand from apps/web-e2e/src/screens-large.e2e-spec.ts).
 */
export function keptSection(file: string, kind: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const [open, close] = MARK(kind);
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) return undefined;
  return text.slice(start, end + close.length);
}
