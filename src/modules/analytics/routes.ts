import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../platform/actor.ts';
import { typed } from '../../platform/deps.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { CLINICAL_ROLES } from '../../platform/permissions.ts';
import { NATIONAL_CATEGORIES } from '../booking/index.ts';
import { findOrganisationsAndSites } from '../network/index.ts';
import { listComplaints, logComplaint, recordComplaintResponse } from './complaints.ts';
import { tableToCsv } from './csv.ts';
import { periodOf, seesAllPractices } from './filters.ts';
import { evaluationReport } from './report.ts';
import { listRepeatedDnas } from './repeated-dnas.ts';
import { findLastRefresh, refreshRollup } from './rollup.ts';
import {
  AnalyticsQuery, ComplaintList, ComplaintListQuery, ComplaintParams, ComplaintRequest, ComplaintResponseRequest, ComplaintView, ExportQuery, FiltersResponse,
  MODES, RefreshQuery, RefreshResponse, RepeatedDnaQuery, RepeatedDnaResponse, ReportResponse, ViewParams, ViewResponse,
} from './schema.ts';
import { defaultRefreshRange, getView, getViewTable } from './views.ts';
import { Type } from 'typebox';

export async function analyticsRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['analytics'];
  const read = { permission: 'analytics:read' as const };

  app.get('/filters', {
    schema: { tags, summary: 'What the dashboard can be filtered by: the organisations and sites this person may choose, roles, modes, national categories', response: { 200: FiltersResponse, ...errorResponses } },
    config: read,
  }, async (req) => {
    const actor = actorOf(req);
    const all = seesAllPractices(actor);
    const { organisations, sites } = await findOrganisationsAndSites(db, { networkId: actor.networkId });
    const mine = (id: string) => all || id === actor.organisationId;
    const last = await findLastRefresh(db, actor.networkId);
    return {
      organisations: organisations.filter((o) => (o.kind === 'practice' || o.kind === 'hub') && mine(o.id)).map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
      sites: sites.filter((s) => mine(s.organisation_id)).map((s) => ({ id: s.id, organisationId: s.organisation_id, name: s.name })),
      roles: [...CLINICAL_ROLES], modes: [...MODES], nationalCategories: [...NATIONAL_CATEGORIES], seesAllPractices: all,
      refreshedAt: last ? last.refreshed_at.toISOString() : null,
    };
  });

  app.get('/views/:view', {
    schema: { tags, summary: 'One dashboard view (demand, attendance, role-mix, access, satisfaction) for a period and filters: headline figures and tables', params: ViewParams, querystring: AnalyticsQuery, response: { 200: ViewResponse, ...errorResponses } },
    config: read,
  }, async (req) => getView(db, actorOf(req), req.params.view, req.query, now()));

  app.get('/export', {
    schema: {
      tags, summary: 'One table of a view as CSV (formula-like cells neutralised)', querystring: ExportQuery, produces: ['text/csv'],
      response: { 200: Type.String({ description: 'text/csv' }), ...errorResponses },
    },
    config: read,
  }, async (req, reply) => {
    const { view, table, ...filters } = req.query;
    const found = await getViewTable(db, actorOf(req), view, table, filters, now());
    const name = `commons-${view}-${table}-${found.response.from}-to-${found.response.to}.csv`;
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(tableToCsv(found.table));
  });

  app.get('/report', {
    schema: { tags, summary: 'The evaluation report: each view\'s headline figures for the period beside the previous period of equal length', querystring: AnalyticsQuery, response: { 200: ReportResponse, ...errorResponses } },
    config: read,
  }, async (req) => evaluationReport(db, actorOf(req), req.query, now()));

  app.post('/refresh', {
    schema: { tags, summary: 'Rebuild the dashboard\'s daily rollup now (default: 13 months back to 8 weeks ahead); PCN staff only', querystring: RefreshQuery, response: { 200: RefreshResponse, ...errorResponses } },
    config: read,
  }, async (req) => {
    const actor = actorOf(req);
    const at = now();
    const range = req.query.from || req.query.to ? periodOf({ from: req.query.from ?? defaultRefreshRange(at).fromDay, to: req.query.to ?? defaultRefreshRange(at).toDay }, at) : defaultRefreshRange(at);
    const { rows } = await refreshRollup(db, { networkId: actor.networkId, ...range, now: at });
    return { refreshedAt: at.toISOString(), from: range.fromDay, to: range.toDay, rows };
  });

  app.get('/repeated-dnas', {
    schema: { tags, summary: 'Patients with repeated DNAs in the period (patient-level: audited, own practice unless PCN staff)', querystring: RepeatedDnaQuery, response: { 200: RepeatedDnaResponse, ...errorResponses } },
    config: { permission: 'analytics:patients' },
  }, async (req) => listRepeatedDnas(db, actorOf(req), req.query, now(), req.id));

  app.get('/complaints', {
    schema: { tags, summary: 'Complaints received in a period, newest first', querystring: ComplaintListQuery, response: { 200: ComplaintList, ...errorResponses } },
    config: read,
  }, async (req) => listComplaints(db, actorOf(req), req.query, now()));

  app.post('/complaints', {
    schema: { tags, summary: 'Log a complaint against the appointment, online consultation or referral it concerns', body: ComplaintRequest, response: { 201: ComplaintView, ...errorResponses } },
    config: { permission: 'complaints:write' },
  }, async (req, reply) => reply.code(201).send(await logComplaint(db, actorOf(req), req.body, now())));

  app.put('/complaints/:complaintId/response', {
    schema: { tags, summary: 'Record the response to a complaint: outcome and the day it was sent', params: ComplaintParams, body: ComplaintResponseRequest, response: { 200: ComplaintView, ...errorResponses } },
    config: { permission: 'complaints:write' },
  }, async (req) => recordComplaintResponse(db, actorOf(req), req.params.complaintId, req.body, now()));
}

