/**
 * Self-care rules: the patient is given advice at once and told a pharmacist can help. Each
 * rule has an upper age or duration limit where the guideline sets one; missing durations pass
 * (see Condition.durationDays) because RT-PERSISTENT-* rules catch the long ones.
 */
import type { Rule } from './rule.ts';

const V = '2026.11.1';
const SC = 'self-care' as const;
const PH = 'pharmacist' as const;

const MSK = ['back_pain', 'neck_pain', 'shoulder_pain', 'knee_pain', 'joint_pain'];

export const SELF_CARE_RULES: Rule[] = [
  { id: 'SC-UNCOMPLICATED-FAINT', since: '2026.12.26', urgency: SC, role: PH, source: 'nice-cg109', exempt: ['AL-FAINTING'],
    when: { all: ['faint', 'faint_trigger'], age: { min: 12, max: 64 }, none: ['faint_on_exertion', 'no_warning', 'breathless', 'heart_or_lung_condition', 'seizure', 'head_injury', 'injury_event', 'chest_pain', 'palpitations'] },
    why: 'A faint with a clear trigger (standing a long time, heat, a needle, pain) and a quick recovery is an ordinary faint: next time lie down or sit with your head low when it starts.' },
  // NHS "Back pain": most back, neck and joint pain gets better within a few weeks with painkillers and keeping active; a
  // physiotherapist or GP if it has not (RT-MSK-FIRST-CONTACT-PHYSIO). Warning signs raise it through the alarms (2026.12.26).
  { id: 'SC-MSK-RECENT', since: '2026.12.26', urgency: SC, role: PH, source: 'nhs-back-pain', advice: ['back-and-joint-pain'],
    when: { age: { min: 16 }, all: ['recent_onset'], anyOf: [MSK], none: ['self_care_failed', 'pain_relief_failed'] },
    why: 'Back, neck or joint pain that began in the last two weeks usually settles with painkillers, heat and keeping active.' },
  // Pharmacy First clinical pathways (NHS England, 2024): seen at a community pharmacy without a GP appointment, so self-care in this scale
  { id: 'SC-PHARMACY-FIRST-UTI', since: '2026.12.1', urgency: SC, role: PH, source: 'pharmacy-first', advice: ['uti'],
    when: { sex: 'female', age: { min: 16, max: 64 }, pregnancy: 'not-pregnant', all: ['urinary_symptoms'] },
    why: 'Urine infection symptoms in a woman aged 16 to 64 who is not pregnant can be treated by a pharmacist (Pharmacy First).' },
  { id: 'SC-PHARMACY-FIRST-EARACHE', since: '2026.12.1', urgency: SC, role: PH, source: 'pharmacy-first', advice: ['earache'],
    when: { age: { min: 1, max: 17 }, all: ['earache'] },
    why: 'Earache in a child aged 1 to 17 can be assessed by a pharmacist (Pharmacy First).' },
  { id: 'SC-PHARMACY-FIRST-SINUSITIS', since: '2026.12.1', urgency: SC, role: PH, source: 'pharmacy-first', advice: ['cold'],
    when: { age: { min: 12 }, all: ['sinusitis'] },
    why: 'Sinusitis in anyone aged 12 or over can be assessed by a pharmacist (Pharmacy First).' },
  // Impetigo spreads by nature: the Pharmacy First pathway treats it unless it is widespread, blistering (bullous) or the
  // person is unwell, so "spreading a bit" does not send it to a GP; a spreading infected bite still does (2026.12.16).
  { id: 'SC-PHARMACY-FIRST-IMPETIGO', since: '2026.12.16', urgency: SC, role: PH, source: 'pharmacy-first', exempt: ['AL-SPREADING'],
    when: { age: { min: 1 }, all: ['impetigo'], none: ['fever', 'infected_bite'] },
    why: 'Impetigo that is not widespread, in someone who is well, can be treated by a pharmacist (Pharmacy First).' },
  { id: 'SC-PHARMACY-FIRST-SKIN', since: '2026.12.1', urgency: SC, role: PH, source: 'pharmacy-first',
    when: { age: { min: 1 }, anyOf: [['impetigo', 'infected_bite']] },
    why: 'Impetigo and infected insect bites can be treated by a pharmacist (Pharmacy First).' },
  { id: 'SC-PHARMACY-FIRST-SHINGLES', since: '2026.12.1', urgency: SC, role: PH, source: 'pharmacy-first',
    when: { age: { min: 18 }, all: ['shingles'] },
    why: 'Shingles in an adult can be treated by a pharmacist (Pharmacy First), best within 3 days of the rash.' },
  // A pharmacist is the person to ask which medicines are safe in pregnancy (NHS: medicines in pregnancy), and constipation in
  // pregnancy starts with fluids, fibre and a bulk-forming laxative from the pharmacy (NICE CKS constipation), 2026.12.12.
  { id: 'SC-MEDICINE-QUESTION', since: '2026.12.1', urgency: SC, role: PH, source: 'nhs-pharmacy-advice', advice: ['minor-pharmacy'], exempt: ['AL-PREGNANCY'],
    when: { all: ['medicine_use_question'] },
    why: 'Whether a medicine is safe to take with another, and what dose, is something a community pharmacist can answer straight away.' },
  { id: 'SC-COLD-COUGH', since: '2026.12.1', urgency: SC, role: PH, source: 'nice-cks-cold', advice: ['cold'],
    when: { ageMonths: { min: 3 }, anyOf: [['cold', 'cough']], durationDays: { max: 20 } },
    // since 2026.12.1: from 3 months rather than 1 year (NHS: colds in babies are looked after at home)
    why: 'Colds and coughs get better on their own; a pharmacist can suggest remedies.' },
  // NHS "Flu": flu comes on very quickly, so its sudden start is not an alarm here (2026.12.27).
  { id: 'SC-FLU', since: '2026.12.27', urgency: SC, role: PH, source: 'nhs-flu', advice: ['cold'], exempt: ['AL-SUDDEN'],
    when: { age: { min: 5 }, all: ['flu_like'], durationDays: { max: 6 } },
    why: 'Flu-like illness in an otherwise well person is managed at home with rest and fluids.' },
  { id: 'SC-SORE-THROAT', since: V, urgency: SC, role: PH, source: 'nice-ng84', advice: ['sore-throat'],
    when: { age: { min: 5 }, all: ['sore_throat'], durationDays: { max: 6 } },
    why: 'Most sore throats get better within a week without antibiotics.' },
  { id: 'SC-HAY-FEVER', since: V, urgency: SC, role: PH, source: 'nice-cks-rhinitis', advice: ['hay-fever'],
    when: { all: ['hay_fever'] },
    why: 'Hay fever is treated with antihistamines and nasal sprays from a pharmacy.' },
  { id: 'SC-DIARRHOEA-VOMITING-ADULT', since: V, urgency: SC, role: PH, source: 'nice-cks-gastro', advice: ['diarrhoea-vomiting'],
    when: { age: { min: 16 }, anyOf: [['diarrhoea', 'vomiting']], durationDays: { max: 6 } },
    why: 'Diarrhoea and vomiting in adults usually settle within a few days with fluids.' },
  { id: 'SC-FEVER-GREEN', since: V, urgency: SC, role: PH, source: 'nice-ng143', advice: ['fever-child'],
    when: { ageMonths: { min: 6 }, all: ['fever'], durationDays: { max: 4 } },
    why: 'A fever without any amber or red features can be looked after at home (NICE NG143 "green").' },
  // Heartburn is common in pregnancy and a pharmacist advises on what is safe to take (NICE CG184;
  // NHS "Indigestion and heartburn in pregnancy"), so pregnancy alone does not call for a GP (2026.12.3).
  { id: 'SC-HEARTBURN', since: '2026.12.3', urgency: SC, role: PH, source: 'nice-cg184', advice: ['heartburn'], exempt: ['AL-PREGNANCY'],
    when: { age: { min: 16 }, all: ['heartburn'], durationDays: { max: 20 } },
    why: 'Heartburn is treated with antacids and lifestyle changes from a pharmacy.' },
  { id: 'SC-CONSTIPATION', since: V, urgency: SC, role: PH, source: 'nice-cks-constipation', advice: ['constipation'], exempt: ['AL-PREGNANCY'],
    when: { age: { min: 1 }, all: ['constipation'] },
    why: 'Constipation usually responds to fluids, fibre and a pharmacy laxative.' },
  { id: 'SC-CONJUNCTIVITIS', since: V, urgency: SC, role: PH, source: 'nice-cks-conjunctivitis', advice: ['minor-pharmacy'],
    when: { age: { min: 2 }, all: ['sticky_eye'] },
    why: 'Sticky eyes from conjunctivitis usually clear on their own; a pharmacist can advise.' },
  { id: 'SC-HIVES-BITES', since: V, urgency: SC, role: PH, source: 'nice-cks-urticaria', advice: ['minor-pharmacy'],
    when: { anyOf: [['hives', 'insect_bite']] },
    why: 'Hives and insect bites are treated with antihistamines or creams from a pharmacy.' },
  { id: 'SC-CHICKENPOX-CHILD', since: V, urgency: SC, role: PH, source: 'nice-cks-chickenpox', advice: ['chickenpox'],
    when: { age: { min: 1, max: 15 }, all: ['chickenpox'] },
    why: 'Chickenpox in a well child is managed at home.' },
  { id: 'SC-EARACHE-ADULT', since: V, urgency: SC, role: PH, source: 'nice-ng91', advice: ['earache'],
    when: { age: { min: 18 }, all: ['earache'] },
    why: 'Most earaches in adults settle within 3 days with painkillers.' },
  { id: 'SC-MINOR-HEAD-BUMP', since: V, urgency: SC, role: PH, source: 'nice-ng232', advice: ['head-injury'],
    when: { all: ['head_injury'] },
    why: 'A head bump without warning signs can be watched at home, with clear advice on when to go to A&E.' },
  { id: 'SC-MINOR-PHARMACY', since: V, urgency: SC, role: PH, source: 'nice-cks-minor', advice: ['minor-pharmacy'],
    when: { all: ['minor_self_care'] },
    why: 'This is a minor problem a pharmacist can treat.' },
];
