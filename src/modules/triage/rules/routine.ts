/**
 * Routine rules: the right professional first time. Order matters only among routine rules
 * (the first listed wins a tie), so the more specific service comes before the general one.
 */
import type { Rule } from './rule.ts';
import { LUMP_EXPLAINED } from './explained.ts';

const V = '2026.11.1';
const MSK = ['back_pain', 'neck_pain', 'shoulder_pain', 'knee_pain', 'joint_pain'];

export const ROUTINE_RULES: Rule[] = [
  { id: 'RT-MEDICATION-QUESTION', since: '2026.12.1', urgency: 'routine', role: 'pharmacist', source: 'nhs-clinical-pharmacist',
    when: { all: ['medication_question'], none: ['medicine_use_question'] },
    why: 'Questions about side effects, doses and interactions are best answered by the practice pharmacist.' },
  // Mental health without risk (NICE NG222, CG113)
  { id: 'RT-LOW-MOOD-ANXIETY', since: V, urgency: 'routine', role: 'mental-health-practitioner', source: 'nice-ng222', advice: ['low-mood'],
    // Under 5 these words are the parent's worry about the child, not the child's mental health (2026.12.7).
    when: { age: { min: 5 }, anyOf: [['low_mood', 'anxiety', 'phq9_moderate', 'gad7_moderate', 'self_harm_mentioned']] },
    why: 'Low mood or anxiety without signs of risk is seen by the mental health practitioner.' },
  // Musculoskeletal: first-contact physiotherapy for adults (NICE NG59)
  { id: 'RT-MSK-FIRST-CONTACT-PHYSIO', since: V, urgency: 'routine', role: 'physiotherapist', source: 'nhs-fcp', advice: ['back-and-joint-pain'],
    when: { age: { min: 16 }, anyOf: [MSK], none: ['minor_injury', 'medicine_use_question', 'recent_onset'] },
    why: 'Back, neck, shoulder, knee and other joint or muscle pain in adults is seen first by the physiotherapist.' },
  // Pain that began under two weeks ago is self-care first (SC-MSK-RECENT) unless what was tried has not helped (NHS "Back pain", 2026.12.26).
  { id: 'RT-MSK-NOT-SETTLING', since: '2026.12.26', urgency: 'routine', role: 'physiotherapist', source: 'nhs-back-pain', advice: ['back-and-joint-pain'],
    when: { age: { min: 16 }, all: ['recent_onset'], anyOf: [MSK, ['self_care_failed', 'pain_relief_failed']], none: ['minor_injury', 'medicine_use_question'] },
    why: 'Back, joint or muscle pain that painkillers and keeping active have not helped is seen by the physiotherapist.' },
  // Nurse
  { id: 'RT-NURSE', since: V, urgency: 'routine', role: 'nurse', source: 'practice-nurse',
    when: { anyOf: [['contraception', 'dressing', 'nurse_task']] },
    why: 'Contraception, dressings, blood pressure checks, tests and vaccines are nurse appointments.' },
  // Admin
  { id: 'RT-ADMIN', since: V, urgency: 'routine', role: 'admin', source: 'practice-admin',
    when: { anyOf: [['fit_note', 'repeat_prescription', 'test_results', 'letter_or_form', 'referral_update', 'registration', 'appointment_admin', 'records_access']] },
    why: 'Fit notes, repeat prescriptions, results, letters, forms, referral updates and details are handled by the admin team.' },
  // Social prescribing (NHS England)
  { id: 'RT-SOCIAL-PRESCRIBING', since: V, urgency: 'routine', role: 'social-prescriber', source: 'nhs-social-prescribing', advice: ['social-prescribing'],
    when: { anyOf: [['lonely', 'housing', 'money', 'carer', 'wellbeing_activity', 'transport_isolation', 'not_coping_at_home']] },
    why: 'Loneliness, housing, money worries and caring responsibilities are what the social prescribing link worker helps with.' },
  // Home visits
  { id: 'RT-HOME-VISIT', since: V, urgency: 'routine', role: 'paramedic', source: 'pcn-home-visiting',
    when: { all: ['housebound'] },
    why: 'A housebound patient who needs to be seen is visited at home by the PCN paramedic.' },
  // GP: things that should not wait in self-care (NICE NG12 and the minor-illness guides)
  { id: 'RT-POSSIBLE-CANCER-SYMPTOM', since: '2026.12.1', urgency: 'routine', role: 'gp', source: 'nice-ng12', redFlag: 'Possible cancer symptom (NICE NG12)',
    when: { anyOf: [['cancer_concern', 'blood_in_urine']], none: LUMP_EXPLAINED },
    why: 'Unexplained weight loss, a new lump, a changing mole or blood in the urine should be seen by a GP, who decides on a suspected-cancer referral.' },
  { id: 'RT-WEIGHT-LOSS', since: '2026.12.32', urgency: 'routine', role: 'gp', source: 'nice-ng12', redFlag: 'Possible cancer symptom (NICE NG12)',
    // Weight loss is not explained by a lump's explanation (a stye, a wart) told in the same message.
    when: { anyOf: [['weight_loss', 'blood_in_urine']] },
    why: 'Unexplained weight loss or blood in the urine should be seen by a GP, who decides on a suspected-cancer referral.' },
  { id: 'RT-RECTAL-BLEEDING', since: '2026.12.1', urgency: 'routine', role: 'gp', source: 'nice-ng12', redFlag: 'Rectal bleeding (NICE NG12)',
    when: { all: ['blood_in_stool'], age: { min: 50 } },
    why: 'Blood from the bottom at 50 or over should be seen by a GP, who decides on a suspected-cancer referral.' },
  { id: 'RT-RECTAL-BLEEDING-YOUNGER', since: '2026.12.1', urgency: 'routine', role: 'gp', source: 'nhs-bottom-bleeding',
    when: { all: ['blood_in_stool'], none: ['piles'] },
    why: 'Blood from the bottom without known piles should be seen by a GP.' },
  { id: 'RT-PERSISTENT-COUGH', since: V, urgency: 'routine', role: 'gp', source: 'nice-ng12',
    when: { all: ['cough'], durationDays: { min: 21 } },
    why: 'A cough lasting 3 weeks or more should be seen by a GP.' },
  { id: 'RT-PERSISTENT-SORE-THROAT', since: V, urgency: 'routine', role: 'gp', source: 'nice-ng84',
    when: { all: ['sore_throat'], durationDays: { min: 7 } },
    why: 'A sore throat lasting more than a week should be seen by a GP.' },
  { id: 'RT-PERSISTENT-DIARRHOEA', since: V, urgency: 'routine', role: 'gp', source: 'nice-cks-gastro',
    when: { all: ['diarrhoea'], durationDays: { min: 7 } },
    why: 'Diarrhoea lasting a week or more should be seen by a GP.' },
  { id: 'RT-WORSENING', since: V, urgency: 'routine', role: 'gp', source: 'nice-cks-cold',
    when: { all: ['worsening'] },
    why: 'Symptoms that are getting worse rather than better should be seen rather than managed at home.' },
  { id: 'RT-CHILD-MSK', since: V, urgency: 'routine', role: 'gp', source: 'nice-ng59',
    when: { age: { max: 15 }, anyOf: [MSK], none: ['minor_injury'] },
    why: 'Joint or muscle pain in a child is seen by a GP (first-contact physiotherapy is for adults).' },
];
