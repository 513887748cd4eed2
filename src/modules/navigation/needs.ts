// What a caller needs, and where care navigation usually sends them: the data the navigator's form
// suggests from. A suggestion never decides: the navigator chooses. Categories follow the NHS England
// care navigation model (signpost to the right professional or service first time); offer categories
// are the directory module's categories (its CATEGORIES) for community offers.

export const DECISIONS = ['booked', 'online-consultation', 'pharmacy-self-care', 'signposted', 'social-prescribing', 'redirected'] as const;
export type Decision = (typeof DECISIONS)[number];
export const REDIRECTS = ['111', 'a-and-e', '999', 'dentist', 'optician', 'pharmacy', 'other'] as const;
export type Redirect = (typeof REDIRECTS)[number];

export interface Need {
  id: string;
  label: string;
  kind: 'clinical' | 'non-clinical';
  /** Most likely first. */
  decisions: Decision[];
  roles: string[];
  redirects: Redirect[];
  offerCategories: string[];
  /** Reasons a social prescribing referral would carry (social-prescribing's REFERRAL_REASONS). */
  referralReasons: string[];
}

export const NEEDS: readonly Need[] = [
  { id: 'new-symptom', label: 'New symptom or illness', kind: 'clinical', decisions: ['online-consultation', 'booked', 'pharmacy-self-care', 'redirected'], roles: ['gp', 'anp', 'paramedic', 'physician-associate'], redirects: ['111', 'a-and-e'], offerCategories: [], referralReasons: [] },
  { id: 'minor-illness', label: 'Minor illness (cold, sore throat, earache, UTI)', kind: 'clinical', decisions: ['pharmacy-self-care', 'online-consultation', 'booked'], roles: ['pharmacist', 'anp'], redirects: ['pharmacy'], offerCategories: [], referralReasons: [] },
  { id: 'medication', label: 'Medicines or prescription question', kind: 'clinical', decisions: ['booked', 'online-consultation', 'pharmacy-self-care'], roles: ['pharmacist'], redirects: ['pharmacy'], offerCategories: [], referralReasons: [] },
  { id: 'long-term-condition', label: 'Long-term condition review', kind: 'clinical', decisions: ['booked'], roles: ['nurse', 'pharmacist', 'gp'], redirects: [], offerCategories: ['physical-activity'], referralReasons: ['long-term-condition-support'] },
  { id: 'musculoskeletal', label: 'Joint, back or muscle pain', kind: 'clinical', decisions: ['booked', 'signposted'], roles: ['physiotherapist', 'gp'], redirects: [], offerCategories: ['physical-activity'], referralReasons: ['physical-activity'] },
  { id: 'mental-health', label: 'Mental health or low mood', kind: 'clinical', decisions: ['booked', 'social-prescribing', 'signposted', 'online-consultation'], roles: ['mental-health-practitioner', 'gp'], redirects: ['111'], offerCategories: ['mental-wellbeing', 'loneliness'], referralReasons: ['low-mood-anxiety'] },
  { id: 'test-results', label: 'Test results or letters', kind: 'non-clinical', decisions: ['online-consultation', 'booked'], roles: ['gp', 'nurse'], redirects: [], offerCategories: [], referralReasons: [] },
  { id: 'dental', label: 'Teeth or gums', kind: 'clinical', decisions: ['redirected'], roles: [], redirects: ['dentist', '111'], offerCategories: [], referralReasons: [] },
  { id: 'eyes', label: 'Eyes or sight', kind: 'clinical', decisions: ['redirected'], roles: [], redirects: ['optician', 'a-and-e'], offerCategories: [], referralReasons: [] },
  { id: 'urgent-now', label: 'Needs urgent care now', kind: 'clinical', decisions: ['redirected', 'booked'], roles: ['gp'], redirects: ['999', 'a-and-e', '111'], offerCategories: [], referralReasons: [] },
  { id: 'loneliness', label: 'Loneliness or isolation', kind: 'non-clinical', decisions: ['social-prescribing', 'signposted'], roles: ['link-worker'], redirects: [], offerCategories: ['loneliness', 'physical-activity', 'arts-nature'], referralReasons: ['loneliness-isolation'] },
  { id: 'money', label: 'Money, debt or benefits', kind: 'non-clinical', decisions: ['signposted', 'social-prescribing'], roles: ['link-worker'], redirects: [], offerCategories: ['debt-benefits'], referralReasons: ['money-debt-benefits'] },
  { id: 'housing', label: 'Housing', kind: 'non-clinical', decisions: ['signposted', 'social-prescribing'], roles: ['link-worker'], redirects: [], offerCategories: ['housing'], referralReasons: ['housing'] },
  { id: 'carer', label: 'Caring for someone', kind: 'non-clinical', decisions: ['signposted', 'social-prescribing'], roles: ['care-coordinator', 'link-worker'], redirects: [], offerCategories: ['carers'], referralReasons: ['carer-support'] },
  { id: 'activity-weight', label: 'Getting active, weight, healthy eating', kind: 'non-clinical', decisions: ['signposted', 'social-prescribing', 'booked'], roles: ['health-wellbeing-coach'], redirects: [], offerCategories: ['physical-activity', 'food'], referralReasons: ['physical-activity', 'weight-healthy-eating'] },
  { id: 'bereavement', label: 'Bereavement', kind: 'non-clinical', decisions: ['social-prescribing', 'signposted'], roles: ['link-worker'], redirects: [], offerCategories: ['bereavement', 'mental-wellbeing'], referralReasons: ['bereavement'] },
  { id: 'admin', label: 'Admin (fit note, form, letter)', kind: 'non-clinical', decisions: ['online-consultation'], roles: [], redirects: [], offerCategories: [], referralReasons: [] },
  { id: 'other', label: 'Something else', kind: 'non-clinical', decisions: ['signposted', 'booked', 'online-consultation', 'social-prescribing', 'redirected', 'pharmacy-self-care'], roles: ['gp'], redirects: ['111'], offerCategories: [], referralReasons: ['other'] },
];

const byId = new Map(NEEDS.map((n) => [n.id, n]));
export const NEED_IDS = NEEDS.map((n) => n.id) as [string, ...string[]];
export function needOf(id: string): Need | undefined {
  return byId.get(id);
}
