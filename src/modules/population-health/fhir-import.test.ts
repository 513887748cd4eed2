import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { factories } from '../../../test/support/factories.ts';
import type { Database } from '../../db/database.ts';
import { importFhirFiles } from './fhir-cli.ts';
import { importFhirBundle, testNhsNumber } from './fhir-import.ts';
import { isValidNhsNumber } from '../../platform/nhs-number.ts';

const NOW = new Date('2026-11-30T10:00:00Z');
// Four real Synthea bundles kept with the tests (test/fixtures/synthea-r4/README.md), so a clean clone runs this alone.
const SYNTHEA = resolve(import.meta.dirname, '../../../test/fixtures/synthea-r4');
let database: Database;
let networkId: string;
let practiceId: string;
let practiceOds: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const make = factories(database.db);
  networkId = (await make.network()).id;
  practiceId = (await make.organisation(networkId, { kind: 'practice' })).id;
  practiceOds = (await database.db.selectFrom('organisation').select('ods_code').where('id', '=', practiceId).executeTakeFirstOrThrow()).ods_code!;
});
afterAll(() => database.close());

const options = (assign = false) => ({ networkId, practiceId, assignTestNhsNumbers: assign, today: '2026-11-30', now: NOW });

function bundle(p: { nhs?: string; bp?: [number, number]; hba1c?: number; onset?: string } = {}) {
  return {
    resourceType: 'Bundle', type: 'transaction',
    entry: [
      { fullUrl: 'urn:uuid:p1', resource: { resourceType: 'Patient', id: `p-${Math.random()}`, identifier: p.nhs ? [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: p.nhs }] : [], name: [{ use: 'official', given: ['Edith'], family: 'Piaf' }], gender: 'female', birthDate: '1940-02-03' } },
      { resource: { resourceType: 'Condition', code: { coding: [{ system: 'http://snomed.info/sct', code: '38341003', display: 'Hypertension' }] }, onsetDateTime: p.onset ?? '2012-05-01T10:00:00-04:00', subject: { reference: 'urn:uuid:p1' } } },
      { resource: { resourceType: 'Condition', code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006' }] }, clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] }, onsetDateTime: '2015-01-01' } },
      { resource: { resourceType: 'Observation', code: { coding: [{ system: 'http://loinc.org', code: '55284-4' }] }, effectiveDateTime: '2026-09-01T09:00:00Z',
        component: [{ code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] }, valueQuantity: { value: p.bp?.[0] ?? 138, unit: 'mm[Hg]' } }, { code: { coding: [{ system: 'http://loinc.org', code: '8462-4' }] }, valueQuantity: { value: p.bp?.[1] ?? 84, unit: 'mm[Hg]' } }] } },
      { resource: { resourceType: 'Observation', code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] }, effectiveDateTime: '2026-10-01', valueQuantity: { value: p.hba1c ?? 7.0, unit: '%' } } },
      { resource: { resourceType: 'Observation', code: { coding: [{ system: 'http://loinc.org', code: '8302-2' }] }, effectiveDateTime: '2026-10-01', valueQuantity: { value: 160, unit: 'cm' } } },
      { resource: { resourceType: 'MedicationRequest', status: 'active', medicationCodeableConcept: { text: 'Metformin 500mg tablets' }, authoredOn: '2020-01-01' } },
      { resource: { resourceType: 'AllergyIntolerance', code: { coding: [{ system: 'http://snomed.info/sct', code: '91936005', display: 'Allergy to penicillin' }] }, recordedDate: '2001-03-04', reaction: [{ manifestation: [{ text: 'Rash' }] }] } },
      { resource: { resourceType: 'AllergyIntolerance', code: { text: 'Latex' }, verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'refuted' }] }, recordedDate: '2001-03-04' } },
      { resource: { resourceType: 'Encounter', status: 'finished' } },
    ],
  };
}

describe('FHIR R4 import', () => {
  it('writes a generated bundle whole: the patient lands on the right registers, US units converted, the rest counted as skipped', async () => {
    const r = await importFhirBundle(database.db, bundle({ nhs: '9434765919' }), 'generated', options());
    expect(r.errors).toEqual([]);
    expect(r.written).toBe(true);
    expect(r.mapped).toEqual({ conditions: 2, observations: 3, medications: 1, allergies: 1 });
    expect(r.skipped).toMatchObject({ 'Encounter (not stored)': 1, 'AllergyIntolerance refuted': 1 });
    const allergy = await database.db.selectFrom('phm_allergy').selectAll().where('patient_id', '=', r.patient!.id!).executeTakeFirstOrThrow();
    expect(allergy).toMatchObject({ code: '91936005', display: 'Allergy to penicillin', reaction: 'Rash', active: true, source: 'fhir' });
    const s = await database.db.selectFrom('phm_patient_summary').selectAll().where('patient_id', '=', r.patient!.id!).executeTakeFirstOrThrow();
    expect(s.registers).toEqual(['DM', 'HYP']);
    expect(s.due_reviews).toEqual([]);
    const hba1c = await database.db.selectFrom('phm_observation').select('value').where('patient_id', '=', r.patient!.id!).where('kind', '=', 'hba1c').executeTakeFirstOrThrow();
    expect(Number(hba1c.value)).toBe(53);
  });

  it('writes nothing of a bundle with an impossible value or a future date, naming each record', async () => {
    const before = await database.db.selectFrom('phm_condition').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const r = await importFhirBundle(database.db, bundle({ nhs: '9434765870', bp: [900, 20], onset: '2030-01-01' }), 'bad', options());
    expect(r.written).toBe(false);
    expect(r.errors.map((e) => [e.entry, e.pointer])).toEqual([[1, '/entry/1/resource/onsetDateTime'], [3, '/entry/3/resource/component/0/valueQuantity/value']]);
    const after = await database.db.selectFrom('phm_condition').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await importFhirBundle(database.db, { resourceType: 'Patient' }, 'x', options())).errors[0].pointer).toBe('/resourceType');
  });

  it('refuses a bundle without an NHS number unless test-range numbers are asked for', async () => {
    expect((await importFhirBundle(database.db, bundle(), 'no-nhs', options())).errors[0].detail).toMatch(/no NHS number/);
    const r = await importFhirBundle(database.db, bundle(), 'no-nhs', options(true));
    expect(r.written).toBe(true);
    expect(r.patient!.nhsNumber!.startsWith('9998')).toBe(true);
    expect(isValidNhsNumber(testNhsNumber('abc'))).toBe(true);
  });

  it('on a terminal shows a bar for a folder of bundles instead of a line each, and still names every refused record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commons-fhir-'));
    writeFileSync(join(dir, 'a-good.json'), JSON.stringify(bundle({ nhs: '9434765919' })));
    writeFileSync(join(dir, 'b-bad.json'), JSON.stringify(bundle({ nhs: '9434765927', bp: [900, 20] })));
    writeFileSync(join(dir, 'c-broken.json'), '{ not json');
    const bar: string[] = [];
    const progress = { start: (label: string, total: number) => bar.push(`start ${label} ${total}`), tick: () => bar.push('tick'), stop: () => bar.push('stop') };
    const lines: string[] = [];
    const code = await importFhirFiles(database, [dir, '--practice', practiceOds], (l) => lines.push(l), NOW, progress, false);
    expect(code).toBe(1);
    expect(bar).toEqual(['start bundles imported 3', 'tick', 'tick', 'tick', 'stop']);
    // No line for the bundle written; the two refused, each with its records, after the bar.
    expect(lines.filter((l) => /^\[\d\/3\]/.test(l)).map((l) => l.replace(/^\[(\d)\/3\] .*?: /, '$1 '))).toEqual(['2 REFUSED, 1 errors', '3 REFUSED, 1 errors']);
    expect(lines.some((l) => l.includes('/entry/3/resource/component/0/valueQuantity/value'))).toBe(true);
    expect(lines.some((l) => /^bundles: 3; written 1, refused 2/.test(l))).toBe(true);
  });

  it('imports real Synthea bundles with an account of what was mapped and skipped', async () => {
    const files = readdirSync(SYNTHEA).filter((f) => /^[A-Z].*_[0-9a-f-]{36}\.json$/.test(f)).slice(0, 4);
    const lines: string[] = [];
    // One file at a time through the command's own loop (a folder would load all 95).
    let code = 0;
    for (const f of files) code = Math.max(code, await importFhirFiles(database, [join(SYNTHEA, f), '--practice', practiceOds, '--assign-test-nhs-numbers'], (l) => lines.push(l), NOW));
    expect(code, lines.join('\n')).toBe(0);
    const perBundle = lines.filter((l) => l.startsWith('[1/1]'));
    expect(perBundle, lines.join('\n')).toHaveLength(files.length);
    expect(perBundle.every((l) => /: (written \(|skipped$)/.test(l)), lines.join('\n')).toBe(true);
    expect(lines.some((l) => /^mapped: \d+ conditions/.test(l))).toBe(true);
    expect(lines.some((l) => /skipped \d+: (Claim|ExplanationOfBenefit) \(not stored\)/.test(l))).toBe(true);
  }, 120_000);
});
