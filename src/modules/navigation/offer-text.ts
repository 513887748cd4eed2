import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { Forbidden, NotFound } from '../../platform/problems.ts';
import { runIdempotently } from '../../platform/idempotency.ts';
import { getPatientForActor } from '../patients/index.ts';
import { recordAudit } from '../identity/index.ts';
import { findOffersByIds, type DirectoryOffer } from '../directory/index.ts';
import { queueMessage } from '../messaging/index.ts';
import * as q from './queries.ts';
import { PatientCannotGetTexts, TextNeedsConsent, TextNeedsOffer, TextNeedsPatient } from './errors.ts';
import type { OfferTextRequest } from './schema.ts';

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
  const patient = await getPatientForActor(db, actor, contact.patient_id, 'texting a community offer', '/params/id');
  if (!body.consent) throw new TextNeedsConsent();
  const offerId = body.offerId ?? contact.offer_id;
  if (!offerId) throw new TextNeedsOffer('this contact was not signposted to an offer of the directory');
  const [offer] = await findOffersByIds(db, actor.networkId, [offerId]);
  if (!offer) throw new TextNeedsOffer('no offer of the directory has that id');
  const prefs = patient.communication_preferences ?? [];
  if (prefs.length > 0 && !prefs.includes('sms')) throw new PatientCannotGetTexts(`They asked to be contacted by ${prefs.join(' or ')}, not by text.`);
  if (!patient.phone) throw new PatientCannotGetTexts('No phone number is recorded for them.');
  if (!isUkMobile(patient.phone)) throw new PatientCannotGetTexts('The number on their record is not a mobile, so it cannot take a text.');
  const result = await runIdempotently(db, actor, { operation: 'navigation/offer-text', key: p.idempotencyKey, request: { contactId, ...body }, statusCode: 200 }, async (trx) => {
    const messageId = await queueMessage(trx, {
      networkId: actor.networkId, patientId: patient.id, template: 'directory-offer', channel: 'sms', recipient: patient.phone,
      body: offerTextBody(offer), relatedEntity: 'nav_contact', relatedId: contactId, at: p.now,
    });
    await q.noteOfferTexted(trx, { networkId: actor.networkId, id: contactId, at: p.now, messageId, ...(contact.offer_id || contact.offer_name ? {} : { offer: { id: offer.id, name: offer.name } }) });
    await recordAudit(trx, actor, { patientId: patient.id, action: 'create', entity: 'message', entityId: messageId, purpose: `care navigation: texted the details of ${offer.name}` });
    return { id: contactId };
  });
  return result.body.id;
}
