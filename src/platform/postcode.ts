// Imported by the web app too (the patients' request pages, through Vite): keep this file free of
// Node.js and browser imports.
/**
 * UK postcodes as people type them: an outward code (area letters, district digit, optional
 * letter or digit), an optional space, and an inward code (a digit and two letters), e.g. "LS1 4AP",
 * "sw1a1aa". This is the shape check only; it does not prove the postcode exists.
 */
const POSTCODE = /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/;

export function isValidPostcode(value: string): boolean {
  return POSTCODE.test(value.trim());
}

/** "ls14ap" → "LS1 4AP": upper case with one space before the inward code. */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}
