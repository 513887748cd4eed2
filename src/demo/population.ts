import { nhsCheckDigit } from '../platform/nhs-number.ts';
import type { CellValue } from './bulk-insert.ts';
import { ACCESSIBILITY_NEEDS, FAMILY_NAMES, FEMALE_GIVEN, INTERPRETER_LANGUAGES, MALE_GIVEN, REASONABLE_ADJUSTMENTS } from './names.ts';
import { dramaLandline, dramaMobile, makeAddress, makePostcode, type OrganisationPlan } from './organisations.ts';
import type { IdSource, Random } from './random.ts';

// England's population by five-year age band (0–4 … 85–89, 90+), per cent, rounded from ONS
// mid-year estimates; and the share of each band that is female (more women at older ages).
const AGE_BANDS = [5.4, 5.9, 6.0, 5.6, 6.0, 6.7, 6.9, 6.6, 6.3, 6.2, 6.8, 6.6, 5.8, 5.0, 5.0, 3.7, 2.5, 1.5, 0.9];
const FEMALE_SHARE = [0.488, 0.488, 0.488, 0.49, 0.5, 0.505, 0.505, 0.505, 0.505, 0.505, 0.505, 0.505, 0.51, 0.515, 0.525, 0.545, 0.57, 0.61, 0.68];

export const PATIENT_COLUMNS = [
  'network_id', 'id', 'nhs_number', 'practice_id', 'given_name', 'family_name', 'date_of_birth', 'sex', 'address', 'postcode', 'phone', 'email',
  'communication_preferences', 'reasonable_adjustments', 'interpreter_language', 'accessibility_needs', 'preferred_site_id', 'registered_at',
] as const;

/** What appointment generation needs to know about the patients, in compact arrays. */
export interface Population {
  rows: CellValue[][];
  ids: string[];
  age: Int16Array;
  female: Uint8Array;
  practice: Int32Array;
}

/** Consultations per person-year by age, relative (GP patient survey / QResearch shape: U-shaped). */
export function visitWeight(age: number, female: boolean): number {
  const base = age < 5 ? 1.3 : age < 15 ? 0.55 : age < 25 ? 0.8 : age < 45 ? 0.9 : age < 65 ? 1.1 : age < 75 ? 1.5 : age < 85 ? 2.0 : 2.3;
  return female && age >= 15 && age < 65 ? base * 1.25 : base;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function planPopulation(rng: Random, ids: IdSource, p: { networkId: string; orgs: OrganisationPlan; today: Date }): Population {
  const total = p.orgs.practices.reduce((a, pr) => a + pr.listSize, 0);
  const rows: CellValue[][] = [];
  const idList: string[] = [];
  const age = new Int16Array(total);
  const female = new Uint8Array(total);
  const practice = new Int32Array(total);
  const bandOptions = AGE_BANDS.map((w, i) => [i, w] as const);
  const todayMs = Date.UTC(p.today.getUTCFullYear(), p.today.getUTCMonth(), p.today.getUTCDate());
  const branchOf = new Map(p.orgs.sites.filter((s) => s.name.endsWith('(branch)')).map((s) => [s.organisation_id, s.id]));
  let nine = 999_000_000;
  let k = 0;
  p.orgs.practices.forEach((pr, pi) => {
    for (let j = 0; j < pr.listSize; j++, k++) {
      const band = rng.weighted(bandOptions);
      const years = band === 18 ? 90 + Math.floor(rng.next() * rng.next() * 12) : band * 5 + rng.int(0, 4);
      const isFemale = rng.chance(FEMALE_SHARE[band]);
      const dobMs = todayMs - years * 365.25 * 86400_000 - rng.int(1, 364) * 86400_000;
      const given = isFemale ? rng.pick(FEMALE_GIVEN) : rng.pick(MALE_GIVEN);
      const family = rng.pick(FAMILY_NAMES);
      let nhs: string;
      for (;;) {
        nine += rng.chance(0.2) ? 2 : 1;
        const check = nhsCheckDigit(String(nine));
        if (check !== null) { nhs = `${nine}${check}`; break; }
      }
      const phoneKind = rng.next();
      const phone = phoneKind < 0.85 ? dramaMobile(rng) : phoneKind < 0.95 ? dramaLandline(rng) : null;
      const hasEmail = years >= 16 && years < 85 && rng.chance(0.65);
      const email = hasEmail ? `${given}.${family}${rng.int(1, 999)}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, '') : null;
      const older = years >= 75;
      const prefs: string[] = phone === null ? ['letter'] : older && rng.chance(0.4) ? ['letter'] : rng.weighted<string[]>([[['sms'], 50], [['sms', 'email'], hasEmail ? 35 : 0], [['email'], hasEmail ? 8 : 0], [['phone'], 5], [['letter'], 4]]);
      const interpreter = rng.chance(0.025) ? rng.weighted(INTERPRETER_LANGUAGES) : null;
      const adjustments = rng.chance(older ? 0.06 : 0.025) ? rng.pick(REASONABLE_ADJUSTMENTS) : null;
      const needs: string[] = [];
      if (rng.chance(older ? 0.15 : 0.04)) {
        needs.push(rng.pick(ACCESSIBILITY_NEEDS));
        if (rng.chance(0.3)) { const more = rng.pick(ACCESSIBILITY_NEEDS); if (!needs.includes(more)) needs.push(more); }
      }
      if (interpreter === 'British Sign Language' && !needs.includes('bsl-interpreter')) needs.push('bsl-interpreter');
      const branch = branchOf.get(pr.id);
      const preferredSite = branch && rng.chance(0.15) ? branch : null;
      const earliest = Math.max(dobMs, todayMs - 30 * 365.25 * 86400_000);
      const registeredMs = earliest + Math.floor(rng.next() * (todayMs - 86400_000 - earliest));
      const id = ids.next();
      rows.push([
        p.networkId, id, nhs, pr.id, given, family, isoDate(dobMs), isFemale ? 'female' : 'male', makeAddress(rng), makePostcode(rng, rng.pick(pr.districts)), phone, email,
        prefs, adjustments, interpreter, needs, preferredSite, isoDate(Math.max(registeredMs, dobMs)),
      ]);
      idList.push(id);
      age[k] = years;
      female[k] = isFemale ? 1 : 0;
      practice[k] = pi;
    }
  });
  return { rows, ids: idList, age, female, practice };
}
