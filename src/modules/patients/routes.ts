import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { Page } from '../../platform/pagination.ts';
import { listAuditEvents } from '../identity/index.ts';
import { AccessLogEventView, AccessLogQuery, AuditEventView, AuditPageQuery, IMPORT_MAX_BYTES, ImportPatientsRequest, ImportReportView, PatientIdParams, PatientSearchQuery, PatientView, RegisterPatientRequest, UpdatePatientRequest } from './schema.ts';
import { ImportHasErrors, importPatients } from './import-service.ts';
import { changePatient, getPatientForActor, registerPatient, searchPatients } from './service.ts';
import { toPatientView } from './view.ts';
import { accessLogCsv, searchAccessLog } from './access-log.ts';

export async function patientRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;

  app.get('/access-log', {
    schema: {
      tags: ['patients'], summary: "Record access across the network, for a data protection officer: who looked at a patient, what a person or token looked at, access from outside the patient's practice; JSON pages or CSV. Looking is audited",
      querystring: AccessLogQuery, response: { 200: Page(AccessLogEventView), ...errorResponses },
    },
    config: { permission: 'audit:read' },
  }, async (req, reply) => {
    const page = await searchAccessLog(db, actorOf(req), req.query, req.id);
    if (req.query.format !== 'csv') return page;
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="record-access-${req.query.from}-to-${req.query.to}.csv"`).send(accessLogCsv(page) as never); // text, not the JSON page the schema describes
  });

  app.get('/', {
    schema: { tags: ['patients'], summary: 'Find patients by name fragment, NHS number, date of birth or postcode', querystring: PatientSearchQuery, response: { 200: Page(PatientView), ...errorResponses } },
    config: { permission: 'patients:read' },
  }, async (req) => {
    const page = await searchPatients(db, actorOf(req), req.query, req.id);
    return { items: page.items.map((r) => toPatientView(r, now())), nextCursor: page.nextCursor };
  });

  app.get('/:id', {
    schema: { tags: ['patients'], summary: "A patient's demographics and preferences", params: PatientIdParams, response: { 200: PatientView, ...errorResponses } },
    config: { permission: 'patients:read' },
  }, async (req) => toPatientView(await getPatientForActor(db, actorOf(req), req.params.id, 'view patient'), now()));

  app.post('/', {
    schema: { tags: ['patients'], summary: 'Register a patient at a practice of the network', body: RegisterPatientRequest, response: { 201: PatientView, ...errorResponses } },
    config: { permission: 'patients:write' },
  }, async (req, reply) => reply.code(201).send(toPatientView(await registerPatient(db, actorOf(req), req.body, now()), now())));

  app.post('/imports', {
    schema: {
      tags: ['patients'],
      summary: 'Import a practice\'s patient list from CSV: all rows or none (unless validRowsOnly), with a per-row error report; dryRun checks without writing',
      body: ImportPatientsRequest,
      response: { 200: ImportReportView, ...errorResponses },
    },
    config: { permission: 'patients:write' },
    // A list of 10,000 patients is about 1 MB of CSV, well over the default body limit.
    bodyLimit: IMPORT_MAX_BYTES + 64 * 1024,
  }, async (req) => {
    const report = await importPatients(db, actorOf(req), { ...req.body, today: now() });
    if (report.errors.length && !report.dryRun && !report.validRowsOnly) throw new ImportHasErrors(report);
    return report;
  });

  app.patch('/:id', {
    schema: { tags: ['patients'], summary: "Change a patient's details (the NHS number never changes)", params: PatientIdParams, body: UpdatePatientRequest, response: { 200: PatientView, ...errorResponses } },
    config: { permission: 'patients:write' },
  }, async (req) => toPatientView(await changePatient(db, actorOf(req), req.params.id, req.body, now()), now()));

  app.get('/:id/audit-events', {
    schema: { tags: ['patients'], summary: 'Who read or changed this patient\'s record, when, and why (newest first)', params: PatientIdParams, querystring: AuditPageQuery, response: { 200: Page(AuditEventView), ...errorResponses } },
    config: { permission: 'audit:read' },
  }, async (req) => {
    const actor = actorOf(req);
    await getPatientForActor(db, actor, req.params.id, 'audit review');
    return listAuditEvents(db, { networkId: actor.networkId, patientId: req.params.id, limit: req.query.limit ?? 100, cursor: req.query.cursor });
  });
}
