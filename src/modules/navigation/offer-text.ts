import type { Db, Executor } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import type { Actor } from '../../platform/actor.ts';
import { Forbidden, NotFound } from '../../platform/problems.ts';
import { runIdempotently } from '../../platform/idempotency.ts';
import { getPatientForActor } from '../patients/index.ts';
import { recordAudit } from '../identity/index.ts';
import { findOffersByIds, type DirectoryOffer } from '../directory/index.ts';
import { queueMessage } from '../messaging/index.ts';
import * as q from './queries.ts';
import { PatientCannotGetTexts, TextNeedsConsent, TextNeedsOffer, TextNeedsPatient } from './errors.ts';
import type { DirectoryTextRequest, OfferTextRequest } from './schema.ts';
import { needOf, NEEDS } from './needs.ts';

/** A UK mobile number: 07… or +447…, ignoring spaces, dashes and brackets. Landlines cannot take a text. */
export function isUkMobile(phone: string): boolean {
  return /^(?:\+?44|0)7\d{9}$/.test(phone.replace(/[\s\-()]/g, ''));
}

/**
 * The text a patient gets: what the offer is, where, when and how to get in touch, in that order (what
 * they will look for when they read it later). No clinical words: the phone may be shared.
 */
export function offerTextBody(o: DirectoryOffer): string {
  const where = o.location ? [o.location.name, o.location.address, o.location.postcode].filter(Boolean).join(', ') : null;
  const contact = [o.contact.name, o.contact.phone, o.contact.email, o.contact.website].filter(Boolean).join(', ');
  return [
    `${o.name} (${o.providerName})`,
    where ? `Where: ${where}` : 'Where: by phone or online',
    o.times ? `When: ${o.times}` : null,
    o.howToAccess === 'self-refer' ? 'You can go along or get in touch yourself.' : 'Ask us or your link worker to refer you.',
    contact ? `Contact: ${contact}` : null,
  ].filter(Boolean).join('\n');
}

/** The checks before any text: the patient's agreement, a known offer, and a patient who takes texts on a mobile. */
async function textable(db: Db, actor: Actor, p: { patientId: string; offerId: string | null; consent: boolean; pointer: string }) {
  const patient = await getPatientForActor(db, actor, p.patientId, 'texting a community offer', p.pointer);
  if (!p.consent) throw new TextNeedsConsent();
  if (!p.offerId) throw new TextNeedsOffer('this contact was not signposted to an offer of the directory');
  const [offer] = await findOffersByIds(db, actor.networkId, [p.offerId]);
  if (!offer) throw new TextNeedsOffer('no offer of the directory has that id');
  const prefs = patient.communication_preferences ?? [];
  if (prefs.length > 0 && !prefs.includes('sms')) throw new PatientCannotGetTexts(`They asked to be contacted by ${prefs.join(' or ')}, not by text.`, p.pointer);
  if (!patient.phone) throw new PatientCannotGetTexts('No phone number is recorded for them.', p.pointer);
  if (!isUkMobile(patient.phone)) throw new PatientCannotGetTexts('The number on their record is not a mobile, so it cannot take a text.', p.pointer);
  return { patient: { id: patient.id, phone: patient.phone }, offer };
}

/** Queues the text in the caller's transaction, notes it on the contact and audits it. */
async function queueOfferText(trx: Executor, actor: Actor, p: { patient: { id: string; phone: string }; offer: DirectoryOffer; contactId: string; fillOffer: boolean; now: Date }) {
  const messageId = await queueMessage(trx, {
    networkId: actor.networkId, patientId: p.patient.id, template: 'directory-offer', channel: 'sms', recipient: p.patient.phone,
    body: offerTextBody(p.offer), relatedEntity: 'nav_contact', relatedId: p.contactId, at: p.now,
  });
  await q.noteOfferTexted(trx, { networkId: actor.networkId, id: p.contactId, at: p.now, messageId, ...(p.fillOffer ? { offer: { id: p.offer.id, name: p.offer.name } } : {}) });
  await recordAudit(trx, actor, { patientId: p.patient.id, action: 'create', entity: 'message', entityId: messageId, purpose: `care navigation: texted the details of ${p.offer.name}` });
}

/**
 * Texts the details of the offer a caller was signposted to, through the messaging outbox (GOV.UK
 * Notify when configured, the log file otherwise), and notes it on the contact. Only with the
 * patient's agreement, to a mobile number, and not when they asked not to be texted; audited.
 */
export async function textOfferToPatient(db: Db, actor: Actor, contactId: string, body: OfferTextRequest, p: { now: Date; idempotencyKey?: string }) {
  if (!actor.staffId) throw new Forbidden('navigation/staff-only', 'Only a member of staff texts a patient.');
  const contact = await q.findContact(db, { networkId: actor.networkId, id: contactId });
  if (!contact) throw new NotFound('navigation-contact');
  if (!contact.patient_id) throw new TextNeedsPatient();
  const { patient, offer } = await textable(db, actor, { patientId: contact.patient_id, offerId: body.offerId ?? contact.offer_id, consent: body.consent, pointer: '/params/id' });
  const result = await runIdempotently(db, actor, { operation: 'navigation/offer-text', key: p.idempotencyKey, request: { contactId, ...body }, statusCode: 200 }, async (trx) => {
    // The contact keeps a signposting it recorded; a texted offer fills it in only where it had none.
    await queueOfferText(trx, actor, { patient, offer, contactId, fillOffer: !contact.offer_id && !contact.offer_name, now: p.now });
    return { id: contactId };
  });
  return result.body.id;
}

/** The need a directory offer answers, for a contact made from the directory: the first non-clinical need listing its category. */
function needForOffer(offer: DirectoryOffer) {
  const byKind = [...NEEDS].sort((a, b) => Number(a.kind === 'clinical') - Number(b.kind === 'clinical'));
  for (const category of offer.categories) {
    const need = byKind.find((n) => n.offerCategories.includes(category));
    if (need) return need;
  }
  return needOf('other')!;
}

/**
 * From the directory's search: records a navigation contact (the patient signposted to the offer)
 * and texts them its details, in one transaction, so the contacts list and metrics count it too.
 */
export async function textOfferFromDirectory(db: Db, actor: Actor, body: DirectoryTextRequest, p: { now: Date; idempotencyKey?: string }) {
  if (!actor.staffId) throw new Forbidden('navigation/staff-only', 'Only a member of staff texts a patient.');
  const { patient, offer } = await textable(db, actor, { patientId: body.patientId, offerId: body.offerId, consent: body.consent, pointer: '/body/patientId' });
  const need = needForOffer(offer);
  const result = await runIdempotently(db, actor, { operation: 'navigation/directory-text', key: p.idempotencyKey, request: body, statusCode: 201 }, async (trx) => {
    const id = newId();
    await q.insertContact(trx, {
      network_id: actor.networkId, id, patient_id: patient.id, caller_label: null, channel: body.channel ?? 'desk', reason: body.reason ?? `Sent the details of ${offer.name} from the directory`,
      need: need.id, need_kind: need.kind, decision: 'signposted', booked_role: null, appointment_id: null, consultation_id: null, offer_id: offer.id, offer_name: offer.name,
      redirect_to: null, sp_referral_id: null, note: null, organisation_id: actor.organisationId, recorded_by_staff_id: actor.staffId!, recorded_at: p.now, seconds_to_record: null,
    });
    await recordAudit(trx, actor, { patientId: patient.id, action: 'create', entity: 'nav_contact', entityId: id, purpose: 'care navigation: signposted from the directory' });
    await queueOfferText(trx, actor, { patient, offer, contactId: id, fillOffer: false, now: p.now });
    return { id };
  });
  return { statusCode: result.statusCode, id: result.body.id };
}
