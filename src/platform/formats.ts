import { isValidNhsNumber } from './nhs-number.ts';
import { isValidPostcode } from './postcode.ts';

/** String formats registered once with AJV, so every schema can say format: 'nhs-number'. */
export const formats: Record<string, RegExp | ((s: string) => boolean)> = {
  'nhs-number': (s: string) => isValidNhsNumber(s),
  // ODS codes: 3-6 upper-case letters/digits (practices are a letter + 5 digits, e.g. A81001).
  'ods-code': /^[A-Z0-9]{3,6}$/,
  'uk-postcode': isValidPostcode,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s),
  'date-time': (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)),
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};
