import { execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

// A PostgreSQL database the benchmark may fill with millions of rows and throw away afterwards:
// a new database on the server of DATABASE_URL when one is given (dropped at the end), or else a
// cluster of its own started from the installed server binaries (/usr/lib/postgresql/*/bin) in a
// temporary folder, stopped and deleted at the end. Null when neither is possible.

export interface ThrowawayPostgres {
  url: string;
  /** For the report: which server, and its settings that matter for big statements. */
  where: string;
  dispose(): Promise<void>;
}

/** Settings of the bench's own cluster: a modest production-like server, not the 4 MB work_mem default. */
const CLUSTER_SETTINGS = {
  shared_buffers: '1GB',
  work_mem: '64MB',
  maintenance_work_mem: '512MB',
  max_wal_size: '8GB',
  synchronous_commit: 'off',
  max_parallel_workers_per_gather: '2',
};

function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'pg_ctl'))) return join(root, v, 'bin');
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const port = (s.address() as { port: number }).port; s.close(() => done(port)); });
  });
}

/**
 * `keep` (with DATABASE_URL only): the database is named after the label alone, reused when it exists and
 * left in place at the end, so a bench that builds millions of rows can build them once.
 */
export async function openThrowawayPostgres(env: NodeJS.ProcessEnv, label: string, o: { keep?: boolean } = {}): Promise<ThrowawayPostgres | null> {
  if (env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: env.DATABASE_URL });
    await admin.connect();
    const name = o.keep ? `commons_bench_${label}_kept` : `commons_bench_${label}_${process.pid}`;
    const exists = o.keep && (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
    if (!exists) await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(env.DATABASE_URL);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      where: `PostgreSQL ${u.hostname}:${u.port || 5432}, ${o.keep ? `kept database ${name}${exists ? ' (reused)' : ''}` : `throwaway database ${name}`} (the server's own settings)`,
      async dispose() {
        if (o.keep) return;
        const c = new pg.Client({ connectionString: env.DATABASE_URL });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const bin = findPgBin();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), `commons-bench-${label}-`));
  const dataDir = join(dir, 'data');
  // PostgreSQL refuses to run as root: then the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  const run = (tool: string, args: string[]) => {
    const cmd = join(bin, tool);
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    return execFileSync(file, argv, { stdio: 'pipe', timeout: 120_000 });
  };
  const port = await freePort();
  run('initdb', ['-D', dataDir, '--username=postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  const settings = Object.entries(CLUSTER_SETTINGS).map(([k, v]) => `${k} = '${v}'`).join('\n');
  appendFileSync(join(dataDir, 'postgresql.conf'), `\nlisten_addresses = '127.0.0.1'\nport = ${port}\nunix_socket_directories = '${dir}'\n${settings}\n`);
  // -l matters: without a log file the server keeps our stdout open and pg_ctl never returns.
  run('pg_ctl', ['-D', dataDir, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  const version = execFileSync(join(bin, 'postgres'), ['--version']).toString().trim();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    where: `${version}, a throwaway cluster in ${dir} (${Object.entries(CLUSTER_SETTINGS).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    async dispose() {
      try { run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']); } catch { /* already stopped */ }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
