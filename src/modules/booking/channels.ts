import type { BookingChannel } from './tables.ts';
import type { Actor } from '../../platform/actor.ts';

/** Channels a rota template may release its slots to. */
export const BOOKING_CHANNELS: readonly BookingChannel[] = ['own-practice', 'network', 'hub', 'nhs111', 'online'];

/** The channel this actor books through when it is not booking its own organisation's slots. */
export function externalChannelOf(actor: Pick<Actor, 'organisationKind'>): BookingChannel {
  if (actor.organisationKind === 'hub') return 'hub';
  if (actor.organisationKind === 'nhs111') return 'nhs111';
  return 'network';
}

/**
 * The booking channel for an actor and a slot's organisation: own-practice for the organisation's own
 * slots; otherwise hub or NHS 111 by the booker's kind, and network for other practices and the PCN.
 * GP Connect lets providers restrict bookability by booking-organisation type; this is that type.
 */
export function bookingChannelFor(actor: Pick<Actor, 'organisationId' | 'organisationKind'>, slotOrganisationId: string): BookingChannel {
  return slotOrganisationId === actor.organisationId ? 'own-practice' : externalChannelOf(actor);
}

/** PCN staff working for the PCN manage every organisation's rota; everyone else only their own. */
export function managesOrganisation(actor: Pick<Actor, 'organisationId' | 'organisationKind'>, organisationId: string): boolean {
  return actor.organisationKind === 'pcn' || actor.organisationId === organisationId;
}
