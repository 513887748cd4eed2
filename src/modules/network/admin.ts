import { forgetNetworkReference } from './reference.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { DomainError, Forbidden, Invalid, isUniqueViolation, NotFound } from '../../platform/problems.ts';
import type { OpeningHours } from './tables.ts';
import { mayAdministerOrganisation, recordAdminAction } from '../identity/index.ts';
import { NATIONAL_CATEGORIES } from '../booking/index.ts';
import * as q from './admin-queries.ts';
import { describeNetwork } from './service.ts';

// Network administration: organisations, sites, services and the data-sharing setting. Network
// managers (network:manage) change anything; a practice manager (organisation:manage) changes only
// the details and sites of the organisation they work for. Every change is audited.

type Kind = 'practice' | 'pcn' | 'hub' | 'nhs111' | 'social-care' | 'community' | 'voluntary' | 'external';

// ODS code shapes (NHS Digital ODS): a GP practice is one letter and five digits (A81001); a PCN is
// U and five digits (U81234). Other organisations' codes (trusts, NHS 111 providers, social care
// providers) are 3 to 6 letters and digits, and many partners have none.
const ODS_SHAPES: Partial<Record<Kind, { re: RegExp; words: string }>> = {
  practice: { re: /^[A-Z]\d{5}$/, words: 'a letter and five digits, e.g. A81001' },
  pcn: { re: /^U\d{5}$/, words: 'U and five digits, e.g. U81234' },
};
const ANY_ODS = /^[A-Z0-9]{3,6}$/;

function checkOdsCode(kind: Kind, raw: string | null | undefined): string | null {
  const code = raw?.trim().toUpperCase() || null;
  if (code === null) {
    if (kind === 'practice') throw new Invalid('network/ods-code-required', 'A practice needs its ODS code (a letter and five digits, e.g. A81001).', '/body/odsCode');
    return null;
  }
  const shape = ODS_SHAPES[kind];
  if (shape ? !shape.re.test(code) : !ANY_ODS.test(code)) {
    throw new Invalid('network/bad-ods-code', `"${code}" is not the ODS code of a ${kind === 'pcn' ? 'PCN' : kind}: it should be ${shape?.words ?? '3 to 6 letters and digits'}.`, '/body/odsCode');
  }
  return code;
}

class OdsCodeTaken extends DomainError {
  constructor(code: string) {
    super('conflict', 'network/ods-code-taken', `Another organisation in this network already has the ODS code ${code}.`, {}, [{ pointer: '/body/odsCode', detail: 'already in use' }]);
  }
}

function assertMayChange(actor: Actor, organisationId: string, pointer: string) {
  if (!mayAdministerOrganisation(actor, organisationId)) {
    throw new DomainError('forbidden', 'network/outside-your-organisation', 'You can only change the organisation you are working for now.', {}, [{ pointer, detail: 'not your organisation' }]);
  }
}

function checkOpeningHours(hours: OpeningHours | undefined): OpeningHours | undefined {
  if (!hours) return hours;
  for (const [day, periods] of Object.entries(hours) as [string, [string, string][]][]) {
    let previousEnd = '';
    periods.forEach(([start, end], i) => {
      if (start >= end) throw new Invalid('network/bad-opening-hours', `On ${day}, period ${i + 1} closes (${end}) before it opens (${start}).`, `/body/openingHours/${day}/${i}`);
      if (start < previousEnd) throw new Invalid('network/bad-opening-hours', `On ${day}, period ${i + 1} starts before the one before it ends: list periods in order, without overlap.`, `/body/openingHours/${day}/${i}`);
      previousEnd = end;
    });
  }
  return hours;
}

function checkCategory(category: string | undefined, pointer = '/body/nationalCategory') {
  if (category !== undefined && !(NATIONAL_CATEGORIES as readonly string[]).includes(category)) {
    throw new Invalid('network/unknown-national-category', `"${category}" is not a national appointment category. Use one of: ${NATIONAL_CATEGORIES.join('; ')}.`, pointer);
  }
}

async function view(db: Db, networkId: string) {
  return describeNetwork(db, networkId);
}

export async function createOrganisation(db: Db, actor: Actor, body: { kind: Kind; name: string; odsCode?: string | null; address?: string | null; postcode?: string | null; phone?: string | null }) {
  const odsCode = checkOdsCode(body.kind, body.odsCode);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    if (body.kind === 'pcn' && (await q.findPcnOrganisation(trx, { networkId: actor.networkId }))) {
      throw new DomainError('conflict', 'network/pcn-exists', 'This network already has its PCN organisation: edit that one instead.', {}, [{ pointer: '/body/kind', detail: 'one PCN per network' }]);
    }
    try {
      await q.insertOrganisation(trx, {
        network_id: actor.networkId, id, kind: body.kind, name: body.name.trim(), ods_code: odsCode,
        address: body.address ?? null, postcode: body.postcode?.toUpperCase() ?? null, phone: body.phone ?? null,
      });
    } catch (e) {
      if (isUniqueViolation(e, 'organisation_network_id_ods_code_key')) throw new OdsCodeTaken(odsCode!);
      throw e;
    }
    await recordAdminAction(trx, actor, { action: 'create', entity: 'organisation', entityId: id, detail: { kind: body.kind, name: body.name, odsCode } });
  });
  forgetNetworkReference(actor.networkId);
  return (await view(db, actor.networkId)).organisations.find((o) => o.id === id)!;
}

export async function updateOrganisation(db: Db, actor: Actor, id: string, body: { name?: string; odsCode?: string | null; address?: string | null; postcode?: string | null; phone?: string | null }) {
  const org = await q.findOrganisation(db, { networkId: actor.networkId, id });
  if (!org) throw new NotFound('organisation', '/params/id');
  assertMayChange(actor, id, '/params/id');
  if (body.odsCode !== undefined && !actor.permissions.has('network:manage')) {
    throw new Forbidden('network/ods-code-by-network-only', 'Only a PCN manager or administrator can change an ODS code.');
  }
  const odsCode = body.odsCode !== undefined ? checkOdsCode(org.kind, body.odsCode) : undefined;
  await db.transaction().execute(async (trx) => {
    try {
      await q.updateOrganisation(trx, {
        networkId: actor.networkId, id, set: {
          ...(body.name !== undefined ? { name: body.name.trim() } : {}),
          ...(odsCode !== undefined ? { ods_code: odsCode } : {}),
          ...(body.address !== undefined ? { address: body.address } : {}),
          ...(body.postcode !== undefined ? { postcode: body.postcode?.toUpperCase() ?? null } : {}),
          ...(body.phone !== undefined ? { phone: body.phone } : {}),
        },
      });
    } catch (e) {
      if (isUniqueViolation(e, 'organisation_network_id_ods_code_key')) throw new OdsCodeTaken(odsCode!);
      throw e;
    }
    await recordAdminAction(trx, actor, { action: 'update', entity: 'organisation', entityId: id, detail: { ...body } });
  });
  forgetNetworkReference(actor.networkId);
  return (await view(db, actor.networkId)).organisations.find((o) => o.id === id)!;
}

export async function createSite(db: Db, actor: Actor, body: { organisationId: string; name: string; address?: string | null; postcode?: string | null; openingHours?: OpeningHours; accessibility?: string[] }) {
  const org = await q.findOrganisation(db, { networkId: actor.networkId, id: body.organisationId });
  if (!org) throw new Invalid('network/unknown-organisation', 'No organisation with that id in this network.', '/body/organisationId');
  assertMayChange(actor, body.organisationId, '/body/organisationId');
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await q.insertSite(trx, {
      network_id: actor.networkId, id, organisation_id: body.organisationId, kind: org.kind === 'hub' ? 'hub' : 'practice-site', name: body.name.trim(),
      address: body.address ?? null, postcode: body.postcode?.toUpperCase() ?? null, opening_hours: JSON.stringify(checkOpeningHours(body.openingHours) ?? {}), accessibility: body.accessibility ?? [],
    });
    await recordAdminAction(trx, actor, { action: 'create', entity: 'site', entityId: id, detail: { organisationId: body.organisationId, name: body.name } });
  });
  forgetNetworkReference(actor.networkId);
  return (await view(db, actor.networkId)).sites.find((s) => s.id === id)!;
}

export async function updateSite(db: Db, actor: Actor, id: string, body: { name?: string; address?: string | null; postcode?: string | null; openingHours?: OpeningHours; accessibility?: string[] }) {
  const site = await q.findSite(db, { networkId: actor.networkId, id });
  if (!site) throw new NotFound('site', '/params/id');
  assertMayChange(actor, site.organisation_id, '/params/id');
  const hours = checkOpeningHours(body.openingHours);
  await db.transaction().execute(async (trx) => {
    await q.updateSite(trx, {
      networkId: actor.networkId, id, set: {
        ...(body.name !== undefined ? { name: body.name.trim() } : {}),
        ...(body.address !== undefined ? { address: body.address } : {}),
        ...(body.postcode !== undefined ? { postcode: body.postcode?.toUpperCase() ?? null } : {}),
        ...(hours !== undefined ? { opening_hours: JSON.stringify(hours) } : {}),
        ...(body.accessibility !== undefined ? { accessibility: body.accessibility } : {}),
      },
    });
    await recordAdminAction(trx, actor, { action: 'update', entity: 'site', entityId: id, detail: { ...body } });
  });
  forgetNetworkReference(actor.networkId);
  return (await view(db, actor.networkId)).sites.find((s) => s.id === id)!;
}

export async function createService(db: Db, actor: Actor, body: { code: string; name: string; role: string; nationalCategory: string; defaultMode?: string; description?: string | null }) {
  checkCategory(body.nationalCategory);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    try {
      await q.insertService(trx, {
        network_id: actor.networkId, id, code: body.code, name: body.name.trim(), role: body.role, national_category: body.nationalCategory,
        default_mode: body.defaultMode ?? 'face-to-face', description: body.description ?? null,
      });
    } catch (e) {
      if (isUniqueViolation(e, 'service_network_id_code_key')) throw new DomainError('conflict', 'network/service-code-taken', `Another service already has the code "${body.code}".`, {}, [{ pointer: '/body/code', detail: 'already in use' }]);
      throw e;
    }
    await recordAdminAction(trx, actor, { action: 'create', entity: 'service', entityId: id, detail: { ...body } });
  });
  forgetNetworkReference(actor.networkId);
  return (await view(db, actor.networkId)).services.find((s) => s.id === id)!;
}

export async function updateService(db: Db, actor: Actor, id: string, body: { name?: string; role?: string; nationalCategory?: string; defaultMode?: string; description?: string | null }) {
  checkCategory(body.nationalCategory);
  // Nothing to change: answer with the service as it is (an empty UPDATE is not valid SQL).
  if (Object.values(body).every((v) => v === undefined)) {
    const current = (await view(db, actor.networkId)).services.find((s) => s.id === id);
    if (!current) throw new NotFound('service', '/params/id');
    return current;
  }
  await db.transaction().execute(async (trx) => {
    const res = await q.updateService(trx, {
      networkId: actor.networkId, id, set: {
        ...(body.name !== undefined ? { name: body.name.trim() } : {}),
        ...(body.role !== undefined ? { role: body.role } : {}),
        ...(body.nationalCategory !== undefined ? { national_category: body.nationalCategory } : {}),
        ...(body.defaultMode !== undefined ? { default_mode: body.defaultMode } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
      },
    });
    if (Number(res.numUpdatedRows) === 0) throw new NotFound('service', '/params/id');
    await recordAdminAction(trx, actor, { action: 'update', entity: 'service', entityId: id, detail: { ...body } });
  });
  forgetNetworkReference(actor.networkId);
  return (await view(db, actor.networkId)).services.find((s) => s.id === id)!;
}

/** The network's name and whether its practices share records (a data-sharing agreement). */
export async function updateNetworkSettings(db: Db, actor: Actor, body: { name?: string; dataSharingAcrossPractices?: boolean }) {
  if (body.name === undefined && body.dataSharingAcrossPractices === undefined) return view(db, actor.networkId);
  await db.transaction().execute(async (trx) => {
    await q.updateNetwork(trx, {
      networkId: actor.networkId, set: {
        ...(body.name !== undefined ? { name: body.name.trim() } : {}),
        ...(body.dataSharingAcrossPractices !== undefined ? { data_sharing_across_practices: body.dataSharingAcrossPractices } : {}),
      },
    });
    await recordAdminAction(trx, actor, { action: 'update', entity: 'network', entityId: actor.networkId, detail: { ...body } });
  });
  return view(db, actor.networkId);
}
