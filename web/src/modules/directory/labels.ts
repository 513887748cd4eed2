// The server's category words and weekday codes, imported as they are: categories.ts has no Node.js imports.
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../../../src/modules/directory/categories.ts';
import type { Offer } from './api.ts';

export { CATEGORIES, CATEGORY_LABELS, type Category };

export const CATEGORY_OPTIONS = CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }));
export const WEEKDAY_OPTIONS = [
  { value: 'mon', label: 'Monday' }, { value: 'tue', label: 'Tuesday' }, { value: 'wed', label: 'Wednesday' }, { value: 'thu', label: 'Thursday' },
  { value: 'fri', label: 'Friday' }, { value: 'sat', label: 'Saturday' }, { value: 'sun', label: 'Sunday' },
];
export const ACCESS_LABELS: Record<Offer['howToAccess'], string> = {
  'self-refer': 'Anyone can go or get in touch: no referral needed',
  'referral-needed': 'Needs a referral',
  'self-refer-or-referral': 'Get in touch yourself, or ask for a referral',
};
export const PROVIDER_KIND_LABELS: Record<Offer['providerKind'], string> = {
  voluntary: 'Voluntary organisation', council: 'Council', nhs: 'NHS service', 'health-champions': 'Practice health champions',
};

export function agesText(o: Pick<Offer, 'eligibility'>): string | null {
  const { minAge, maxAge } = o.eligibility;
  if (minAge !== null && maxAge !== null) return `Ages ${minAge} to ${maxAge}`;
  if (minAge !== null) return `Ages ${minAge} and over`;
  if (maxAge !== null) return `Ages up to ${maxAge}`;
  return null;
}

export function placesText(o: Pick<Offer, 'capacity' | 'placesAvailable'>): string | null {
  if (o.placesAvailable === 0) return 'Full at the moment';
  if (o.placesAvailable !== null) return `${o.placesAvailable} ${o.placesAvailable === 1 ? 'place' : 'places'} left`;
  return null;
}
