import { Value } from 'typebox/value';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../platform/problems.ts';
import { findOrganisation, findOfferOwner, upsertOffer } from './offer-writes.ts';
import { checkOffer } from './offers.ts';
import { fromOruk, OrukService, toOruk, type MappedService } from './oruk.ts';
import { findOffersByIds } from './search.ts';

// Import and export of the directory as Open Referral UK JSON. An import is all or nothing: every record
// is checked first and, if any has a problem, nothing is written and each problem is reported with the
// record and the field. A dry run checks and writes nothing.

export interface ImportProblem { record: number; id: string | null; pointer: string; detail: string }
export interface DirectoryImportReport {
  dryRun: boolean;
  records: number;
  valid: number;
  created: number;
  updated: number;
  organisations: number;
  written: boolean;
  errors: ImportProblem[];
}

export class NotAnOrukFile extends DomainError {
  constructor(detail: string) {
    super('invalid', 'directory/not-open-referral', `This is not an Open Referral UK file: ${detail}`, {}, [{ pointer: '/body', detail }]);
  }
}

/** The service records of a file: an array of services, or a page of them ({ "contents": [...] }). */
export function recordsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object' && Array.isArray((json as { contents?: unknown }).contents)) return (json as { contents: unknown[] }).contents;
  throw new NotAnOrukFile('expected an array of services, or an object with "contents" (a page of services)');
}

const MAX_RECORDS = 20_000;

export class ImportRejected extends DomainError {
  constructor(r: DirectoryImportReport) {
    super('unprocessable', 'directory/import-rejected', `${r.records - r.valid} of ${r.records} services have problems, so nothing was imported. Correct them and import the file again.`,
      { records: r.records, valid: r.valid, dryRun: r.dryRun },
      r.errors.slice(0, 500).map((e) => ({ pointer: `/body${e.pointer}`, detail: `service ${e.record}${e.id ? ` (${e.id})` : ''}: ${e.detail}` })));
  }
}

/** Over HTTP a rejected import is a problem naming every record's field (the CLI prints the same report). */
export function rejectWithProblems(r: DirectoryImportReport): DirectoryImportReport {
  if (r.errors.length) throw new ImportRejected(r);
  return r;
}

export async function importDirectory(db: Db, networkId: string, json: unknown, opts: { dryRun?: boolean; now: Date }): Promise<DirectoryImportReport> {
  const records = recordsOf(json);
  const base = Array.isArray(json) ? '' : '/contents';
  if (records.length > MAX_RECORDS) throw new NotAnOrukFile(`more than ${MAX_RECORDS} services; split the file`);
  const errors: ImportProblem[] = [];
  const mapped: MappedService[] = [];
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const id = record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string' ? (record as { id: string }).id : null;
    const at = `${base}/${i}`;
    const schemaErrors = [...Value.Errors(OrukService, record)].filter((e) => e.keyword !== 'boolean' && e.keyword !== 'anyOf');
    if (schemaErrors.length) {
      for (const e of schemaErrors.slice(0, 10)) errors.push({ record: i, id, pointer: at + e.instancePath, detail: e.message });
      return;
    }
    const m = fromOruk(record as OrukService);
    for (const p of m.problems) errors.push({ record: i, id, pointer: at + p.pointer, detail: p.detail });
    if (m.problems.length) return;
    try {
      checkOffer(m.body, at);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      for (const fe of e.errors) errors.push({ record: i, id, pointer: fe.pointer.replace(`${at}/contact`, `${at}/contacts`), detail: e.message });
      return;
    }
    const key = (record as OrukService).id.toLowerCase();
    if (seen.has(key)) {
      errors.push({ record: i, id, pointer: `${at}/id`, detail: 'the same service id appears twice in the file' });
      return;
    }
    seen.add(key);
    mapped.push(m);
  });
  const report: DirectoryImportReport = { dryRun: !!opts.dryRun, records: records.length, valid: mapped.length, created: 0, updated: 0, organisations: 0, written: false, errors };
  if (errors.length) return report;
  const services = records as OrukService[];
  const existing = new Set<string>();
  for (const s of services) if (await findOfferOwner(db, { networkId, id: s.id.toLowerCase() })) existing.add(s.id);
  report.updated = existing.size;
  report.created = services.length - existing.size;
  report.organisations = new Set(mapped.map((m) => m.organisation.id)).size;
  if (opts.dryRun) return report;
  await db.transaction().execute(async (trx) => {
    const orgsDone = new Set<string>();
    for (const [k, m] of mapped.entries()) {
      const o = m.organisation;
      if (!orgsDone.has(o.id)) {
        orgsDone.add(o.id);
        const values = { name: o.name, kind: o.kind, description: o.description, website: o.website, email: o.email, updated_at: opts.now };
        await trx.insertInto('directory_organisation').values({ network_id: networkId, id: o.id, ...values, created_at: opts.now })
          .onConflict((oc) => oc.columns(['network_id', 'id']).doUpdateSet(values)).execute();
      }
      const id = services[k].id.toLowerCase();
      const before = await findOfferOwner(trx, { networkId, id });
      const verifiedAt = m.verifiedOn ? new Date(`${m.verifiedOn}T12:00:00Z`) : opts.now;
      await upsertOffer(trx, { networkId, id, body: m.body, verifiedAt: Number.isNaN(verifiedAt.getTime()) ? opts.now : verifiedAt, now: opts.now, locationId: before?.location_id ?? null });
    }
  });
  report.written = true;
  return report;
}

/** Every offer of the network as a page of ORUK services (the shape the import reads). */
export async function exportDirectory(db: Db, networkId: string, now: Date) {
  const rows = await db.selectFrom('directory_offer').select('id').where('network_id', '=', networkId).orderBy('name').orderBy('id').execute();
  const offers = await findOffersByIds(db, networkId, rows.map((r) => r.id), now);
  const orgs = new Map<string, { description: string | null; website: string | null; email: string | null }>();
  for (const o of offers) {
    if (!orgs.has(o.organisationId)) {
      const g = await findOrganisation(db, { networkId, id: o.organisationId });
      orgs.set(o.organisationId, { description: g?.description ?? null, website: g?.website ?? null, email: g?.email ?? null });
    }
  }
  const contents = offers.map((o) => toOruk(o, orgs.get(o.organisationId)!));
  return { total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: contents.length === 0, contents };
}
