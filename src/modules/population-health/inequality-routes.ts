import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { actorOf } from '../../platform/actor.ts';
import { typed } from '../../platform/deps.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { inequalitiesCsv } from './inequalities-csv.ts';
import { InequalitiesView } from './inequalities-schema.ts';
import { inequalitiesView } from './inequalities.ts';
import { londonToday } from './records.ts';

const AGGREGATES = 'population-health:aggregates' as const;

export async function inequalityRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['population-health'];

  app.get('/inequalities', {
    schema: { tags, summary: 'Register prevalence, review rate and outreach results by deprivation decile, age band and sex, with the most/least deprived gap; counts of 1–4 as "<5"', response: { 200: InequalitiesView, ...errorResponses } },
    config: { permission: AGGREGATES },
  }, async (req) => inequalitiesView(db, actorOf(req).networkId));

  app.get('/inequalities/export', {
    schema: { tags, summary: 'The inequalities view as CSV, one figure a row; counts of 1–4 as <5, formula-like cells neutralised', produces: ['text/csv'], response: { 200: Type.String({ description: 'text/csv' }), ...errorResponses } },
    config: { permission: AGGREGATES },
  }, async (req, reply) => reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="commons-inequalities-${londonToday(now())}.csv"`)
    .send(inequalitiesCsv(await inequalitiesView(db, actorOf(req).networkId))));
}
