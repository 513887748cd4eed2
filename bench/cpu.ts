import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Database } from '../src/db/database.ts';

// CPU spent per request, beside the rates: the rates move with whatever else the machine runs, the
// CPU a request costs much less. The server's share is the CPU time of its main thread, read from
// /proc (the load generator runs in a worker thread of its own; PGlite runs in the main thread, so on
// PGlite this is the database's CPU too). On a PostgreSQL server on this machine, the database's share is
// the CPU time of the backends serving this database, read from /proc; elsewhere it is not known.

export interface CpuSpent {
  /** Milliseconds of CPU used by the server's main thread (its event-loop busy time where /proc is missing). */
  serverMs: number;
  /** Milliseconds of CPU used by this database's PostgreSQL backends; null when it cannot be read. */
  databaseMs: number | null;
}

const TICKS_PER_SECOND = 100; // Linux USER_HZ

async function backendPids(database: Database): Promise<number[]> {
  if (database.engine !== 'postgres') return [];
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(database.db);
  return rows.map((r) => Number(r.pid));
}

/** utime + stime of a process (or of one of its threads), in clock ticks; null where /proc cannot tell. */
function cpuTicksOf(pid: number, thread?: number): number | null {
  try {
    const stat = readFileSync(thread ? `/proc/${pid}/task/${thread}/stat` : `/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15 of the line)
  } catch {
    return null;
  }
}

/** Starts measuring; the returned function stops and says what was spent. */
export async function startCpuMeter(database: Database): Promise<() => Promise<CpuSpent>> {
  const loopBefore = performance.eventLoopUtilization();
  const mainBefore = cpuTicksOf(process.pid, process.pid);
  const before = new Map<number, number | null>();
  for (const pid of await backendPids(database)) before.set(pid, cpuTicksOf(pid));
  return async () => {
    const loop = performance.eventLoopUtilization(loopBefore);
    let databaseMs: number | null = null;
    if (database.engine === 'postgres') {
      let ticks = 0;
      let readable = false;
      for (const pid of new Set([...before.keys(), ...(await backendPids(database))])) {
        const now = cpuTicksOf(pid);
        if (now == null) continue;
        readable = true;
        ticks += now - (before.get(pid) ?? 0);
      }
      databaseMs = readable ? (ticks * 1000) / TICKS_PER_SECOND : null;
    }
    const mainAfter = cpuTicksOf(process.pid, process.pid);
    const serverMs = mainBefore != null && mainAfter != null ? ((mainAfter - mainBefore) * 1000) / TICKS_PER_SECOND : loop.active;
    return { serverMs, databaseMs };
  };
}

/**
 * CPU of the whole PostgreSQL server the database runs on, when it runs on this machine: every live child
 * of the postmaster (backends, parallel workers, the checkpointer and WAL writer) plus the postmaster's own
 * and that of the children it has reaped (parallel workers that ended). For one big statement that may use
 * parallel workers, where the backends alone would miss the workers' share. Null where /proc cannot tell.
 */
export async function startServerCpuMeter(database: Database): Promise<() => number | null> {
  const postmaster = await postmasterPid(database);
  const read = () => (postmaster == null ? null : serverTicks(postmaster));
  const before = read();
  return () => {
    const after = read();
    return before == null || after == null ? null : ((after - before) * 1000) / TICKS_PER_SECOND;
  };
}

async function postmasterPid(database: Database): Promise<number | null> {
  if (database.engine !== 'postgres') return null;
  const { rows: [r] } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
  try {
    const stat = readFileSync(`/proc/${r.pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null; // the server runs elsewhere
  }
}

function serverTicks(postmaster: number): number | null {
  const fieldsOf = (pid: number) => { const s = readFileSync(`/proc/${pid}/stat`, 'utf8'); return s.slice(s.lastIndexOf(')') + 2).split(' '); };
  try {
    const own = fieldsOf(postmaster);
    let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]); // utime, stime, cutime, cstime
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const f = fieldsOf(Number(entry));
        if (Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
      } catch { /* ended meanwhile */ }
    }
    return ticks;
  } catch {
    return null;
  }
}
