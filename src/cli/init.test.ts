import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { buildApp } from '../server/app.ts';
import { testConfig } from '../server/config.ts';
import { openTestDatabase } from '../../test/support/database.ts';
import { initCommand, PASSWORD_ENV, type InitIo } from './init.ts';
import { UsageError } from './args.ts';
import { demoWanted } from './start.ts';

const PASSWORD = 'riverside lantern copper';
// Each case opens its own database and hashes a password with argon2id (19 MiB): slow on a busy machine.
const SLOW = 180_000;
const dir = mkdtempSync(join(tmpdir(), 'commons-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `commons init` on a database of the test's own, with a terminal that answers its questions in turn. */
async function runInit(database: Database, argv: string[], p: { env?: NodeJS.ProcessEnv; answers?: string[] } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const input = Object.assign(new PassThrough(), { isTTY: !!p.answers, setRawMode: () => input });
  const screen = new PassThrough();
  let shown = '';
  const answers = [...(p.answers ?? [])];
  screen.on('data', (chunk: Buffer) => {
    shown += chunk.toString();
    if (/: $/.test(chunk.toString()) && answers.length) setImmediate(() => input.write(answers.shift() + '\r'));
  });
  const io: InitIo = {
    term: { input, output: screen },
    env: p.env ?? {},
    log: (l) => out.push(l),
    error: (l) => err.push(l),
    openDatabase: async () => ({ ...database, close: async () => {} }),
  };
  const code = await initCommand(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n'), screen: shown };
}

async function signIn(database: Database, email: string, password: string) {
  const app = await buildApp({ database, config: testConfig });
  try {
    return await app.inject({ method: 'POST', url: '/api/v1/identity/login', payload: { email, password } });
  } finally {
    await app.close();
  }
}

const flags = ['--network-name', 'Riverside PCN', '--pcn-ods-code', 'u81234', '--admin-name', 'Ada Admin', '--admin-email', 'Ada.Admin@riverside.test'];

describe('commons init', () => {
  it('creates the network, its PCN and an administrator who can sign in, from flags and a password file', async () => {
    const database = await openTestDatabase();
    const file = join(dir, 'password');
    writeFileSync(file, PASSWORD + '\n', { mode: 0o600 });
    const res = await runInit(database, [...flags, '--admin-password-file', file]);
    expect(res.code, res.err).toBe(0);
    expect(res.out).toContain('Network "Riverside PCN" created');
    expect(res.out).not.toContain(PASSWORD);

    const network = await database.db.selectFrom('network').selectAll().executeTakeFirstOrThrow();
    expect(network).toMatchObject({ name: 'Riverside PCN', ods_code: 'U81234', data_sharing_across_practices: false });
    const orgs = await database.db.selectFrom('organisation').select(['kind', 'ods_code', 'name']).execute();
    expect(orgs).toEqual([{ kind: 'pcn', ods_code: 'U81234', name: 'Riverside PCN' }]);

    const login = await signIn(database, 'ada.admin@riverside.test', PASSWORD);
    expect(login.statusCode).toBe(200);
    expect(login.json().permissions).toEqual(expect.arrayContaining(['network:manage', 'staff:manage', 'tokens:manage']));
    const audit = await database.db.selectFrom('audit_event').select(['action', 'entity', 'actor_role', 'purpose']).orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'create', entity: 'network', actor_role: 'command-line', purpose: 'administration' },
      { action: 'create', entity: 'staff', actor_role: 'command-line', purpose: 'administration' },
    ]);
    await database.close();
  }, SLOW);

  it('refuses a database that already holds a network, and changes nothing', async () => {
    const database = await openTestDatabase();
    expect((await runInit(database, flags, { env: { [PASSWORD_ENV]: PASSWORD } })).code).toBe(0);
    const again = await runInit(database, ['--network-name', 'Takeover', '--admin-name', 'Mallory', '--admin-email', 'mallory@evil.test'], { env: { [PASSWORD_ENV]: 'another long password' } });
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already holds a network, so nothing was created/);
    expect(await database.db.selectFrom('network').select('name').execute()).toEqual([{ name: 'Riverside PCN' }]);
    expect(await database.db.selectFrom('staff').select('email').execute()).toEqual([{ email: 'ada.admin@riverside.test' }]);
    await database.close();
  }, SLOW);

  it('asks on a terminal for what the flags leave out, without echoing the password, and asks again after a wrong answer', async () => {
    const database = await openTestDatabase();
    const res = await runInit(database, [], { answers: ['Hillside PCN', '', 'Bo Admin', 'not an email', 'bo@hillside.test', 'short', PASSWORD, 'a different one!', PASSWORD, PASSWORD] });
    expect(res.code, res.err).toBe(0);
    expect(res.screen).toContain('Name of the network');
    expect(res.screen).toContain('(at least 12 characters; not shown)');
    expect(res.screen).toContain('bo@hillside.test'); // ordinary answers are echoed
    expect(res.screen).not.toContain(PASSWORD);
    expect(res.screen).not.toContain('short');
    expect(res.err).toContain('That must be an email address');
    expect(res.err).toContain('That password is too short');
    expect(res.err).toContain('The two passwords differ');
    expect(await database.db.selectFrom('network').select(['name', 'ods_code']).execute()).toEqual([{ name: 'Hillside PCN', ods_code: null }]);
    expect((await signIn(database, 'bo@hillside.test', PASSWORD)).statusCode).toBe(200);
    await database.close();
  }, SLOW);

  it('in a script, names every missing flag and bad value instead of asking', async () => {
    const database = await openTestDatabase();
    await expect(runInit(database, ['--network-name', 'X'])).rejects.toThrow(/give --admin-name, --admin-email, --admin-password-file or COMMONS_ADMIN_PASSWORD/);
    await expect(runInit(database, flags, { env: { [PASSWORD_ENV]: 'short' } })).rejects.toThrow(/COMMONS_ADMIN_PASSWORD is too short/);
    await expect(runInit(database, [...flags.slice(0, 6), '--admin-email', 'nope'], { env: { [PASSWORD_ENV]: PASSWORD } })).rejects.toThrow(UsageError);
    await expect(runInit(database, ['--pcn-ods-code', 'A81001', ...flags.slice(0, 2)])).rejects.toThrow(/--pcn-ods-code must be a PCN ODS code/);
    await expect(runInit(database, [...flags, '--admin-password-file', join(dir, 'missing')])).rejects.toThrow(/cannot read .*ENOENT/);
    expect(await database.db.selectFrom('network').select('id').execute()).toEqual([]);
    const app = await buildApp({ database, config: testConfig });
    expect((await app.inject({ method: 'GET', url: '/api/v1/network/setup' })).json()).toEqual({ initialised: false });
    await app.close();
    await database.close();
  }, SLOW);
});

describe('commons start and the demo', () => {
  it('makes the demo only in a new or empty embedded data folder, never on DATABASE_URL', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const used = join(dir, 'used');
    mkdirSync(used);
    writeFileSync(join(used, 'PG_VERSION'), '17');
    // Only the message log (the log-file provider writes ./.commons/messages.log): no database yet.
    const logOnly = join(dir, 'log-only');
    mkdirSync(logOnly);
    writeFileSync(join(logOnly, 'messages.log'), '{}\n');
    expect(demoWanted({ engine: 'pglite', dataDir: join(dir, 'absent') })).toBe(true);
    expect(demoWanted({ engine: 'pglite', dataDir: empty })).toBe(true);
    expect(demoWanted({ engine: 'pglite', dataDir: logOnly })).toBe(true);
    expect(demoWanted({ engine: 'pglite', dataDir: used })).toBe(false);
    expect(demoWanted({ engine: 'postgres', url: 'postgres://localhost/commons' })).toBe(false);
  });
});
