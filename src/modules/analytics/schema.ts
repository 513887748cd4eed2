import { Type, type Static, type TLiteral, type TUnion } from 'typebox';
import { Closed, IsoDate, IsoDateTime, Uuid } from '../../platform/schemas.ts';
import { CLINICAL_ROLES } from '../../platform/permissions.ts';
import { Page, pageQuery } from '../../platform/pagination.ts';
import { NATIONAL_CATEGORIES } from '../booking/index.ts';

// Wire shapes of the dashboard: every view answers the same shape (headline figures and tables of
// rows), so one component draws any chart with its table, and one route exports any table as CSV.

export const VIEWS = ['demand', 'attendance', 'role-mix', 'access', 'satisfaction'] as const;
export type ViewName = (typeof VIEWS)[number];
function lit<const T extends readonly [string, ...string[]]>(values: T, description?: string): TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }> {
  return Type.Union(values.map((v) => Type.Literal(v)), description ? { description } : {}) as never;
}

export const MODES = ['face-to-face', 'telephone', 'video', 'home-visit'] as const;
/** What the satisfaction view's Friends and Family Test table is split by. */
export const FFT_SPLITS = ['practice', 'role', 'site', 'channel'] as const;
export type FftSplit = (typeof FFT_SPLITS)[number];

const filterFields = {
  from: Type.Optional(IsoDate('first London day, inclusive; defaults to 12 months before `to`')),
  to: Type.Optional(IsoDate('last London day, inclusive; defaults to today')),
  organisationId: Type.Optional(Uuid('one practice or hub; practice staff may give only their own')),
  siteId: Type.Optional(Uuid('one site')),
  role: Type.Optional(Type.Union(CLINICAL_ROLES.map((r) => Type.Literal(r)), { description: 'the role of the professional' })),
  mode: Type.Optional(lit(MODES)),
  nationalCategory: Type.Optional(lit(NATIONAL_CATEGORIES, 'GPAD national appointment category')),
  split: Type.Optional(lit(FFT_SPLITS, 'satisfaction view: what the Friends and Family Test table is split by (default practice); other views ignore it')),
};
export const AnalyticsQuery = Closed(filterFields);
export type AnalyticsQuery = Static<typeof AnalyticsQuery>;

export const ViewParams = Closed({ view: lit(VIEWS) });

export const ExportQuery = Closed({ ...filterFields, view: lit(VIEWS), table: Type.String({ pattern: '^[a-z0-9-]{1,40}$', description: 'the id of a table of that view' }) });
export type ExportQuery = Static<typeof ExportQuery>;

const Cell = Type.Union([Type.String(), Type.Number(), Type.Null()]);
export const ColumnKind = lit(['text', 'count', 'percent', 'hours', 'days', 'rate'] as const);
export const Column = Type.Object({ key: Type.String(), label: Type.String(), kind: ColumnKind });
export const DataTable = Type.Object({
  id: Type.String(), title: Type.String(), description: Type.String(),
  chart: lit(['bar', 'stacked-bar', 'line', 'heatmap', 'none'] as const),
  columns: Type.Array(Column), rows: Type.Array(Type.Record(Type.String(), Cell)),
});
export type DataTable = Static<typeof DataTable>;
export type Column = Static<typeof Column>;

export const Figure = Type.Object({ key: Type.String(), label: Type.String(), kind: ColumnKind, value: Type.Union([Type.Number(), Type.Null()]) });
export type Figure = Static<typeof Figure>;

export const ViewResponse = Type.Object({
  view: lit(VIEWS), from: IsoDate(), to: IsoDate(), refreshedAt: Type.Union([IsoDateTime(), Type.Null()]),
  scope: Type.Object({ organisationId: Type.Union([Uuid(), Type.Null()]), label: Type.String() }),
  headline: Type.Array(Figure), tables: Type.Array(DataTable), notes: Type.Array(Type.String()),
});
export type ViewResponse = Static<typeof ViewResponse>;

export const ReportFigure = Type.Object({
  key: Type.String(), label: Type.String(), kind: ColumnKind,
  current: Type.Union([Type.Number(), Type.Null()]), previous: Type.Union([Type.Number(), Type.Null()]), change: Type.Union([Type.Number(), Type.Null()]),
});
export const ReportResponse = Type.Object({
  from: IsoDate(), to: IsoDate(), previousFrom: IsoDate(), previousTo: IsoDate(), refreshedAt: Type.Union([IsoDateTime(), Type.Null()]),
  scope: Type.Object({ organisationId: Type.Union([Uuid(), Type.Null()]), label: Type.String() }),
  sections: Type.Array(Type.Object({ title: Type.String(), figures: Type.Array(ReportFigure) })),
  /** The period's Friends and Family Test split by role, site and channel. */
  tables: Type.Array(DataTable), notes: Type.Array(Type.String()),
});
export type ReportResponse = Static<typeof ReportResponse>;
export type ReportFigure = Static<typeof ReportFigure>;

export const FiltersResponse = Type.Object({
  organisations: Type.Array(Type.Object({ id: Uuid(), name: Type.String(), kind: Type.String() })),
  sites: Type.Array(Type.Object({ id: Uuid(), organisationId: Uuid(), name: Type.String() })),
  roles: Type.Array(Type.String()), modes: Type.Array(Type.String()), nationalCategories: Type.Array(Type.String()),
  seesAllPractices: Type.Boolean(), refreshedAt: Type.Union([IsoDateTime(), Type.Null()]),
});

export const RefreshQuery = Closed({ from: Type.Optional(IsoDate()), to: Type.Optional(IsoDate()) });
export const RefreshResponse = Type.Object({ refreshedAt: IsoDateTime(), from: IsoDate(), to: IsoDate(), rows: Type.Integer() });

export const RepeatedDnaQuery = Closed({
  from: Type.Optional(IsoDate()), to: Type.Optional(IsoDate()), organisationId: Type.Optional(Uuid('patients registered at this practice')),
  minimum: Type.Optional(Type.Integer({ minimum: 2, maximum: 50, default: 2, description: 'DNAs in the period, at least' })),
});
export type RepeatedDnaQuery = Static<typeof RepeatedDnaQuery>;
export const RepeatedDnaResponse = Type.Object({
  from: IsoDate(), to: IsoDate(),
  items: Type.Array(Type.Object({
    patientId: Uuid(), nhsNumber: Type.String(), name: Type.String(), dateOfBirth: IsoDate(), practiceId: Uuid(), practiceName: Type.String(),
    dna: Type.Integer(), lastDnaAt: IsoDateTime(),
  })),
});

export const COMPLAINT_CATEGORIES = ['access', 'clinical-care', 'communication', 'staff-attitude', 'prescriptions', 'administration', 'premises', 'other'] as const;
export const COMPLAINT_OUTCOMES = ['upheld', 'partly-upheld', 'not-upheld', 'withdrawn'] as const;
export const COMPLAINT_CONCERNS = ['appointment', 'consultation', 'referral', 'other'] as const;
const NullableDate = Type.Union([IsoDate(), Type.Null()]);

export const ComplaintRequest = Closed({
  organisationId: Type.Optional(Uuid('the practice or hub it is about; defaults to yours')),
  receivedOn: IsoDate(),
  concerns: lit(COMPLAINT_CONCERNS),
  concernsId: Type.Optional(Uuid('the appointment or online consultation it concerns')),
  concernsReference: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'a referral reference, or another system\'s reference' })),
  category: lit(COMPLAINT_CATEGORIES),
  summary: Type.String({ minLength: 1, maxLength: 2000 }),
  outcome: Type.Optional(lit(COMPLAINT_OUTCOMES)),
  respondedOn: Type.Optional(IsoDate()),
});
export type ComplaintRequest = Static<typeof ComplaintRequest>;
export const ComplaintResponseRequest = Closed({ outcome: lit(COMPLAINT_OUTCOMES), respondedOn: IsoDate() });
export type ComplaintResponseRequest = Static<typeof ComplaintResponseRequest>;
export const ComplaintParams = Closed({ complaintId: Uuid() });
export const ComplaintView = Type.Object({
  id: Uuid(), organisationId: Uuid(), organisationName: Type.String(), receivedOn: IsoDate(), concerns: Type.String(), concernsId: Type.Union([Uuid(), Type.Null()]),
  concernsReference: Type.Union([Type.String(), Type.Null()]), category: Type.String(), summary: Type.String(),
  outcome: Type.Union([Type.String(), Type.Null()]), respondedOn: NullableDate, daysToRespond: Type.Union([Type.Integer(), Type.Null()]),
});
export type ComplaintView = Static<typeof ComplaintView>;
export const ComplaintListQuery = Closed({ from: Type.Optional(IsoDate()), to: Type.Optional(IsoDate()), organisationId: Type.Optional(Uuid()), ...pageQuery({ defaultLimit: 50, maxLimit: 200 }) });
export type ComplaintListQuery = Static<typeof ComplaintListQuery>;
export const ComplaintList = Page(ComplaintView);
