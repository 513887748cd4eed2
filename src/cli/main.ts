import { UsageError } from './args.ts';
import { DataFolderInUse } from '../db/folder-lock.ts';

type Command = (argv: string[]) => Promise<number>;

/** The operator's commands that belong to no one module; modules add their own (CommonsModule.commands). */
const builtIn: { name: string; usage: string; summary: string; load: () => Promise<Command> }[] = [
  { name: 'start', usage: 'start', summary: 'migrate, create the demo network if the database is empty, and serve on PORT (3000)', load: async () => (await import('./start.ts')).startCommand },
  { name: 'migrate', usage: 'migrate', summary: 'apply database migrations and exit', load: async () => (await import('./migrate.ts')).migrateCommand },
  { name: 'demo', usage: 'demo [--scale pcn|city] [--seed N] [--force]', summary: 'create the deterministic demo network (refuses a non-empty database without --force)', load: async () => (await import('./demo.ts')).demoCommand },
  { name: 'stats', usage: 'stats', summary: 'counts of what the database holds', load: async () => (await import('./stats.ts')).statsCommand },
  { name: 'import', usage: 'import patients FILE.csv [--practice ODS] [--map field=Header] [--mapping FILE.json] [--dry-run] [--valid-only] [--errors REPORT.csv]', summary: "register a practice's patient list: every row or none (docs/patients.md)", load: async () => (await import('./import.ts')).importCommand },
  { name: 'bench', usage: 'bench [--scale pcn|city] [--json]', summary: 'slot search and booking beside limits measured in the same run (npm run bench)', load: async () => (await import('./bench.ts')).benchCommand },
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
PORT, HOST, LOG_LEVEL.`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  // Built-in commands load only what they need; help and module commands load the module list.
  const command = builtIn.find((c) => c.name === name) ?? (name ? (await allCommands()).find((c) => c.name === name) : undefined);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help(await allCommands()));
    return name ? 0 : 2;
  }
  if (!command) {
    console.error(`commons: unknown command "${name}". Run "commons --help" for the list.`);
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
