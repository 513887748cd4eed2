import { UsageError } from './args.ts';
import { ConfigError, readConfigVariables } from '../server/config.ts';
import { DataFolderInUse } from '../db/folder-lock.ts';

type Command = (argv: string[]) => Promise<number>;

/** The operator's commands that belong to no one module; modules add their own (CommonsModule.commands). */
const builtIn: { name: string; usage: string; summary: string; load: () => Promise<Command> }[] = [
  { name: 'init', usage: 'init [--network-name NAME] [--pcn-ods-code U12345] [--admin-name NAME] [--admin-email EMAIL] [--admin-password-file FILE]', summary: 'create a network and its first administrator on an empty database (asks on a terminal; the password may also come from COMMONS_ADMIN_PASSWORD)', load: async () => (await import('./init.ts')).initCommand },
  { name: 'start', usage: 'start [--workers N]', summary: 'migrate and serve on PORT (3000), N processes on PostgreSQL (default one per core); creates the demo network only on a new, empty embedded database', load: async () => (await import('./start.ts')).startCommand },
  { name: 'migrate', usage: 'migrate', summary: 'apply database migrations and exit', load: async () => (await import('./migrate.ts')).migrateCommand },
  { name: 'demo', usage: 'demo [--scale pcn|city] [--seed N] [--force]', summary: 'create the deterministic demo network (refuses a non-empty database without --force)', load: async () => (await import('./demo.ts')).demoCommand },
  { name: 'stats', usage: 'stats', summary: 'counts of what the database holds', load: async () => (await import('./stats.ts')).statsCommand },
  { name: 'import', usage: 'import patients FILE.csv [--practice ODS] [--map field=Header] [--mapping FILE.json] [--dry-run] [--valid-only] [--errors REPORT.csv]', summary: "register a practice's patient list: every row or none (docs/patients.md); also: import imd FILE.csv, import postcode-lsoa FILE.csv (deprivation, docs/analytics.md)", load: async () => (await import('./import.ts')).importCommand },
  { name: 'bench', usage: 'bench [--scale pcn|city] [--suite all|booking|analytics] [--json]', summary: 'slot search, booking and the dashboard views beside limits measured in the same run (npm run bench)', load: async () => (await import('./bench.ts')).benchCommand },
  { name: 'holidays', usage: 'holidays [refresh FILE]', summary: 'list the bank holidays known, or load a newer GOV.UK list (bank-holidays.json)', load: async () => (await import('./holidays.ts')).holidaysCommand },
];

/** Every command: the built-in ones, then each module's, from the module list. */
async function allCommands() {
  const { MODULES } = await import('../modules/index.ts');
  const fromModules = MODULES.flatMap((m) => m.commands ?? []).map((c) => ({ ...c, load: async () => c.run }));
  return [...builtIn, ...fromModules];
}

function help(commands: Awaited<ReturnType<typeof allCommands>>): string {
  const lines = commands.map((c) => (c.usage.length > 24 ? `  ${c.usage}\n${' '.repeat(28)}${c.summary}` : `  ${c.usage.padEnd(26)}${c.summary}`));
  return `commons — the shared workspace of a primary care network

Usage: commons <command> [options]

Commands:
${lines.join('\n')}

Environment: DATABASE_URL (PostgreSQL; otherwise embedded PGlite in COMMONS_DATA_DIR, default ./.commons),
PORT, HOST, LOG_LEVEL, COMMONS_TRUST_PROXY, … (every variable: docs/operations.md#configuration).`;
}

export async function main(argv: string[]): Promise<number> {
  let [name, ...rest] = argv;
  // A module's two-word command ("import directory") comes before a built-in of its first word ("import").
  const twoWords = argv.length > 1 && !argv[1].startsWith('-') ? (await allCommands()).find((c) => c.name === `${argv[0]} ${argv[1]}`) : undefined;
  if (twoWords) [name, rest] = [twoWords.name, argv.slice(2)];
  // Built-in commands load only what they need; help and module commands load the module list.
  const command = twoWords ?? builtIn.find((c) => c.name === name) ?? (name ? (await allCommands()).find((c) => c.name === name) : undefined);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help(await allCommands()));
    return name ? 0 : 2;
  }
  if (!command) {
    console.error(`commons: unknown command "${name}". Run "commons --help" for the list.`);
    return 2;
  }
  try {
    // Every command checks the whole environment first, so a typo fails fast, naming the variable.
    readConfigVariables(process.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    return 2;
  }
  try {
    return await (await command.load())(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`commons ${name}: ${e.message}`);
      return 2;
    }
    if (e instanceof DataFolderInUse) {
      console.error(`commons ${name}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
