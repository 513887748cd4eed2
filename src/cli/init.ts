import { readFileSync } from 'node:fs';
import { databaseOptionsFromEnv, openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { hasAnyNetwork, initialiseNetwork, NetworkExists } from '../modules/network/index.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../modules/identity/index.ts';
import { formats } from '../platform/formats.ts';
import { parseFlags, UsageError } from './args.ts';
import { ask, askSecret, PromptCancelled, type Terminal } from './prompt.ts';

const USAGE = `usage: commons init [--network-name NAME] [--pcn-ods-code U12345] [--admin-name NAME] [--admin-email EMAIL] [--admin-password-file FILE]
  Creates a network and its first administrator on an empty database. On a terminal it asks for
  what the flags do not give; in a script give every flag, and the password in a file or in
  ${'COMMONS_ADMIN_PASSWORD'} (never on the command line, where other users and the shell history see it).`;

export const PASSWORD_ENV = 'COMMONS_ADMIN_PASSWORD';

export interface InitAnswers {
  networkName: string;
  pcnOdsCode: string | null;
  adminName: string;
  adminEmail: string;
  adminPassword: string;
}

export interface InitIo {
  term: Terminal;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  error: (line: string) => void;
  openDatabase: () => Promise<Database>;
}

const defaultIo = (): InitIo => ({
  // Questions go to stderr, so `commons init … > init.log` still shows them.
  term: { input: process.stdin, output: process.stderr },
  env: process.env,
  log: (l) => console.log(l),
  error: (l) => console.error(l),
  openDatabase: () => openDatabase(databaseOptionsFromEnv(process.env)),
});

/** `commons init`: the network and its first administrator, from flags, the environment or a terminal's answers. */
export async function initCommand(argv: string[], io: InitIo = defaultIo()): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    'network-name': { type: 'string' },
    'pcn-ods-code': { type: 'string' },
    'admin-name': { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-password-file': { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"\n${USAGE}`);

  const database = await io.openDatabase();
  try {
    await migrateToLatest(database, io.log);
    // Before any question: nobody should type a password only to be told the database is taken.
    if (await hasAnyNetwork(database.db)) return refuse(io, database);
    let answers: InitAnswers;
    try {
      answers = await gatherAnswers(values, io);
    } catch (e) {
      if (e instanceof PromptCancelled) {
        io.error(`commons init: ${e.message}; nothing was created.`);
        return 1;
      }
      throw e;
    }
    const created = await initialiseNetwork(database.db, {
      networkName: answers.networkName,
      pcnOdsCode: answers.pcnOdsCode,
      admin: { email: answers.adminEmail, displayName: answers.adminName, password: answers.adminPassword },
    });
    io.log(`\nNetwork "${answers.networkName}" created on ${database.engine === 'pglite' ? 'the embedded database' : 'PostgreSQL'} (id ${created.networkId}).`);
    io.log(`Its administrator ${answers.adminName} <${answers.adminEmail.toLowerCase()}> can now sign in.`);
    io.log('\nNext: run "commons start", sign in, and add your practices, hubs, sites and services under Administration.');
    io.log('docs/getting-started.md walks through the rest: inviting staff, importing patients and setting rotas.');
    return 0;
  } catch (e) {
    if (e instanceof NetworkExists) return refuse(io, database);
    throw e;
  } finally {
    await database.close();
  }
}

function refuse(io: InitIo, database: Database): number {
  io.error('commons init: this database already holds a network, so nothing was created.');
  io.error('  Sign in to the web app as one of its administrators to change it, or point');
  io.error(`  ${database.engine === 'pglite' ? 'COMMONS_DATA_DIR' : 'DATABASE_URL'} at an empty database to set up another.`);
  return 1;
}

type Flags = Partial<Record<'network-name' | 'pcn-ods-code' | 'admin-name' | 'admin-email' | 'admin-password-file', string>>;

/** Every answer checked as it is given: on a terminal a wrong one is asked again, in a script it is a usage error. */
export async function gatherAnswers(flags: Flags, io: InitIo): Promise<InitAnswers> {
  const interactive = !!io.term.input.isTTY;
  const missing: string[] = [];

  async function value(flag: keyof Flags, question: string, check: (v: string) => string | null, optional = false): Promise<string> {
    const given = flags[flag];
    if (given !== undefined) {
      const problem = check(given.trim());
      if (problem) throw new UsageError(`--${flag} ${problem}`);
      return given.trim();
    }
    if (!interactive) {
      if (!optional) missing.push(`--${flag}`);
      return '';
    }
    for (;;) {
      const answer = await ask(io.term, question);
      if (optional && answer === '') return '';
      const problem = check(answer);
      if (!problem) return answer;
      io.error(`  That ${problem}.`);
    }
  }

  const networkName = await value('network-name', 'Name of the network (e.g. "Riverside PCN"): ', checkName);
  const pcnOdsCode = (await value('pcn-ods-code', "The PCN's ODS code, U and five digits (Enter to skip): ", checkPcnOdsCode, true)).toUpperCase();
  const adminName = await value('admin-name', "The first administrator's full name: ", checkName);
  const adminEmail = await value('admin-email', 'Their email address (they sign in with it): ', checkEmail);
  const adminPassword = await password(flags, io, interactive, missing);
  if (missing.length) throw new UsageError(`not on a terminal, so nothing can be asked: give ${missing.join(', ')}\n${USAGE}`);
  return { networkName, pcnOdsCode: pcnOdsCode || null, adminName, adminEmail, adminPassword };
}

async function password(flags: Flags, io: InitIo, interactive: boolean, missing: string[]): Promise<string> {
  const file = flags['admin-password-file'];
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`--admin-password-file: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    return checked(text.replace(/\r?\n$/, ''), `the password in ${file}`);
  }
  const fromEnv = io.env[PASSWORD_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return checked(fromEnv, PASSWORD_ENV);
  if (!interactive) {
    missing.push(`--admin-password-file or ${PASSWORD_ENV}`);
    return '';
  }
  for (;;) {
    const first = await askSecret(io.term, `Their password (at least ${MIN_PASSWORD_LENGTH} characters; not shown): `);
    const problem = checkPassword(first);
    if (problem) {
      io.error(`  That password ${problem}.`);
      continue;
    }
    if ((await askSecret(io.term, 'The same password again: ')) === first) return first;
    io.error('  The two passwords differ: try again.');
  }
}

function checked(password: string, source: string): string {
  const problem = checkPassword(password);
  if (problem) throw new UsageError(`${source} ${problem}`);
  return password;
}

const emailFormat = formats.email as RegExp;
const odsFormat = /^U\d{5}$/;

function checkName(v: string): string | null {
  return v.length === 0 ? 'must not be empty' : v.length > 120 ? 'must be at most 120 characters' : null;
}
function checkEmail(v: string): string | null {
  return emailFormat.test(v) && v.length <= 254 ? null : `must be an email address, not "${v}"`;
}
function checkPcnOdsCode(v: string): string | null {
  return odsFormat.test(v.toUpperCase()) ? null : `must be a PCN ODS code: U followed by five digits (e.g. U81234), not "${v}"`;
}
function checkPassword(v: string): string | null {
  if (v.length < MIN_PASSWORD_LENGTH) return `is too short: at least ${MIN_PASSWORD_LENGTH} characters (three random words work well)`;
  if (v.length > MAX_PASSWORD_LENGTH) return `is too long: at most ${MAX_PASSWORD_LENGTH} characters`;
  return null;
}
