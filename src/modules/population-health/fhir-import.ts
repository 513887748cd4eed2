import type { AllergyIntolerance, BundleEntry, CodeableConcept, Condition, MedicationRequest, Observation, Patient } from 'fhir/r4.d.ts';
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { isValidNhsNumber, nhsCheckDigit } from '../../platform/nhs-number.ts';
import { findPatientIdsByNhsNumber, insertImportedPatient } from '../patients/index.ts';
import { OBSERVATION_KINDS, type ObservationKindId } from './observation-kinds.ts';
import { recomputeSummaries } from './recompute.ts';
import { isValidSnomedId } from './snomed.ts';

// Coded records from FHIR R4 bundles (the shape GP systems and synthetic-patient generators export):
// Patient, Condition (SNOMED CT), Observation (LOINC or SNOMED CT), MedicationRequest, AllergyIntolerance; Encounters and
// the rest are counted and skipped. One bundle is one patient and is written whole or not at all: any
// record in error (malformed, impossible value, future date) leaves the bundle unwritten, with each
// error reported against its entry. People are matched by NHS number; a bundle without one (test data
// such as Synthea's, which is US-shaped) is refused unless test-range NHS numbers (999…) are asked for.

const SNOMED = 'http://snomed.info/sct';
const LOINC = 'http://loinc.org';
const NHS_NUMBER = 'https://fhir.nhs.uk/Id/nhs-number';

/** LOINC codes read as our observation kinds, with the conversion of US units where they differ. */
const LOINC_KINDS: Record<string, { kind: ObservationKindId; convert?: (v: number, unit?: string) => number }> = {
  '8480-6': { kind: 'bp-systolic' }, '8462-4': { kind: 'bp-diastolic' },
  // HbA1c in % (DCCT) to mmol/mol (IFCC): (% − 2.15) × 10.929.
  '4548-4': { kind: 'hba1c', convert: (v, unit) => (unit === '%' ? Math.round((v - 2.15) * 10.929) : v) },
  '39156-5': { kind: 'bmi' }, '29463-7': { kind: 'weight' }, '8867-4': { kind: 'pulse' },
  '33914-3': { kind: 'egfr' }, '48643-1': { kind: 'egfr' }, '62238-1': { kind: 'egfr' },
  '59408-5': { kind: 'spo2' }, '2708-6': { kind: 'spo2' },
  // Glucose in mg/dL to mmol/L.
  '2339-0': { kind: 'blood-glucose', convert: (v, unit) => (unit === 'mg/dL' ? Math.round((v / 18.016) * 10) / 10 : v) },
  '19935-6': { kind: 'peak-flow' },
};
/** Smoking-status answers in SNOMED CT as the three our kind keeps. */
const SMOKING: Record<string, string> = { '77176002': '77176002', '449868002': '77176002', '428041000124106': '77176002', '8517006': '8517006', '266919005': '266919005' };

export interface RecordError { entry: number; resourceType: string; pointer: string; detail: string }
export interface BundleReport {
  source: string;
  patient: { id: string | null; nhsNumber: string | null; created: boolean; assignedTestNhsNumber: boolean } | null;
  written: boolean;
  mapped: { conditions: number; observations: number; medications: number; allergies: number };
  skipped: Record<string, number>;
  errors: RecordError[];
}
export interface FhirImportOptions { networkId: string; practiceId: string; assignTestNhsNumbers: boolean; today: string; now: Date }

const dateOf = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);
const codeIn = (c: CodeableConcept | undefined, system: string) => c?.coding?.find((x) => x.system === system && x.code)?.code ?? null;

/** A test-range NHS number (999 …, never issued to a person) made from the bundle's own patient id, so a re-import gets the same one. */
export function testNhsNumber(seed: string): string {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  for (let n = h % 100_000; ; n = (n + 1) % 100_000) {
    const nine = `9998${String(n).padStart(5, '0')}`;
    const check = nhsCheckDigit(nine);
    if (check !== null) return `${nine}${check}`;
  }
}

export async function importFhirBundle(db: Db, bundle: unknown, source: string, o: FhirImportOptions): Promise<BundleReport> {
  const report: BundleReport = { source, patient: null, written: false, mapped: { conditions: 0, observations: 0, medications: 0, allergies: 0 }, skipped: {}, errors: [] };
  const skip = (why: string) => { report.skipped[why] = (report.skipped[why] ?? 0) + 1; };
  const fail = (entry: number, resourceType: string, pointer: string, detail: string) => report.errors.push({ entry, resourceType, pointer, detail });
  const b = bundle as { resourceType?: unknown; entry?: unknown };
  if (!b || typeof b !== 'object' || b.resourceType !== 'Bundle' || !Array.isArray(b.entry)) {
    fail(-1, 'Bundle', '/resourceType', 'not a FHIR Bundle with entries');
    return report;
  }
  const entries = b.entry as BundleEntry[];
  const patients = entries.map((e, i) => [i, e?.resource] as const).filter(([, r]) => r?.resourceType === 'Patient') as [number, Patient][];
  const providerTypes = new Set(['Organization', 'Practitioner', 'PractitionerRole', 'Location']);
  if (patients.length === 0 && entries.length > 0 && entries.every((e) => providerTypes.has(e?.resource?.resourceType ?? ''))) {
    // Generators and GP systems also export their organisations and staff: nothing of ours to keep.
    skip('provider bundle (organisations and practitioners, no Patient)');
    return report;
  }
  if (patients.length !== 1) {
    fail(-1, 'Bundle', '/entry', `a bundle must hold exactly one Patient (found ${patients.length})`);
    return report;
  }
  const [pi, patient] = patients[0];
  if (patient.deceasedDateTime || patient.deceasedBoolean) {
    skip('deceased patient (bundle not imported)');
    return report;
  }
  let nhsNumber = patient.identifier?.find((x) => x.system === NHS_NUMBER)?.value?.replace(/\s/g, '') ?? null;
  let assigned = false;
  if (nhsNumber && !isValidNhsNumber(nhsNumber)) fail(pi, 'Patient', `/entry/${pi}/resource/identifier`, `${nhsNumber} is not a valid NHS number`);
  if (!nhsNumber) {
    if (o.assignTestNhsNumbers) { nhsNumber = testNhsNumber(patient.id ?? source); assigned = true; }
    else fail(pi, 'Patient', `/entry/${pi}/resource/identifier`, 'no NHS number (for test data, ask for test-range NHS numbers: --assign-test-nhs-numbers)');
  }
  const birthDate = dateOf(patient.birthDate);
  if (!birthDate || birthDate > o.today) fail(pi, 'Patient', `/entry/${pi}/resource/birthDate`, 'missing or in the future');
  const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
  const givenName = name?.given?.[0]?.replace(/[0-9]+$/, '') ?? '';
  const familyName = name?.family?.replace(/[0-9]+$/, '') ?? '';
  if (!givenName || !familyName) fail(pi, 'Patient', `/entry/${pi}/resource/name`, 'no given and family name');

  const conditions: { code: string; display: string | null; onset: string; resolved: string | null }[] = [];
  const observations: { kind: ObservationKindId; code: string; value: number | null; unit: string | null; observed_on: string }[] = [];
  const medications: { name: string; started_on: string; ended_on: string | null; repeat: boolean }[] = [];
  const allergies: { code: string | null; display: string; reaction: string | null; recorded_on: string; active: boolean }[] = [];
  const addObservation = (i: number, pointer: string, kind: ObservationKindId, value: number | null, on: string, code?: string) => {
    const k: { code: string; unit: string | null; min?: number; max?: number } = OBSERVATION_KINDS[kind];
    if (value !== null && ((k.min !== undefined && value < k.min) || (k.max !== undefined && value > k.max))) {
      fail(i, 'Observation', pointer, `${kind} of ${value} is outside what can be measured (${k.min}–${k.max})`);
      return;
    }
    observations.push({ kind, code: code ?? k.code, value: value === null ? null : Math.round(value * 100) / 100, unit: k.unit, observed_on: on });
  };

  entries.forEach((e, i) => {
    const r = e?.resource;
    const at = `/entry/${i}/resource`;
    if (!r || typeof r !== 'object' || typeof r.resourceType !== 'string') { fail(i, 'unknown', `/entry/${i}`, 'an entry without a resource'); return; }
    if (r.resourceType === 'Patient') return;
    if (r.resourceType === 'Condition') {
      const c = r as Condition;
      const code = codeIn(c.code, SNOMED);
      if (!code) { skip('Condition without a SNOMED CT code'); return; }
      if (!isValidSnomedId(code)) { fail(i, 'Condition', `${at}/code`, `${code} is not a SNOMED CT identifier`); return; }
      const onset = dateOf(c.onsetDateTime) ?? dateOf(c.recordedDate);
      if (!onset) { fail(i, 'Condition', `${at}/onsetDateTime`, 'no onset or recorded date'); return; }
      if (onset > o.today) { fail(i, 'Condition', `${at}/onsetDateTime`, 'in the future'); return; }
      const status = codeIn(c.clinicalStatus, 'http://terminology.hl7.org/CodeSystem/condition-clinical');
      let resolved = dateOf(c.abatementDateTime);
      if (!resolved && (status === 'resolved' || status === 'inactive' || status === 'remission')) resolved = onset;
      if (resolved && resolved < onset) { fail(i, 'Condition', `${at}/abatementDateTime`, 'before the onset'); return; }
      conditions.push({ code, display: c.code?.text ?? c.code?.coding?.[0]?.display ?? null, onset, resolved });
      return;
    }
    if (r.resourceType === 'Observation') {
      const ob = r as Observation;
      const on = dateOf(ob.effectiveDateTime) ?? dateOf(ob.issued);
      if (!on) { fail(i, 'Observation', `${at}/effectiveDateTime`, 'no date'); return; }
      if (on > o.today) { fail(i, 'Observation', `${at}/effectiveDateTime`, 'in the future'); return; }
      const loinc = codeIn(ob.code, LOINC);
      if (loinc === '72166-2') {
        const answer = codeIn(ob.valueCodeableConcept, SNOMED);
        if (answer && SMOKING[answer]) addObservation(i, `${at}/valueCodeableConcept`, 'smoking-status', null, on, SMOKING[answer]);
        else skip('smoking status with an answer we do not map');
        return;
      }
      const parts = ob.component?.length ? ob.component.map((c, k) => ({ code: codeIn(c.code, LOINC), q: c.valueQuantity, pointer: `${at}/component/${k}/valueQuantity/value` })) : [{ code: loinc, q: ob.valueQuantity, pointer: `${at}/valueQuantity/value` }];
      let used = false;
      for (const part of parts) {
        const map = part.code ? LOINC_KINDS[part.code] : undefined;
        if (!map || typeof part.q?.value !== 'number') continue;
        used = true;
        addObservation(i, part.pointer, map.kind, map.convert ? map.convert(part.q.value, part.q.unit) : part.q.value, on);
      }
      if (!used) skip(`Observation LOINC ${loinc ?? 'uncoded'} (not used by population health)`);
      return;
    }
    if (r.resourceType === 'MedicationRequest') {
      const m = r as MedicationRequest;
      const medName = m.medicationCodeableConcept?.text ?? m.medicationCodeableConcept?.coding?.[0]?.display;
      const started = dateOf(m.authoredOn);
      if (!medName) { skip('MedicationRequest without a medicine name (a Medication reference)'); return; }
      if (!started) { fail(i, 'MedicationRequest', `${at}/authoredOn`, 'no date'); return; }
      if (started > o.today) { fail(i, 'MedicationRequest', `${at}/authoredOn`, 'in the future'); return; }
      // An ended prescription's end date is not in a MedicationRequest: it is kept as ended the day it was written (not current).
      const current = m.status === 'active';
      medications.push({ name: medName.slice(0, 300), started_on: started, ended_on: current ? null : started, repeat: current && m.courseOfTherapyType?.coding?.[0]?.code !== 'acute' });
      return;
    }
    if (r.resourceType === 'AllergyIntolerance') {
      const a = r as AllergyIntolerance;
      const verification = codeIn(a.verificationStatus, 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification');
      if (verification === 'refuted' || verification === 'entered-in-error') { skip(`AllergyIntolerance ${verification}`); return; }
      const display = a.code?.text ?? a.code?.coding?.[0]?.display;
      if (!display) { skip('AllergyIntolerance without words for what it is'); return; }
      const code = codeIn(a.code, SNOMED) ?? null;
      if (code && !isValidSnomedId(code)) { fail(i, 'AllergyIntolerance', `${at}/code`, `${code} is not a SNOMED CT identifier`); return; }
      const on = dateOf(a.recordedDate) ?? dateOf(a.onsetDateTime);
      if (!on) { fail(i, 'AllergyIntolerance', `${at}/recordedDate`, 'no recorded or onset date'); return; }
      if (on > o.today) { fail(i, 'AllergyIntolerance', `${at}/recordedDate`, 'in the future'); return; }
      const m = a.reaction?.[0]?.manifestation?.[0];
      const status = codeIn(a.clinicalStatus, 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical');
      allergies.push({ code, display: display.slice(0, 300), reaction: (m?.text ?? m?.coding?.[0]?.display)?.slice(0, 300) ?? null, recorded_on: on, active: status !== 'inactive' && status !== 'resolved' });
      return;
    }
    skip(`${r.resourceType} (not stored)`);
  });

  report.patient = { id: null, nhsNumber, created: false, assignedTestNhsNumber: assigned };
  if (report.errors.length) return report;
  await db.transaction().execute(async (trx) => {
    let id = (await findPatientIdsByNhsNumber(trx, { networkId: o.networkId, nhsNumbers: [nhsNumber!] })).get(nhsNumber!) ?? null;
    if (!id) {
      id = newId();
      const sex = patient.gender === 'female' || patient.gender === 'male' || patient.gender === 'other' ? patient.gender : 'unknown';
      await insertImportedPatient(trx, { networkId: o.networkId, id, nhsNumber: nhsNumber!, practiceId: o.practiceId, givenName, familyName, dateOfBirth: birthDate!, sex });
      report.patient!.created = true;
    }
    report.patient!.id = id;
    const base = { network_id: o.networkId, patient_id: id, source: 'fhir' as const };
    if (conditions.length) await trx.insertInto('phm_condition').values(conditions.map((c) => ({ ...base, id: newId(), ...c }))).execute();
    for (let k = 0; k < observations.length; k += 1000) await trx.insertInto('phm_observation').values(observations.slice(k, k + 1000).map((x) => ({ ...base, id: newId(), ...x }))).execute();
    if (allergies.length) await trx.insertInto('phm_allergy').values(allergies.map((a) => ({ ...base, id: newId(), ...a }))).execute();
    if (medications.length) await trx.insertInto('phm_medication').values(medications.map((m) => ({ ...base, id: newId(), code: null, ...m }))).execute();
    await recomputeSummaries(trx, { networkId: o.networkId, today: o.today, patientIds: [id], now: o.now });
  });
  report.written = true;
  report.mapped = { conditions: conditions.length, observations: observations.length, medications: medications.length, allergies: allergies.length };
  return report;
}
