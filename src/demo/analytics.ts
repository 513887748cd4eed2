import { DateTime } from 'luxon';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { COMPLAINT_CATEGORIES } from '../modules/analytics/index.ts';
import { LONDON } from '../platform/calendar.ts';
import { bulkInsert, type CellValue } from './bulk-insert.ts';
import type { OrganisationPlan } from './organisations.ts';
import type { IdSource, Random } from './random.ts';

// What the dashboard needs beyond the appointment book: deprivation for the demo's made-up
// postcodes and complaints over the months of history.

/**
 * Deprivation of the demo's made-up postcodes: each postcode sector ("LS6 2") is one demo LSOA
 * (codes E0199xxxx, outside the range England uses), and each district has a deprivation level that
 * its sectors scatter around, so practices drawing from different districts differ.
 */
function planDeprivation(rng: Random, postcodes: string[]) {
  const districtBase = new Map<string, number>();
  const lsoaDecile = new Map<string, number>();
  const postcodeLsoa: CellValue[][] = [];
  for (const p of postcodes) {
    const m = /^(LS\d{1,2})(\d)[A-Z]{2}$/.exec(p);
    if (!m) continue;
    const [, district, sector] = m;
    if (!districtBase.has(district)) districtBase.set(district, rng.int(1, 10));
    const lsoa = `E0199${district.slice(2).padStart(2, '0')}${sector}0`;
    if (!lsoaDecile.has(lsoa)) lsoaDecile.set(lsoa, Math.min(10, Math.max(1, districtBase.get(district)! + rng.int(-2, 2))));
    postcodeLsoa.push([p, lsoa]);
  }
  return { postcodeLsoa, imd: [...lsoaDecile].map(([lsoa, decile]) => [lsoa, decile, 'demo'] as CellValue[]) };
}

const CATEGORY_WEIGHTS: readonly (readonly [string, number])[] = COMPLAINT_CATEGORIES.map((c) => [c, { access: 34, 'clinical-care': 18, communication: 16, 'staff-attitude': 12, prescriptions: 8, administration: 7, premises: 2, other: 3 }[c] ?? 1] as const);
const SUMMARIES: Record<string, string[]> = {
  access: ['Could not get through on the phone at 8am', 'No appointments left by the time I got through', 'Waited three weeks for a routine appointment'],
  'clinical-care': ['Felt my symptoms were not taken seriously', 'Was not examined properly'],
  communication: ['Nobody called back with my results', 'Was not told the appointment had moved'],
  'staff-attitude': ['Receptionist was abrupt on the phone', 'Felt rushed during the appointment'],
  prescriptions: ['Repeat prescription was not ready', 'Wrong dose on my prescription'],
  administration: ['Letter sent to my old address', 'Fit note was delayed'],
  premises: ['No step-free entrance at the branch'],
  other: ['Car park was full'],
};

/** About 25 complaints per practice a year (around 1 per 1,000 registered patients each quarter), most about an appointment. */
async function planComplaints(database: Database, rng: Random, ids: IdSource, p: { networkId: string; orgs: OrganisationPlan; now: Date; historyMonths: number }) {
  const today = DateTime.fromJSDate(p.now, { zone: LONDON }).startOf('day');
  const { rows: appointments } = await sql<{ id: string; organisation_id: string; patient_id: string; day: string }>`
    select id, provider_organisation_id as organisation_id, patient_id, to_char(start_at at time zone 'Europe/London', 'YYYY-MM-DD') as day
    from appointment where network_id = ${p.networkId} and start_at < ${p.now} and status <> 'cancelled' and id::text like '%7' order by id`.execute(database.db);
  const byOrg = new Map<string, typeof appointments>();
  for (const a of appointments) byOrg.set(a.organisation_id, [...(byOrg.get(a.organisation_id) ?? []), a]);
  const rows: CellValue[][] = [];
  for (const org of [...p.orgs.practices, ...p.orgs.hubs]) {
    const pool = byOrg.get(org.id) ?? [];
    const perYear = org.kind === 'hub' ? 6 : Math.max(4, Math.round(org.listSize / 320));
    const count = Math.round((perYear * p.historyMonths) / 12);
    for (let i = 0; i < count && pool.length; i++) {
      const category = rng.weighted(CATEGORY_WEIGHTS);
      const aboutAppointment = category !== 'prescriptions' && category !== 'premises' && rng.chance(0.75);
      const appt = pool[rng.int(0, pool.length - 1)];
      const received = aboutAppointment
        ? DateTime.fromISO(appt.day).plus({ days: rng.int(0, 10) })
        : today.minus({ days: rng.int(1, p.historyMonths * 30) });
      if (received >= today) continue;
      const daysToRespond = rng.weighted([[rng.int(1, 3), 30], [rng.int(4, 15), 45], [rng.int(16, 40), 25]] as const);
      const responded = received.plus({ days: daysToRespond });
      const answered = responded < today && rng.chance(0.95);
      const outcome = answered ? rng.weighted([['upheld', 22], ['partly-upheld', 30], ['not-upheld', 43], ['withdrawn', 5]] as const) : null;
      rows.push([
        p.networkId, ids.next(), org.id, received.toISODate(), aboutAppointment ? 'appointment' : 'other', aboutAppointment ? appt.id : null,
        aboutAppointment ? appt.patient_id : null, category, rng.pick(SUMMARIES[category]), outcome, answered ? responded.toISODate() : null,
      ]);
    }
  }
  return rows;
}

/** Adds deprivation and complaints to a freshly made demo network. */
export async function addAnalyticsDemo(database: Database, rng: Random, ids: IdSource, p: { networkId: string; orgs: OrganisationPlan; now: Date; historyMonths: number }) {
  const { rows } = await sql<{ postcode: string }>`select distinct upper(replace(postcode, ' ', '')) as postcode from patient where network_id = ${p.networkId} and postcode is not null`.execute(database.db);
  const deprivation = planDeprivation(rng.fork('deprivation'), rows.map((r) => r.postcode).sort());
  // The demo's LSOAs are its own (E0199…); a real IMD table loaded into the same database keeps its rows.
  await sql`delete from postcode_lsoa where lsoa_code like 'E0199%'`.execute(database.db);
  await sql`delete from imd_lsoa where source = 'demo'`.execute(database.db);
  await bulkInsert(database, 'imd_lsoa', ['lsoa_code', 'imd_decile', 'source'], deprivation.imd, () => {});
  await bulkInsert(database, 'postcode_lsoa', ['postcode', 'lsoa_code'], deprivation.postcodeLsoa, () => {});
  const complaints = await planComplaints(database, rng.fork('complaints'), ids, p);
  await bulkInsert(database, 'complaint', ['network_id', 'id', 'organisation_id', 'received_on', 'concerns', 'concerns_id', 'patient_id', 'category', 'summary', 'outcome', 'responded_on'], complaints, () => {});
  // The rollup is left to the server's job, which builds it in the background soon after start (or
  // to the first dashboard view): building a year of it here would add about a fifth to the demo's build time.
  return { lsoas: deprivation.imd.length, complaints: complaints.length };
}
