export const DECISION_WORDS: Record<string, string> = {
  booked: 'Book an appointment',
  'online-consultation': 'Online consultation for them',
  'pharmacy-self-care': 'Pharmacy or self-care advice',
  signposted: 'Signpost to a community offer',
  'social-prescribing': 'Refer to social prescribing',
  redirected: 'Redirect elsewhere',
};
export const DECISION_SHORT: Record<string, string> = {
  booked: 'Booked', 'online-consultation': 'Online consultation', 'pharmacy-self-care': 'Pharmacy / self-care', signposted: 'Signposted',
  'social-prescribing': 'Social prescribing', redirected: 'Redirected',
};
export const REDIRECT_WORDS: Record<string, string> = {
  '111': 'NHS 111', 'a-and-e': 'A&E', '999': '999', dentist: 'Dentist', optician: 'Optician', pharmacy: 'Community pharmacy', other: 'Somewhere else',
};
export const REFERRAL_REASON_WORDS: Record<string, string> = {
  'loneliness-isolation': 'Loneliness or isolation', 'low-mood-anxiety': 'Low mood or anxiety', 'money-debt-benefits': 'Money, debt or benefits', housing: 'Housing',
  'employment-education': 'Work or learning', 'carer-support': 'Carer support', 'physical-activity': 'Getting active', 'weight-healthy-eating': 'Weight or healthy eating',
  'long-term-condition-support': 'Living with a long-term condition', bereavement: 'Bereavement', 'relationships-family': 'Relationships or family',
  'substance-alcohol': 'Alcohol or drugs', 'digital-inclusion': 'Getting online', other: 'Something else',
};
