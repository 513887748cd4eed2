// Imported by the web app too (staff and patient pages, through Vite): keep this file free of
// Node.js and browser imports.
/**
 * NHS number modulus-11 check (NHS Data Dictionary: weights 10..2 over the first nine digits;
 * check = 11 - sum mod 11; 11 means 0; 10 means the number is invalid).
 */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  const check = nhsCheckDigit(digits.slice(0, 9));
  return check !== null && check === Number(digits[9]);
}

/** The check digit for nine digits, or null when no valid NHS number starts with them. */
export function nhsCheckDigit(nineDigits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return check === 11 ? 0 : check;
}

/** "9434765919" → "943 476 5919", the way it is printed on NHS letters; anything else as it was. */
export function formatNhsNumber(value: string): string {
  const d = value.replace(/\s/g, '');
  return /^\d{10}$/.test(d) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : value;
}

/** Strips spaces and dashes a person types: "943-476-5919" → "9434765919". */
export function normaliseNhsNumber(value: string): string {
  return value.replace(/[\s-]/g, '');
}
