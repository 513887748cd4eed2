import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { databaseOptionsFromEnv, openDatabase, type Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { CliCommand } from '../../platform/module.ts';
import { DomainError } from '../../platform/problems.ts';
import { listNetworks } from '../network/index.ts';
import { exportDirectory, importDirectory, type DirectoryImportReport } from './import-export.ts';
import { importPostcodes } from './postcodes.ts';

// `commons import directory`, `commons import postcodes`, `commons export directory`: arguments in,
// the same functions the API calls, a report out. Exit 0 when done, 1 when the data had problems, 2 on
// a wrong command line.

export interface DirectoryCliIo { open?: () => Promise<Database>; log?: (line: string) => void; err?: (line: string) => void; now?: () => Date }

class Usage extends Error {}

async function withDatabase<T>(io: DirectoryCliIo, run: (db: Database) => Promise<T>): Promise<T> {
  const database = await (io.open ?? (() => openDatabase(databaseOptionsFromEnv(process.env))))();
  try {
    if (!io.open) await migrateToLatest(database);
    return await run(database);
  } finally {
    if (!io.open) await database.close();
  }
}

async function networkOf(database: Database, ods: string | undefined): Promise<string> {
  const networks = await listNetworks(database.db);
  const chosen = ods ? networks.filter((n) => n.ods_code?.toUpperCase() === ods.toUpperCase()) : networks;
  if (chosen.length === 1) return chosen[0].id;
  if (!chosen.length) throw new Usage(ods ? `no network has the ODS code ${ods}` : 'this database holds no network yet: create one first (commons init)');
  throw new Usage(`this database holds ${chosen.length} networks: choose one with --network (${chosen.map((n) => n.ods_code).join(', ')})`);
}

function flags(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new Usage((e as Error).message);
  }
}

function run(io: DirectoryCliIo, usage: string, body: (log: (l: string) => void) => Promise<number>) {
  const err = io.err ?? ((l: string) => console.error(l));
  return body(io.log ?? ((l: string) => console.log(l))).catch((e) => {
    if (e instanceof Usage) { err(`${e.message}\n${usage}`); return 2; }
    if (e instanceof DomainError) { err(e.message); return 1; }
    throw e;
  });
}

const IMPORT_USAGE = 'usage: commons import directory FILE.json [--dry-run] [--network ODS]';
export function importDirectoryCommand(argv: string[], io: DirectoryCliIo = {}): Promise<number> {
  return run(io, IMPORT_USAGE, async (log) => {
    const { values, positionals } = flags(argv, { 'dry-run': { type: 'boolean', default: false }, network: { type: 'string' } });
    if (positionals.length !== 1) throw new Usage('give one Open Referral UK JSON file.');
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(positionals[0], 'utf8'));
    } catch (e) {
      throw new Usage(`cannot read ${positionals[0]} as JSON: ${(e as Error).message}`);
    }
    const report = await withDatabase(io, async (database) => importDirectory(database.db, await networkOf(database, values.network as string | undefined), json, { dryRun: values['dry-run'] as boolean, now: (io.now ?? (() => new Date()))() }));
    printImport(report, log);
    return report.errors.length ? 1 : 0;
  });
}

function printImport(r: DirectoryImportReport, log: (l: string) => void) {
  for (const e of r.errors.slice(0, 50)) log(`  service ${e.record}${e.id ? ` (${e.id})` : ''}, ${e.pointer}: ${e.detail}`);
  if (r.errors.length > 50) log(`  … and ${r.errors.length - 50} more problems`);
  if (r.errors.length) log(`${r.records - r.valid} of ${r.records} services have problems, so nothing was imported.`);
  else if (r.dryRun) log(`Dry run: ${r.records} services are valid (${r.created} new, ${r.updated} to update, ${r.organisations} organisations). Nothing was written.`);
  else log(`Imported ${r.records} services: ${r.created} new, ${r.updated} updated, from ${r.organisations} organisations.`);
}

const POSTCODES_USAGE = 'usage: commons import postcodes FILE.csv   (the ONS Postcode Directory CSV: columns pcds, lat, long)';
export function importPostcodesCommand(argv: string[], io: DirectoryCliIo = {}): Promise<number> {
  return run(io, POSTCODES_USAGE, async (log) => {
    const { positionals } = flags(argv, {});
    if (positionals.length !== 1) throw new Usage('give one CSV file.');
    try { readFileSync(positionals[0], { flag: 'r' }).subarray(0, 0); } catch (e) { throw new Usage(`cannot read ${positionals[0]}: ${(e as Error).message}`); }
    const report = await withDatabase(io, (database) => importPostcodes(database.db, positionals[0]));
    if (report.missingColumns.length) {
      log(`The file has no column ${report.missingColumns.join(', ')}: an ONS Postcode Directory CSV has pcds, lat and long. Nothing was loaded.`);
      return 1;
    }
    log(`Loaded ${report.loaded} postcodes from ${report.rows} rows; ${report.skipped} skipped (no grid reference, or not a postcode).`);
    return 0;
  });
}

const EXPORT_USAGE = 'usage: commons export directory [FILE.json] [--network ODS]   (standard output without FILE)';
export function exportDirectoryCommand(argv: string[], io: DirectoryCliIo = {}): Promise<number> {
  return run(io, EXPORT_USAGE, async (log) => {
    const { values, positionals } = flags(argv, { network: { type: 'string' } });
    if (positionals.length > 1) throw new Usage('give at most one file to write.');
    const page = await withDatabase(io, async (database) => exportDirectory(database.db, await networkOf(database, values.network as string | undefined), (io.now ?? (() => new Date()))()));
    const text = JSON.stringify(page, null, 2) + '\n';
    if (positionals[0]) {
      writeFileSync(positionals[0], text);
      log(`Wrote ${page.total_items} services to ${positionals[0]}.`);
    } else process.stdout.write(text);
    return 0;
  });
}

export const directoryCommands: readonly CliCommand[] = [
  { name: 'import directory', usage: 'import directory FILE.json [--dry-run] [--network ODS]', summary: 'load community offers from Open Referral UK JSON: every service or none, with a per-record report (docs/directory.md)', run: importDirectoryCommand },
  { name: 'import postcodes', usage: 'import postcodes FILE.csv', summary: 'load postcode coordinates from the ONS Postcode Directory CSV (pcds, lat, long) for directory distances', run: importPostcodesCommand },
  { name: 'export directory', usage: 'export directory [FILE.json] [--network ODS]', summary: 'write every community offer as Open Referral UK JSON', run: exportDirectoryCommand },
];
