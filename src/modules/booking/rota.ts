import { cursorFor, pageOf } from '../../platform/pagination.ts';
import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { managesOrganisation } from './channels.ts';
import { NotYourOrganisation, OrganisationNotFound, RotaInvalid, TemplateNotFound } from './errors.ts';
import { findOrganisationRef, findServiceRef, findSiteRef } from '../network/index.ts';
import { staffRolesAt } from '../identity/index.ts';
import * as q from './queries/rota.ts';
import { deleteUnusedFutureSlots } from './queries/slots.ts';
import type { CreateRotaTemplateRequest, UpdateRotaTemplateRequest } from './rota-schema.ts';
import { toTemplateView } from './view.ts';

const minutesOf = (t: string) => { const [h, m] = t.split(':').map(Number); return h * 60 + m; };

/** The session shape must make whole slots: 08:30–11:30 in 15-minute slots, not 08:30–11:40. */
function checkSessionShape(t: { startTime: string; endTime: string; slotMinutes: number; validFrom: string; validTo: string | null }) {
  const length = minutesOf(t.endTime) - minutesOf(t.startTime);
  if (length <= 0) throw new RotaInvalid('The session must end after it starts.', '/body/endTime');
  if (length % t.slotMinutes !== 0) throw new RotaInvalid(`A ${length}-minute session does not divide into ${t.slotMinutes}-minute slots.`, '/body/slotMinutes');
  if (t.validTo && t.validTo < t.validFrom) throw new RotaInvalid('validTo is before validFrom.', '/body/validTo');
}

async function checkReferences(db: Executor, networkId: string, p: { siteId?: string; serviceId?: string }) {
  const site = p.siteId ? await findSiteRef(db, { networkId, id: p.siteId }) : undefined;
  if (p.siteId && !site) throw new RotaInvalid('No site with that id in this network.', '/body/siteId');
  const service = p.serviceId ? await findServiceRef(db, { networkId, id: p.serviceId }) : undefined;
  if (p.serviceId && !service) throw new RotaInvalid('No service with that id in this network.', '/body/serviceId');
  return { site, service };
}

/** Templates are listed by organisation, weekday and start: the key their cursor carries. */
const templateCursor = cursorFor('rota-template', ['uuid', 'int', 'text', 'uuid']);

export async function listTemplates(db: Db, actor: Actor, p: { organisationId?: string; staffId?: string; includeInactive?: boolean; limit?: number; cursor?: string }) {
  // Practice managers see their own organisation's rota; the PCN sees everyone's.
  const organisationId = actor.organisationKind === 'pcn' ? p.organisationId : actor.organisationId;
  if (p.organisationId && !managesOrganisation(actor, p.organisationId)) throw new NotYourOrganisation('/querystring/organisationId');
  const limit = p.limit ?? 100;
  const rows = await q.findTemplates(db, { networkId: actor.networkId, organisationId, staffId: p.staffId, activeOnly: !p.includeInactive, after: p.cursor ? templateCursor.decode(p.cursor) : undefined, limit: limit + 1 });
  return pageOf(rows, limit, (r) => templateCursor.encode([r.organisation_id, r.weekday, r.start_time, r.id]), toTemplateView);
}

export async function createTemplate(db: Db, actor: Actor, body: CreateRotaTemplateRequest, today: string) {
  if (!managesOrganisation(actor, body.organisationId)) throw new NotYourOrganisation('/body/organisationId');
  if (!(await findOrganisationRef(db, { networkId: actor.networkId, id: body.organisationId }))) throw new OrganisationNotFound('/body/organisationId');
  const { service } = await checkReferences(db, actor.networkId, body);
  const role = body.role ?? service!.role;
  const roles = await staffRolesAt(db, { networkId: actor.networkId, staffId: body.staffId, organisationId: body.organisationId });
  if (!roles.includes(role)) throw new RotaInvalid(`This person does not work as "${role}" for that organisation${roles.length ? ` (they are: ${roles.join(', ')})` : ''}.`, '/body/staffId');
  const validFrom = body.validFrom ?? today;
  checkSessionShape({ ...body, validFrom, validTo: body.validTo ?? null });
  const id = newId();
  await q.insertTemplate(db, {
    network_id: actor.networkId, id, staff_id: body.staffId, organisation_id: body.organisationId, site_id: body.siteId, service_id: body.serviceId, role, name: body.name,
    weekday: body.weekday, start_time: body.startTime, end_time: body.endTime, slot_minutes: body.slotMinutes, mode: body.mode ?? (service!.defaultMode as never),
    national_category: body.nationalCategory ?? service!.nationalCategory, channels: body.channels, network_share: body.networkShare ?? 0,
    embargo_hours: body.embargoHours ?? null, valid_from: validFrom, valid_to: body.validTo ?? null,
  });
  return toTemplateView((await q.findTemplate(db, { networkId: actor.networkId, id }))!);
}

async function templateForManager(db: Executor, actor: Actor, id: string) {
  const t = await q.findTemplate(db, { networkId: actor.networkId, id });
  if (!t) throw new TemplateNotFound();
  if (!managesOrganisation(actor, t.organisation_id)) throw new NotYourOrganisation('/params/id');
  return t;
}

/** Changes a template for future generation; slots already generated keep their times. */
export async function changeTemplate(db: Db, actor: Actor, id: string, body: UpdateRotaTemplateRequest) {
  const t = await templateForManager(db, actor, id);
  await checkReferences(db, actor.networkId, body);
  checkSessionShape({
    startTime: body.startTime ?? t.start_time.slice(0, 5), endTime: body.endTime ?? t.end_time.slice(0, 5), slotMinutes: body.slotMinutes ?? t.slot_minutes,
    validFrom: body.validFrom ?? t.valid_from, validTo: body.validTo === undefined ? t.valid_to : body.validTo,
  });
  const columns: Record<keyof UpdateRotaTemplateRequest, string> = {
    name: 'name', siteId: 'site_id', serviceId: 'service_id', weekday: 'weekday', startTime: 'start_time', endTime: 'end_time', slotMinutes: 'slot_minutes', mode: 'mode',
    nationalCategory: 'national_category', channels: 'channels', networkShare: 'network_share', embargoHours: 'embargo_hours', validFrom: 'valid_from', validTo: 'valid_to',
  };
  const set: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (v !== undefined) set[columns[k as keyof UpdateRotaTemplateRequest]] = v;
  if (Object.keys(set).length) await q.updateTemplate(db, { networkId: actor.networkId, id, set });
  return toTemplateView((await q.findTemplate(db, { networkId: actor.networkId, id }))!);
}

/** Stops a template generating slots and withdraws its future slots nobody ever booked; history stays. */
export async function deactivateTemplate(db: Db, actor: Actor, id: string, now: Date) {
  return db.transaction().execute(async (trx) => {
    const t = await templateForManager(trx, actor, id);
    await q.updateTemplate(trx, { networkId: actor.networkId, id, set: { active: false } });
    const withdrawn = await deleteUnusedFutureSlots(trx, { networkId: actor.networkId, templateId: id, staffId: t.staff_id, after: now });
    return { template: toTemplateView((await q.findTemplate(trx, { networkId: actor.networkId, id }))!), slotsWithdrawn: withdrawn };
  });
}
