import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { actorOf } from '../../platform/actor.ts';
import { typed } from '../../platform/deps.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { frailtyView, registersCsv, registersView } from './aggregates.ts';
import { FRAILTY_DEFICITS } from './frailty.ts';
import { londonToday, patientSummary, recordEntry } from './records.ts';
import { REGISTERS } from './registers.ts';
import { AllergyBody, ConditionBody, DefinitionsView, FrailtyView, MedicationBody, ObservationBody, PatientParams, PatientSummaryView, RegistersView } from './schema.ts';
import { cohortRoutes } from './cohort-routes.ts';
import { monitoringRoutes } from './monitoring/routes.ts';
import { inequalityRoutes } from './inequality-routes.ts';

const AGGREGATES = ['population-health:aggregates'] as const;
const NAMED = 'population-health:patients' as const;
const RECORD = 'population-health:record' as const;

export async function populationHealthRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['population-health'];

  app.get('/registers', {
    schema: { tags, summary: 'Long-term-condition registers: size and prevalence per practice against the network, due for review, multimorbidity', response: { 200: RegistersView, ...errorResponses } },
    config: { permission: [...AGGREGATES] },
  }, async (req) => registersView(db, actorOf(req).networkId));

  app.get('/registers/export', {
    schema: { tags, summary: 'The registers table as CSV; counts under 5 (and their prevalence) shown as <5', produces: ['text/csv'], response: { 200: Type.String({ description: 'text/csv' }), ...errorResponses } },
    config: { permission: [...AGGREGATES] },
  }, async (req, reply) => reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="commons-registers-${londonToday(now())}.csv"`)
    .send(registersCsv(await registersView(db, actorOf(req).networkId))));

  app.get('/registers/definitions', {
    schema: { tags, summary: 'How each register and frailty deficit is defined: codes, rules, qualifiers and reviews', response: { 200: DefinitionsView, ...errorResponses } },
    config: { permission: [...AGGREGATES] },
  }, async () => ({
    registers: REGISTERS.map((r) => ({
      id: r.id, name: r.name, indicator: r.indicator, cluster: r.cluster, codes: r.codes, rule: r.rule, minAge: r.minAge ?? null, diagnosedOnOrAfter: r.diagnosedOnOrAfter ?? null,
      requiresMedication: r.requiresMedication?.what ?? null, alsoByMedication: r.alsoByMedication?.what ?? null, review: r.review,
    })),
    frailtyDeficits: FRAILTY_DEFICITS.map((d) => ({ id: d.id, name: d.name, codes: d.codes })),
  }));

  app.get('/frailty', {
    schema: { tags, summary: 'Electronic frailty index categories of everyone aged 65 and over: network, practices, age bands', response: { 200: FrailtyView, ...errorResponses } },
    config: { permission: [...AGGREGATES] },
  }, async (req) => frailtyView(db, actorOf(req).networkId, londonToday(now())));

  app.get('/patients/:patientId', {
    schema: { tags, summary: 'A patient\'s registers, frailty, multimorbidity and coded record (audited)', params: PatientParams, response: { 200: PatientSummaryView, ...errorResponses } },
    config: { permission: NAMED },
  }, async (req) => patientSummary(db, actorOf(req), req.params.patientId, now(), req.id));

  app.post('/patients/:patientId/conditions', {
    schema: { tags, summary: 'Record a coded condition (SNOMED CT, onset, resolution); the patient\'s registers and frailty are recomputed', params: PatientParams, body: ConditionBody, response: { 201: PatientSummaryView, ...errorResponses } },
    config: { permission: RECORD },
  }, async (req, reply) => reply.code(201).send(await recordEntry(db, actorOf(req), req.params.patientId, { kind: 'condition', body: req.body }, now(), req.id)));

  app.post('/patients/:patientId/observations', {
    schema: { tags, summary: 'Record an observation (blood pressure, HbA1c, BMI, eGFR, smoking status, a review …); impossible values are refused', params: PatientParams, body: ObservationBody, response: { 201: PatientSummaryView, ...errorResponses } },
    config: { permission: RECORD },
  }, async (req, reply) => reply.code(201).send(await recordEntry(db, actorOf(req), req.params.patientId, { kind: 'observation', body: req.body }, now(), req.id)));

  app.post('/patients/:patientId/medications', {
    schema: { tags, summary: 'Record a medicine (name, start, end, repeat)', params: PatientParams, body: MedicationBody, response: { 201: PatientSummaryView, ...errorResponses } },
    config: { permission: RECORD },
  }, async (req, reply) => reply.code(201).send(await recordEntry(db, actorOf(req), req.params.patientId, { kind: 'medication', body: req.body }, now(), req.id)));

  app.post('/patients/:patientId/allergies', {
    schema: { tags, summary: 'Record an allergy or intolerance (words, SNOMED CT code when known, reaction); shown on the clinical summary', params: PatientParams, body: AllergyBody, response: { 201: PatientSummaryView, ...errorResponses } },
    config: { permission: RECORD },
  }, async (req, reply) => reply.code(201).send(await recordEntry(db, actorOf(req), req.params.patientId, { kind: 'allergy', body: req.body }, now(), req.id)));

  await root.register(cohortRoutes);
  await root.register(monitoringRoutes);
  await root.register(inequalityRoutes);
}
