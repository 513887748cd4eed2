import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { actorOf } from '../../platform/actor.ts';
import { typed } from '../../platform/deps.ts';
import { pageQuery } from '../../platform/pagination.ts';
import { Closed, errorResponses } from '../../platform/schemas.ts';
import { countCohort } from './cohort-count.ts';
import { getCohort, listCohorts, listMembers, saveCohort } from './cohorts.ts';
import {
  CohortBody, CohortCount, CohortPage, CohortParams, CohortView, CountBody, EntryBody, EntryPage, EntryParams, EntryView, ListQuery, MemberPage,
  OutreachBody, OutreachPage, OutreachParams, OutreachStatus, OutreachView,
} from './cohort-schema.ts';
import { createOutreach, getOutreach, listEntries, listOutreach, updateEntry } from './outreach.ts';

const AGGREGATES = 'population-health:aggregates' as const;
const NAMED = 'population-health:patients' as const;
const EntriesQuery = Closed({ ...pageQuery({ defaultLimit: 50, maxLimit: 200 }), status: Type.Optional(OutreachStatus) });

export async function cohortRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['population-health'];

  app.post('/cohorts/count', {
    schema: { tags, summary: 'How many people match a cohort filter, by practice, frailty, deprivation decile, sex and age band (no names)', body: CountBody, response: { 200: CohortCount, ...errorResponses } },
    config: { permission: AGGREGATES },
  }, async (req) => countCohort(db, actorOf(req).networkId, req.body.filter, now()));

  app.post('/cohorts', {
    schema: { tags, summary: 'Save a cohort (shared with the network)', body: CohortBody, response: { 201: CohortView, ...errorResponses } },
    config: { permission: AGGREGATES },
  }, async (req, reply) => reply.code(201).send(await saveCohort(db, actorOf(req), req.body, now())));

  app.get('/cohorts', {
    schema: { tags, summary: 'Saved cohorts, newest first, with their size today', querystring: ListQuery, response: { 200: CohortPage, ...errorResponses } },
    config: { permission: AGGREGATES },
  }, async (req) => listCohorts(db, actorOf(req), req.query, now()));

  app.get('/cohorts/:cohortId', {
    schema: { tags, summary: 'One saved cohort with its size today', params: CohortParams, response: { 200: CohortView, ...errorResponses } },
    config: { permission: AGGREGATES },
  }, async (req) => getCohort(db, actorOf(req), req.params.cohortId, now()));

  app.get('/cohorts/:cohortId/members', {
    schema: { tags, summary: 'The people in a cohort you may see, named (clinical roles; each person shown is audited)', params: CohortParams, querystring: ListQuery, response: { 200: MemberPage, ...errorResponses } },
    config: { permission: NAMED },
  }, async (req) => listMembers(db, actorOf(req), req.params.cohortId, req.query, now(), req.id));

  app.post('/cohorts/:cohortId/outreach', {
    schema: { tags, summary: 'Turn a cohort into an outreach list for a clinic or review with a role, and optionally invite everyone on it', params: CohortParams, body: OutreachBody, response: { 201: OutreachView, ...errorResponses } },
    config: { permission: NAMED },
  }, async (req, reply) => reply.code(201).send(await createOutreach(db, actorOf(req), req.params.cohortId, req.body, now(), req.id)));

  app.get('/outreach', {
    schema: { tags, summary: 'Outreach lists, newest first, with how many are invited, contacted, booked, attended', querystring: ListQuery, response: { 200: OutreachPage, ...errorResponses } },
    config: { permission: AGGREGATES },
  }, async (req) => listOutreach(db, actorOf(req), req.query, now()));

  app.get('/outreach/:outreachId', {
    schema: { tags, summary: 'One outreach list and its progress', params: OutreachParams, response: { 200: OutreachView, ...errorResponses } },
    config: { permission: AGGREGATES },
  }, async (req) => getOutreach(db, actorOf(req), req.params.outreachId, now()));

  app.get('/outreach/:outreachId/entries', {
    schema: { tags, summary: 'The people on an outreach list you may see, with where each stands (audited)', params: OutreachParams, querystring: EntriesQuery, response: { 200: EntryPage, ...errorResponses } },
    config: { permission: NAMED },
  }, async (req) => listEntries(db, actorOf(req), req.params.outreachId, req.query, req.id, now()));

  app.patch('/outreach/:outreachId/entries/:entryId', {
    schema: { tags, summary: 'Record where one person on the list stands: contacted, booked, attended, declined, no response', params: EntryParams, body: EntryBody, response: { 200: EntryView, ...errorResponses } },
    config: { permission: NAMED },
  }, async (req) => updateEntry(db, actorOf(req), req.params.outreachId, req.params.entryId, req.body.status, now(), req.id));
}
