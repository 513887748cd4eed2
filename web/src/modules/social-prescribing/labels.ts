export { REFERRAL_REASON_WORDS } from '../navigation/labels.ts';
export const STATUS_WORDS: Record<string, string> = { new: 'New', contacted: 'Contacted', active: 'Active', 'on-hold': 'On hold', discharged: 'Discharged' };
export const BOARD_COLUMNS = ['new', 'contacted', 'active', 'on-hold'] as const;
export const SOURCE_WORDS: Record<string, string> = { staff: 'Staff referral', consultation: 'Online consultation', navigation: 'Care navigation', self: 'Self-referral' };
export const CONTACT_WORDS: Record<string, string> = { 'face-to-face': 'Face to face', phone: 'Phone', 'home-visit': 'Home visit', group: 'Group', video: 'Video' };
export const DISCHARGE_WORDS: Record<string, string> = {
  'goals-met': 'Goals met', declined: 'Declined social prescribing', 'did-not-engage': 'Did not engage', 'moved-away': 'Moved away',
  'referred-elsewhere': 'Referred elsewhere', died: 'Died', other: 'Other',
};
export const ONS4_LABELS = {
  lifeSatisfaction: 'Satisfied with life nowadays',
  worthwhile: 'Things you do are worthwhile',
  happy: 'Happy yesterday',
  anxious: 'Anxious yesterday (lower is better)',
} as const;
export const ONS4_QUESTIONS = {
  lifeSatisfaction: 'Overall, how satisfied are you with your life nowadays?',
  worthwhile: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
  happy: 'Overall, how happy did you feel yesterday?',
  anxious: 'Overall, how anxious did you feel yesterday?',
} as const;
