import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runLoad, type BenchRequest } from './load.ts';
import { freePort } from './free-port.ts';

// Slot search through `commons start --workers 1` and then `--workers 2` on the bench's PostgreSQL
// database: what a second server process adds on this machine (issue 8: use the cores a host has).
// The real command, as an operator runs it (cluster workers sharing one port, background jobs in one
// of them; the measure ends before their first interval). The clients, the servers and PostgreSQL
// share this machine's cores, so on two cores the speed-up is bounded by what the others leave.

export interface WorkerSpeedUp {
  clients: number;
  one: { rps: number };
  two: { rps: number };
  speedUp: number;
}

const COMMONS = fileURLToPath(new URL('../bin/commons.js', import.meta.url));

async function untilReady(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`commons start stopped (code ${child.exitCode}): ${log().slice(-500)}`);
    try {
      if ((await fetch(`${origin}/api/v1/health/ready`)).status === 200) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`commons start was not ready within 120 s: ${log().slice(-500)}`);
}

async function searchRate(databaseUrl: string, workers: number, requests: BenchRequest[], clients: number, seconds: number): Promise<number> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [COMMONS, 'start', '--workers', String(workers)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => { output += d; });
  child.stderr?.on('data', (d) => { output += d; });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await untilReady(origin, child, () => output);
    await runLoad({ origin, mode: 'closed', clients, seconds: 1, requests });
    const load = await runLoad({ origin, mode: 'closed', clients, seconds, requests });
    const ok = load.statuses[200] ?? 0;
    if (ok === 0) throw new Error(`slot search through commons start answered no 200: ${load.sampleErrors.join('; ')}`);
    return ok / (load.elapsedMs / 1000);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

/** Slot search rate with one server process and with two, on the same database and requests. */
export async function measureWorkerSpeedUp(p: { databaseUrl: string; requests: BenchRequest[]; clients: number; seconds: number }): Promise<WorkerSpeedUp> {
  const one = await searchRate(p.databaseUrl, 1, p.requests, p.clients, p.seconds);
  const two = await searchRate(p.databaseUrl, 2, p.requests, p.clients, p.seconds);
  return { clients: p.clients, one: { rps: Math.round(one) }, two: { rps: Math.round(two) }, speedUp: Number((two / one).toFixed(2)) };
}
