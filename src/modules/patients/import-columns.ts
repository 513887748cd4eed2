import { DomainError } from '../../platform/problems.ts';

/**
 * The fields a patient list can fill, and the header names practice systems commonly export them
 * under (SystmOne and EMIS reports, spreadsheets typed by hand). Headers match ignoring case, spaces
 * and punctuation, so "NHS No." and "nhs_number" both find nhsNumber.
 */
export const IMPORT_FIELDS = {
  nhsNumber: { required: true, headers: ['NHS Number', 'NHS No', 'NHS', 'NHS Num'] },
  familyName: { required: true, headers: ['Surname', 'Family Name', 'Last Name', 'Lastname'] },
  givenName: { required: true, headers: ['Forename', 'Forenames', 'First Name', 'Given Name', 'First Names'] },
  dateOfBirth: { required: true, headers: ['DOB', 'Date of Birth', 'Birth Date', 'Birthdate'] },
  sex: { required: false, headers: ['Sex', 'Gender'] },
  postcode: { required: false, headers: ['Postcode', 'Post Code'] },
  practiceOds: { required: false, headers: ['Practice ODS', 'Practice ODS Code', 'Practice Code', 'ODS Code', 'Practice'] },
  address: { required: false, headers: ['Address'] },
  phone: { required: false, headers: ['Phone', 'Telephone', 'Mobile', 'Phone Number', 'Mobile Number'] },
  email: { required: false, headers: ['Email', 'Email Address', 'E-mail'] },
} as const;
export type ImportField = keyof typeof IMPORT_FIELDS;
export const IMPORT_FIELD_NAMES = Object.keys(IMPORT_FIELDS) as ImportField[];

/** Which column of the file (by index and the header as written) fills each field. */
export type ColumnMap = Partial<Record<ImportField, { index: number; header: string }>>;

export class ImportColumnsInvalid extends DomainError {
  constructor(message: string, pointer = '/body/mapping') {
    super('invalid', 'patients/import-columns', message, {}, [{ pointer, detail: message }]);
  }
}

const key = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Resolves the file's header row to fields: an explicit mapping (field → header) wins, then the
 * default names. A mapping that names a header not in the file, or a required field with no column,
 * is an error before any row is read; a practice column is needed only without a default practice.
 */
export function resolveColumns(headers: string[], mapping: Partial<Record<string, string>> = {}, needPractice = true): ColumnMap {
  const byKey = new Map<string, number>();
  headers.forEach((h, i) => { if (!byKey.has(key(h))) byKey.set(key(h), i); });
  const map: ColumnMap = {};
  for (const [field, header] of Object.entries(mapping)) {
    if (!(field in IMPORT_FIELDS)) throw new ImportColumnsInvalid(`"${field}" is not a patient field; use one of ${IMPORT_FIELD_NAMES.join(', ')}.`);
    const index = byKey.get(key(header ?? ''));
    if (index === undefined) throw new ImportColumnsInvalid(`The mapping for ${field} names the column "${header}", which is not in the file's header row (${headers.join(', ')}).`);
    map[field as ImportField] = { index, header: headers[index] };
  }
  const taken = new Set(Object.values(map).map((c) => c.index));
  for (const field of IMPORT_FIELD_NAMES) {
    if (map[field]) continue;
    for (const name of IMPORT_FIELDS[field].headers) {
      const index = byKey.get(key(name)) ?? byKey.get(key(field));
      if (index !== undefined && !taken.has(index)) {
        map[field] = { index, header: headers[index] };
        taken.add(index);
        break;
      }
    }
  }
  const missing = IMPORT_FIELD_NAMES.filter((f) => (IMPORT_FIELDS[f].required || (f === 'practiceOds' && needPractice)) && !map[f]);
  if (missing.length) {
    throw new ImportColumnsInvalid(`No column found for ${missing.join(', ')}. The header row has: ${headers.join(', ')}. Map them, for example ${missing[0]}="${headers[0] ?? 'Column'}"${missing.includes('practiceOds') ? ', or choose one practice for every row' : ''}.`);
  }
  return map;
}
