import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseOptionsFromEnv, openDatabase, type Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { CliCommand } from '../../platform/module.ts';
import { findOrganisationsAndSites, listNetworks } from '../network/index.ts';
import { progressBar, silentProgress, type Progress } from '../../platform/progress.ts';
import { importFhirBundle, type BundleReport } from './fhir-import.ts';
import { londonToday } from './records.ts';

// `commons import fhir DIR|FILE --practice ODS [--assign-test-nhs-numbers] [--network ODS]`: every
// bundle written whole or not at all, a progress bar on a terminal (a line per bundle in a pipe or a CI log, and
// a refused bundle's errors either way), and an account at the end of what was
// mapped, created, assigned, skipped and refused. Exit 0 when every bundle was written or skipped, 1 when
// any was refused, 2 on a wrong command line.

const USAGE = 'commons import fhir DIR|FILE.json --practice ODS [--assign-test-nhs-numbers] [--network ODS]';

export async function importFhirFiles(database: Database, argv: string[], log: (l: string) => void, now = new Date(), progress: Progress = silentProgress, linePerBundle = true): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { practice: { type: 'string' }, network: { type: 'string' }, 'assign-test-nhs-numbers': { type: 'boolean', default: false } } });
  const path = positionals[0];
  if (!path || !values.practice) { log(USAGE); return 2; }
  const networks = (await listNetworks(database.db)).filter((n) => !values.network || n.ods_code?.toUpperCase() === values.network.toUpperCase());
  if (networks.length !== 1) { log(networks.length ? 'this database holds several networks: choose one with --network ODS' : 'no such network'); return 2; }
  const networkId = networks[0].id;
  const practice = (await findOrganisationsAndSites(database.db, { networkId })).organisations.find((o) => o.kind === 'practice' && o.ods_code?.toUpperCase() === values.practice!.toUpperCase());
  if (!practice) { log(`no practice with the ODS code ${values.practice} in this network`); return 2; }
  const files = statSync(path).isDirectory() ? readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f)) : [path];
  const reports: BundleReport[] = [];
  const refusals: string[] = [];
  progress.start('bundles imported', files.length);
  for (const [i, file] of files.entries()) {
    let bundle: unknown;
    try { bundle = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { bundle = { malformed: (e as Error).message }; }
    const r = await importFhirBundle(database.db, bundle, file, { networkId, practiceId: practice.id, assignTestNhsNumbers: values['assign-test-nhs-numbers']!, today: londonToday(now), now });
    reports.push(r);
    const lines = [`[${i + 1}/${files.length}] ${file}: ${r.written ? `written (${r.mapped.conditions} conditions, ${r.mapped.observations} observations, ${r.mapped.medications} medicines, ${r.mapped.allergies} allergies)` : r.errors.length ? `REFUSED, ${r.errors.length} errors` : 'skipped'}`,
      ...r.errors.slice(0, 20).map((e) => `    entry ${e.entry} ${e.resourceType} ${e.pointer}: ${e.detail}`)];
    if (linePerBundle) lines.forEach((l) => log(l));
    else if (r.errors.length) refusals.push(...lines);
    progress.tick();
  }
  progress.stop();
  // On a terminal the bar stood for the lines; a refused bundle's errors are shown once it has finished.
  for (const l of refusals) log(l);
  const written = reports.filter((r) => r.written);
  const skipped: Record<string, number> = {};
  for (const r of reports) for (const [k, n] of Object.entries(r.skipped)) skipped[k] = (skipped[k] ?? 0) + n;
  log(`bundles: ${files.length}; written ${written.length}, refused ${reports.filter((r) => r.errors.length).length}, skipped ${reports.length - written.length - reports.filter((r) => r.errors.length).length}`);
  log(`patients created ${written.filter((r) => r.patient?.created).length}, matched ${written.filter((r) => !r.patient?.created).length}, given test-range NHS numbers ${written.filter((r) => r.patient?.assignedTestNhsNumber).length}`);
  log(`mapped: ${written.reduce((a, r) => a + r.mapped.conditions, 0)} conditions, ${written.reduce((a, r) => a + r.mapped.observations, 0)} observations, ${written.reduce((a, r) => a + r.mapped.medications, 0)} medicines, ${written.reduce((a, r) => a + r.mapped.allergies, 0)} allergies`);
  for (const [k, n] of Object.entries(skipped).sort((a, b) => b[1] - a[1]).slice(0, 25)) log(`skipped ${n}: ${k}`);
  return reports.some((r) => r.errors.length) ? 1 : 0;
}

export const importFhirCommand: CliCommand = {
  name: 'import fhir',
  usage: 'import fhir DIR|FILE.json --practice ODS [--assign-test-nhs-numbers] [--network ODS]',
  summary: 'load coded records (Patient, Condition, Observation, MedicationRequest) from FHIR R4 bundles, each bundle whole or not at all (docs/population-health.md)',
  async run(argv) {
    const database = await openDatabase(databaseOptionsFromEnv(process.env));
    try {
      await migrateToLatest(database);
      // A bar on a terminal; a line per bundle when the output goes to a file, a pipe or a CI log.
      const terminal = process.stdout.isTTY === true;
      return await importFhirFiles(database, argv, (l) => console.log(l), new Date(), terminal ? progressBar(process.stderr) : silentProgress, !terminal);
    } catch (e) {
      if (e instanceof TypeError && /parseArgs|argument/i.test(e.message)) { console.error(`${e.message}\n${USAGE}`); return 2; }
      throw e;
    } finally {
      await database.close();
    }
  },
};
