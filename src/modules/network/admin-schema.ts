import { Type } from 'typebox';
import { Closed, Uuid } from '../../platform/schemas.ts';
import { STAFF_ROLES } from '../../platform/permissions.ts';

export const ORGANISATION_KINDS = ['practice', 'pcn', 'hub', 'nhs111', 'social-care', 'community', 'voluntary', 'external'] as const;

/** What a site offers people with access needs; the same words the patient pages and directory use. */
export const ACCESSIBILITY_FEATURES = ['step-free', 'accessible-toilet', 'hearing-loop', 'parking', 'disabled-parking', 'lift', 'changing-places', 'interpreter-on-request'] as const;
export const APPOINTMENT_MODES = ['face-to-face', 'telephone', 'video', 'home-visit'] as const;

const literals = <T extends readonly string[]>(values: T, description?: string) => Type.Union(values.map((v) => Type.Literal(v)), description ? { description } : {});
const NullableText = (maxLength: number, description?: string) => Type.Union([Type.String({ maxLength }), Type.Null()], description ? { description } : {});
const OdsCode = Type.String({ maxLength: 10, description: 'ODS code: a practice is a letter and five digits (A81001), a PCN U and five digits; upper-cased on the way in' });
const Postcode = Type.Union([Type.String({ format: 'uk-postcode' }), Type.Null()]);
const Phone = Type.Union([Type.String({ pattern: '^[0-9 +()-]{6,20}$' }), Type.Null()]);

export const CreateOrganisationRequest = Closed({
  kind: literals(ORGANISATION_KINDS),
  name: Type.String({ minLength: 1, maxLength: 160 }),
  odsCode: Type.Optional(Type.Union([OdsCode, Type.Null()])),
  address: Type.Optional(NullableText(300)),
  postcode: Type.Optional(Postcode),
  phone: Type.Optional(Phone),
});
export const UpdateOrganisationRequest = Closed({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 160 })),
  odsCode: Type.Optional(Type.Union([OdsCode, Type.Null()])),
  address: Type.Optional(NullableText(300)),
  postcode: Type.Optional(Postcode),
  phone: Type.Optional(Phone),
});

const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM, Europe/London' });
const Day = Type.Optional(Type.Array(Type.Tuple([Time, Time]), { maxItems: 4, description: 'opening periods of the day, e.g. [["08:00","12:30"],["13:30","18:30"]]; empty when closed' }));
export const OpeningHours = Closed({ mon: Day, tue: Day, wed: Day, thu: Day, fri: Day, sat: Day, sun: Day });

export const CreateSiteRequest = Closed({
  organisationId: Uuid('the practice, hub or partner the site belongs to'),
  name: Type.String({ minLength: 1, maxLength: 160 }),
  address: Type.Optional(NullableText(300)),
  postcode: Type.Optional(Postcode),
  openingHours: Type.Optional(OpeningHours),
  accessibility: Type.Optional(Type.Array(literals(ACCESSIBILITY_FEATURES), { uniqueItems: true })),
});
export const UpdateSiteRequest = Closed({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 160 })),
  address: Type.Optional(NullableText(300)),
  postcode: Type.Optional(Postcode),
  openingHours: Type.Optional(OpeningHours),
  accessibility: Type.Optional(Type.Array(literals(ACCESSIBILITY_FEATURES), { uniqueItems: true })),
});

export const CreateServiceRequest = Closed({
  code: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,39}$', description: 'a short stable code, e.g. "gp-routine"' }),
  name: Type.String({ minLength: 1, maxLength: 160 }),
  role: literals(STAFF_ROLES, 'the role that delivers it'),
  nationalCategory: Type.String({ maxLength: 100, description: 'a GPAD national appointment category, spelled as NHS England publishes it' }),
  defaultMode: Type.Optional(literals(APPOINTMENT_MODES)),
  description: Type.Optional(NullableText(1000)),
});
export const UpdateServiceRequest = Closed({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 160 })),
  role: Type.Optional(literals(STAFF_ROLES)),
  nationalCategory: Type.Optional(Type.String({ maxLength: 100 })),
  defaultMode: Type.Optional(literals(APPOINTMENT_MODES)),
  description: Type.Optional(NullableText(1000)),
});

export const UpdateNetworkRequest = Closed({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 160 })),
  dataSharingAcrossPractices: Type.Optional(Type.Boolean({ description: 'true when the practices have a data-sharing agreement: staff of any practice may see any patient of the network' })),
});

export const IdParams = Closed({ id: Uuid() });
