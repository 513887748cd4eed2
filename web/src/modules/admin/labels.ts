export const ORGANISATION_KIND_WORDS: Record<string, string> = {
  practice: 'Practice', pcn: 'The PCN', hub: 'Hub', nhs111: 'NHS 111', 'social-care': 'Social care', community: 'Community services', voluntary: 'Voluntary sector', external: 'Other partner',
};
export const ACCESSIBILITY_WORDS: Record<string, string> = {
  'step-free': 'Step-free access', 'accessible-toilet': 'Accessible toilet', 'hearing-loop': 'Hearing loop', parking: 'Parking', 'disabled-parking': 'Disabled parking',
  lift: 'Lift', 'changing-places': 'Changing Places toilet', 'interpreter-on-request': 'Interpreter on request',
};
export const DAYS: [key: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', label: string][] = [
  ['mon', 'Monday'], ['tue', 'Tuesday'], ['wed', 'Wednesday'], ['thu', 'Thursday'], ['fri', 'Friday'], ['sat', 'Saturday'], ['sun', 'Sunday'],
];
export const TOKEN_SCOPES = ['patients:read', 'slots:read', 'appointments:read', 'appointments:book', 'appointments:manage', 'consultations:submit'];
