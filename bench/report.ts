import type { Kysely, RawBuilder } from 'kysely';

// Figures and the plain-text table the benchmark prints.

/** The nearest-rank percentile (0–100) of a list of numbers; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
}

export function perSecond(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return `${Math.round(value).toLocaleString('en-GB')}/s`;
}

export function count(value: number): string {
  return value.toLocaleString('en-GB');
}

/** A table of plain text: the first row is the header; numbers right-aligned. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** Runs fn once to warm up, then `repeats` times, and returns each run's milliseconds. */
export async function timeIt(repeats: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/**
 * A runner of set-based load statements that times each one into `seconds` under its name and logs
 * the rows it touched (the bench populations are built this way, statement by statement).
 */
export function timedStep<DB>(db: Kysely<DB>, seconds: Record<string, number>, log: (line: string) => void) {
  return async (name: string, statement: RawBuilder<unknown>) => {
    const start = performance.now();
    const r = await statement.execute(db);
    seconds[name] = (performance.now() - start) / 1000;
    log(`  ${name}: ${r.numAffectedRows ?? ''} rows in ${seconds[name].toFixed(1)} s`);
  };
}
