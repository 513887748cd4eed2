import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { Closed, errorResponses, IsoDateTime, Uuid } from '../../platform/schemas.ts';
import { IdParams } from './rota-schema.ts';
import { addToWaitlist, listWaitlist, removeFromWaitlist } from './waitlist.ts';
import { hubSessionFillRates, releaseRules, setReleaseRule } from './release.ts';
import { Invalid } from '../../platform/problems.ts';

const Priority = Type.Union([Type.Literal('urgent'), Type.Literal('soon'), Type.Literal('routine')], { description: 'clinical priority: offered first urgent, then soon, then routine; within each, first come first served' });
const WaitlistRequest = Closed({
  patientId: Uuid(),
  role: Type.String({ minLength: 2, maxLength: 40, pattern: '^[a-z-]+$', description: 'the role the patient is waiting to see, e.g. gp, physiotherapist' }),
  serviceId: Type.Optional(Uuid('only slots of this service')),
  priority: Type.Optional(Priority),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
const WaitlistOffer = Type.Object({
  id: Uuid(), slotId: Uuid(), startAt: IsoDateTime('when the offered appointment starts'), offeredAt: IsoDateTime(), expiresAt: IsoDateTime(),
  status: Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('declined'), Type.Literal('expired'), Type.Literal('withdrawn')], { description: 'open until the patient answers or it runs out' }),
  respondedAt: Type.Union([IsoDateTime(), Type.Null()]), appointmentId: Type.Union([Uuid(), Type.Null()]),
});
const WaitlistEntry = Type.Object({
  id: Uuid(), patientId: Uuid(), patientName: Type.String(), nhsNumber: Type.String(), practiceId: Uuid(), practiceName: Type.String(),
  role: Type.String(), serviceId: Type.Union([Uuid(), Type.Null()]), priority: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]), status: Type.String(), createdAt: IsoDateTime(), appointmentId: Type.Union([Uuid(), Type.Null()]),
  offers: Type.Array(WaitlistOffer, { description: 'the freed slots offered to this entry, oldest first' }),
});
const WaitlistQuery = Closed({
  role: Type.Optional(Type.String({ maxLength: 40 })),
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('booked'), Type.Literal('removed')], { description: 'open (waiting or holding an offer; the default), booked from an offer, or taken off' })),
});
const ReleaseRules = Type.Object({ hub: Type.Integer(), network: Type.Integer(), nhs111: Type.Integer() }, { description: 'hours before the start at which unbooked slots held for each channel are released to the owning practice' });
const ReleaseRuleRequest = Closed({
  channel: Type.Union([Type.Literal('hub'), Type.Literal('network'), Type.Literal('nhs111')]),
  hoursBefore: Type.Integer({ minimum: 1, maximum: 336 }),
});
const FillQuery = Closed({ from: IsoDateTime(), to: IsoDateTime() });
const FillRow = Type.Object({
  hubId: Uuid(), hubName: Type.String(), siteId: Uuid(), staffId: Uuid(), day: Type.String(), firstStart: IsoDateTime(), slots: Type.Integer(), blocked: Type.Integer(),
  booked: Type.Integer(), attended: Type.Integer(), dna: Type.Integer(), released: Type.Integer(), releasedThenBooked: Type.Integer(),
  fillRate: Type.Union([Type.Number(), Type.Null()], { description: 'booked ÷ (slots − blocked); null when nothing was bookable' }),
});

/** The waitlist, "use it or lose it" release rules and hub session fill rates. */
export async function waitlistRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['booking: waitlist and release'];

  app.post('/waitlist', {
    schema: { tags, summary: 'Put a patient on the waitlist for a role (and service); freed slots are offered to them by text or email with a link', body: WaitlistRequest, response: { 201: WaitlistEntry, ...errorResponses } },
    config: { permission: 'appointments:book' },
  }, async (req, reply) => reply.code(201).send(await addToWaitlist(db, actorOf(req), req.body, now())));

  app.get('/waitlist', {
    schema: { tags, summary: 'Patients waiting (or holding an offer), in the order they will be offered, with the offers made to each; or those booked or taken off', querystring: WaitlistQuery, response: { 200: Type.Object({ items: Type.Array(WaitlistEntry), nextCursor: Type.Null() }), ...errorResponses } },
    config: { permission: 'appointments:read' },
  }, async (req) => ({ items: await listWaitlist(db, actorOf(req), { role: req.query.role, status: req.query.status }), nextCursor: null }));

  app.delete('/waitlist/:id', {
    schema: { tags, summary: 'Take a patient off the waitlist (an open offer is withdrawn)', params: IdParams, response: { 204: Type.Null(), ...errorResponses } },
    config: { permission: 'appointments:manage' },
  }, async (req, reply) => {
    await removeFromWaitlist(db, actorOf(req), req.params.id);
    return reply.code(204).send(null);
  });

  app.get('/release-rules', {
    schema: { tags, summary: '"Use it or lose it": hours before the start at which unbooked hub, network and NHS 111 slots go back to the owning practice', response: { 200: ReleaseRules, ...errorResponses } },
    config: { permission: ['rota:manage', 'network:manage'] },
  }, async (req) => releaseRules(db, actorOf(req).networkId));

  app.put('/release-rules', {
    schema: { tags, summary: 'Set the release time for one channel (the whole network)', body: ReleaseRuleRequest, response: { 200: ReleaseRules, ...errorResponses } },
    config: { permission: 'network:manage' },
  }, async (req) => setReleaseRule(db, actorOf(req), req.body));

  app.get('/hub-sessions/fill', {
    schema: { tags, summary: 'Fill rate per hub session (hub, site, clinician, day): slots, booked, attended, DNA, released', querystring: FillQuery, response: { 200: Type.Object({ items: Type.Array(FillRow) }), ...errorResponses } },
    config: { permission: ['analytics:read', 'rota:manage'] },
  }, async (req) => {
    const from = new Date(req.query.from);
    const to = new Date(req.query.to);
    if (!(to > from) || to.getTime() - from.getTime() > 366 * 86_400_000) throw new Invalid('booking/range-invalid', 'Give a "to" after "from", at most a year later.', '/querystring/to');
    return { items: await hubSessionFillRates(db, { networkId: actorOf(req).networkId, from, to }) };
  });
}
