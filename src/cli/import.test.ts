import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { nextNhsNumber, type World } from '../../test/support/factories.ts';
import { importCommand } from './import.ts';
import { silentProgress } from '../platform/progress.ts';

let t: TestApp;
let w: World;
let odsA: string;
beforeAll(async () => {
  t = await startTestApp();
  w = await t.make.world();
  odsA = (await t.db.selectFrom('organisation').select('ods_code').where('id', '=', w.practiceA.id).executeTakeFirstOrThrow()).ods_code!;
});
afterAll(() => t.close());

describe('commons import patients', () => {
  const dir = mkdtempSync(join(tmpdir(), 'commons-import-'));
  const run = async (...args: string[]) => {
    const lines: string[] = [];
    const networkOds = (await t.db.selectFrom('network').select('ods_code').where('id', '=', w.network.id).executeTakeFirstOrThrow()).ods_code!;
    const code = await importCommand(['patients', ...args, ...(networkOds ? ['--network', networkOds] : [])], {
      open: async () => ({ db: t.db, engine: t.engine, close: async () => {} }), progress: silentProgress, log: (l) => lines.push(l), today: new Date('2026-11-20'),
    });
    return { code, out: lines.join('\n') };
  };

  it('dry-runs, refuses a file with an error, writes the error report, and imports with a mapping file', async () => {
    const file = join(dir, 'list.csv');
    const mappingFile = join(dir, 'mapping.json');
    writeFileSync(mappingFile, JSON.stringify({ familyName: 'Family', dateOfBirth: 'Born' }));
    const good = [`${nextNhsNumber()},Adams,Ann,03/04/1961`, `${nextNhsNumber()},Baker,Bob,1972-05-06`];
    writeFileSync(file, ['NHS Number,Family,Forename,Born', ...good, '1234567890,Cole,Cat,01/01/1980'].join('\n'));
    const before = await t.count('patient');

    const dry = await run(file, '--mapping', mappingFile, '--practice', odsA, '--dry-run');
    expect(dry.code).toBe(1);
    expect(dry.out).toContain('row 4, column "NHS Number": is not a valid NHS number');
    expect(dry.out).toContain('Dry run: 3 rows, 2 would be imported, 1 have errors. Nothing was written.');

    const report = join(dir, 'errors.csv');
    const refused = await run(file, '--mapping', mappingFile, '--practice', odsA, '--errors', report);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('so nothing was imported');
    expect(readFileSync(report, 'utf8')).toBe('row,column,problem\n4,NHS Number,is not a valid NHS number (its check digit does not match)\n');
    expect(await t.count('patient')).toBe(before);

    const partial = await run(file, '--map', 'familyName=Family', '--map', 'dateOfBirth=Born', '--practice', odsA, '--valid-only');
    expect(partial.out).toContain('Imported 2 patients; 1 rows with errors were left out.');
    expect(await t.count('patient')).toBe(before + 2);
    const audit = await t.db.selectFrom('audit_event').select(['actor_role', 'purpose']).where('action', '=', 'create').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.actor_role).toBe('command-line');
    expect(audit.purpose).toMatch(/^patient list import from list\.csv on the command line by /);
  });

  it('explains a usage mistake', async () => {
    await expect(importCommand(['staff', 'x.csv'])).rejects.toThrow(/Only "patients" can be imported/);
    await expect(importCommand(['patients', 'x.csv', '--dry-run', '--valid-only'])).rejects.toThrow(/do not go together/);
  });
});
