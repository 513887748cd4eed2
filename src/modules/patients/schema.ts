import { pageQuery } from '../../platform/pagination.ts';
import { Type, type Static } from 'typebox';
import { Closed, IsoDate, IsoDateTime, Uuid } from '../../platform/schemas.ts';

const Sex = Type.Union([Type.Literal('female'), Type.Literal('male'), Type.Literal('other'), Type.Literal('unknown')]);
const CommunicationPreference = Type.Union([Type.Literal('sms'), Type.Literal('email'), Type.Literal('letter')]);
const Accessibility = Type.Union([Type.Literal('step-free'), Type.Literal('hearing-loop'), Type.Literal('parking'), Type.Literal('bsl'), Type.Literal('easy-read')]);

export const PatientView = Type.Object({
  id: Uuid(),
  nhsNumber: Type.String(),
  practiceId: Uuid(),
  practiceName: Type.String(),
  givenName: Type.String(),
  familyName: Type.String(),
  dateOfBirth: Type.String({ format: 'date' }),
  age: Type.Integer(),
  sex: Sex,
  address: Type.Union([Type.String(), Type.Null()]),
  postcode: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  communicationPreferences: Type.Array(Type.String()),
  reasonableAdjustments: Type.Union([Type.String(), Type.Null()]),
  interpreterLanguage: Type.Union([Type.String(), Type.Null()]),
  accessibilityNeeds: Type.Array(Type.String()),
  preferredSiteId: Type.Union([Uuid(), Type.Null()]),
  registeredAt: IsoDateTime(),
});
export type PatientView = Static<typeof PatientView>;

export const PatientSearchQuery = Closed({
  q: Type.Optional(Type.String({ minLength: 2, maxLength: 100, description: 'a name fragment ("smi", "smith jo"), an NHS number, a date of birth (YYYY-MM-DD or DD/MM/YYYY) or a postcode' })),
  nhsNumber: Type.Optional(Type.String({ format: 'nhs-number' })),
  dateOfBirth: Type.Optional(IsoDate()),
  postcode: Type.Optional(Type.String({ minLength: 2, maxLength: 8 })),
  practiceId: Type.Optional(Uuid()),
  ...pageQuery({ defaultLimit: 20, maxLimit: 100 }),
});
export type PatientSearchQuery = Static<typeof PatientSearchQuery>;

const patientFields = {
  nhsNumber: Type.String({ format: 'nhs-number', description: '10 digits with a valid modulus-11 check digit' }),
  practiceId: Uuid('the registered practice'),
  givenName: Type.String({ minLength: 1, maxLength: 100 }),
  familyName: Type.String({ minLength: 1, maxLength: 100 }),
  dateOfBirth: IsoDate(),
  sex: Sex,
  address: Type.Optional(Type.String({ maxLength: 300 })),
  postcode: Type.Optional(Type.String({ format: 'uk-postcode' })),
  phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ]{7,16}$', description: 'UK phone number' })),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
  communicationPreferences: Type.Optional(Type.Array(CommunicationPreference, { uniqueItems: true })),
  reasonableAdjustments: Type.Optional(Type.String({ maxLength: 1000 })),
  interpreterLanguage: Type.Optional(Type.String({ maxLength: 60 })),
  accessibilityNeeds: Type.Optional(Type.Array(Accessibility, { uniqueItems: true })),
  preferredSiteId: Type.Optional(Uuid()),
};
export const RegisterPatientRequest = Closed(patientFields);
export type RegisterPatientRequest = Static<typeof RegisterPatientRequest>;

const { nhsNumber: _n, ...updatable } = patientFields;
export const UpdatePatientRequest = Type.Partial(Type.Object(updatable), { additionalProperties: false, description: 'fields to change; the NHS number never changes' });
export type UpdatePatientRequest = Static<typeof UpdatePatientRequest>;

export const PatientIdParams = Closed({ id: Uuid() });
export const AuditPageQuery = Closed(pageQuery({ defaultLimit: 100, maxLimit: 500 }));
export const AuditEventView = Type.Object({
  id: Uuid(), at: IsoDateTime(), actorStaffId: Type.Union([Uuid(), Type.Null()]), actorName: Type.Union([Type.String(), Type.Null()]),
  actorTokenId: Type.Union([Uuid(), Type.Null()]), actorOrganisationId: Type.Union([Uuid(), Type.Null()]), actorRole: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(), entity: Type.String(), entityId: Type.Union([Uuid(), Type.Null()]), purpose: Type.String(),
});

export const AccessLogQuery = Closed({
  from: IsoDate('first day of the period (London date)'),
  to: IsoDate('last day of the period, included; at most 366 days after from'),
  patientId: Type.Optional(Uuid('who looked at this patient')),
  staffId: Type.Optional(Uuid('what this member of staff looked at')),
  tokenId: Type.Optional(Uuid('what this API token looked at')),
  outsidePractice: Type.Optional(Type.Boolean({ description: "only access by someone acting for an organisation other than the patient's practice" })),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { description: 'csv: the whole period (up to 10,000 rows) as a spreadsheet' })),
  ...pageQuery({ defaultLimit: 100, maxLimit: 500 }),
});
export type AccessLogQuery = Static<typeof AccessLogQuery>;
export const AccessLogEventView = Type.Object({
  ...AuditEventView.properties,
  patientId: Type.Union([Uuid(), Type.Null()]),
});

export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const ImportPatientsRequest = Closed({
  csv: Type.String({ minLength: 1, maxLength: IMPORT_MAX_BYTES, description: 'the CSV file as text (UTF-8, header row first)' }),
  mapping: Type.Optional(Type.Record(Type.String(), Type.String({ maxLength: 200 }), { description: 'patient field → the header of the column that holds it, e.g. {"familyName": "Last name"}; the default header names fill the rest' })),
  practiceId: Type.Optional(Uuid('the practice for rows without a practice ODS code; required when the file has no practice column')),
  dryRun: Type.Optional(Type.Boolean({ default: false, description: 'check every row, including NHS number clashes, and write nothing' })),
  validRowsOnly: Type.Optional(Type.Boolean({ default: false, description: 'write the rows that pass and report the others; by default any error means nothing is written' })),
});
export type ImportPatientsRequest = Static<typeof ImportPatientsRequest>;
export const ImportReportView = Type.Object({
  dryRun: Type.Boolean(),
  validRowsOnly: Type.Boolean(),
  rows: Type.Integer({ description: 'data rows in the file' }),
  valid: Type.Integer({ description: 'rows that passed every check' }),
  imported: Type.Integer({ description: 'patients written' }),
  errors: Type.Array(Type.Object({ row: Type.Integer({ description: 'spreadsheet row; the header is row 1' }), column: Type.String(), problem: Type.String() })),
});
