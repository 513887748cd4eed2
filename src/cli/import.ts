import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import type { Db } from '../db/database.ts';
import { databaseOptionsFromEnv, openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { permissionsFor, type Actor } from '../modules/identity/index.ts';
import { IMPORT_FIELDS, importPatients, type ImportReport } from '../modules/patients/index.ts';
import { DomainError } from '../platform/problems.ts';
import { parseFlags, UsageError } from './args.ts';
import { progressBar, type Progress } from '../platform/progress.ts';

const USAGE = `usage: commons import patients FILE.csv [--practice ODS] [--map field=Header]… [--mapping FILE.json]
                              [--dry-run] [--valid-only] [--errors REPORT.csv] [--network ODS]
fields: ${Object.keys(IMPORT_FIELDS).join(', ')}`;

export interface ImportCommandIo {
  open?: () => Promise<Database>;
  progress?: Progress;
  log?: (line: string) => void;
  today?: Date;
}

/**
 * `commons import patients FILE.csv`: registers a practice's patient list. All rows or none: any
 * error means nothing is written (exit 1) unless --valid-only, which writes the rows that pass and
 * still exits 1 so a script notices the rows left out. --dry-run checks everything and writes nothing.
 */
export async function importCommand(argv: string[], io: ImportCommandIo = {}): Promise<number> {
  if (argv[0] === 'imd' || argv[0] === 'postcode-lsoa') return (await import('./import-deprivation.ts')).importDeprivationCommand(argv[0], argv.slice(1), io);
  const { values, positionals } = parseFlags(argv, {
    practice: { type: 'string' },
    map: { type: 'string', multiple: true, default: [] },
    mapping: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'valid-only': { type: 'boolean', default: false },
    errors: { type: 'string' },
    network: { type: 'string' },
  });
  const [what, file, ...extra] = positionals;
  if (what !== 'patients') throw new UsageError(`what to import? Only "patients" can be imported here (deprivation data: "imd", "postcode-lsoa"). ${USAGE}`);
  if (!file || extra.length) throw new UsageError(`give one CSV file. ${USAGE}`);
  if (values['dry-run'] && values['valid-only']) throw new UsageError('--dry-run and --valid-only do not go together: a dry run writes nothing.');
  const mapping = readMapping(values.mapping, values.map!);
  let csv: string;
  try {
    csv = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const log = io.log ?? ((line: string) => console.log(line));
  const database = await (io.open ?? (() => openDatabase(databaseOptionsFromEnv(process.env))))();
  try {
    if (!io.open) await migrateToLatest(database);
    const actor = await commandLineActor(database.db, values.network);
    const practiceId = values.practice ? await practiceIdByOds(database.db, actor.networkId, values.practice) : undefined;
    const progress = io.progress ?? progressBar();
    let stage = '';
    let last = 0;
    const report = await importPatients(database.db, actor, {
      csv, mapping, practiceId, dryRun: values['dry-run'], validRowsOnly: values['valid-only'], today: io.today ?? new Date(),
      purpose: `patient list import from ${basename(file)} on the command line by ${osUser()}`,
      onProgress: (s, done, total) => {
        if (s !== stage) { progress.stop(); progress.start(s === 'checking' ? 'Checking rows' : 'Importing patients', total); stage = s; last = 0; }
        progress.tick(done - last);
        last = done;
      },
    }).finally(() => progress.stop());
    printReport(report, log);
    if (values.errors) writeErrorReport(values.errors, report);
    return report.errors.length ? 1 : 0;
  } catch (e) {
    if (e instanceof DomainError) {
      console.error(`commons import: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    if (!io.open) await database.close();
  }
}

function readMapping(file: string | undefined, pairs: string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  if (file) {
    try {
      Object.assign(mapping, JSON.parse(readFileSync(file, 'utf8')));
    } catch (e) {
      throw new UsageError(`--mapping ${file} must be a JSON object of field → column header: ${(e as Error).message}`);
    }
  }
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new UsageError(`--map takes field=Header, for example --map familyName="Last name"; got "${pair}"`);
    mapping[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return mapping;
}

/**
 * The command line acts with the database's own authority (whoever runs it can read the database), as
 * the PCN, so it may register at any practice. Its audit rows name the operating-system user.
 */
async function commandLineActor(db: Db, networkOds: string | undefined): Promise<Actor> {
  let q = db.selectFrom('network').select(['id', 'ods_code']);
  if (networkOds) q = q.where('ods_code', '=', networkOds.toUpperCase());
  const networks = await q.execute();
  if (networks.length === 0) throw new UsageError(networkOds ? `no network has the ODS code ${networkOds}` : 'this database holds no network yet: create one first');
  if (networks.length > 1) throw new UsageError(`this database holds ${networks.length} networks: choose one with --network (${networks.map((n) => n.ods_code).join(', ')})`);
  const networkId = networks[0].id;
  const orgs = await db.selectFrom('organisation').select(['id', 'kind']).where('network_id', '=', networkId).execute();
  const org = orgs.find((o) => o.kind === 'pcn') ?? orgs[0];
  if (!org) throw new UsageError('this network has no organisations yet: add its practices first');
  return {
    kind: 'system', networkId, staffId: null, tokenId: null, displayName: `command line (${osUser()})`, organisationId: org.id,
    organisationKind: 'pcn', roles: ['command-line'], permissions: permissionsFor(['pcn-manager']), integration: true,
  };
}

async function practiceIdByOds(db: Db, networkId: string, ods: string): Promise<string> {
  const row = await db.selectFrom('organisation').select('id').where('network_id', '=', networkId).where('kind', '=', 'practice').where('ods_code', '=', ods.toUpperCase()).executeTakeFirst();
  if (!row) throw new UsageError(`--practice ${ods}: no practice of this network has that ODS code`);
  return row.id;
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

function printReport(r: ImportReport, log: (line: string) => void) {
  const failed = r.rows - r.valid;
  for (const e of r.errors.slice(0, 50)) log(`  row ${e.row}, column "${e.column}": ${e.problem}`);
  if (r.errors.length > 50) log(`  … and ${r.errors.length - 50} more errors (write them all with --errors REPORT.csv)`);
  if (r.dryRun) log(`Dry run: ${r.rows} rows, ${r.valid} would be imported, ${failed} have errors. Nothing was written.`);
  else if (r.imported === 0 && failed > 0) log(`${failed} of ${r.rows} rows have errors, so nothing was imported. Correct them, or run again with --valid-only to import the ${r.valid} valid rows.`);
  else log(`Imported ${r.imported} patients${failed ? `; ${failed} rows with errors were left out` : ''}.`);
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeErrorReport(path: string, r: ImportReport) {
  writeFileSync(path, ['row,column,problem', ...r.errors.map((e) => [e.row, e.column, e.problem].map(csvCell).join(','))].join('\n') + '\n');
}
