/**
 * Structured facts read from the input: numbers in the text (temperature, duration, weeks of
 * pregnancy, a baby's age) and follow-up answers. Answers win over text because the patient
 * gave them to a direct question.
 */
import type { Answers, TriageInput } from './types.ts';

export interface Facts {
  age: number;
  /** Age in months; undefined for a baby whose months are not known. */
  ageMonths: number | undefined;
  sex: TriageInput['sex'];
  /** Pregnant by the input flag or a "yes" answer (the text can add it too, see engine.ts). */
  pregnantDeclared: boolean;
  gestationWeeks: number | undefined;
  durationDays: number | undefined;
  temperatureC: number | undefined;
  severity: number | undefined;
  /** The largest number of tablets the text says were swallowed at once ("took 30 paracetamol"). */
  tabletsSwallowed: number | undefined;
  /** Blood pressure read from the text ("180/110", "190 over 100"). */
  bloodPressure: { systolic: number; diastolic: number } | undefined;
  /** Heart rate read from the text ("pulse 130", "heart rate on my watch is 98", "120 bpm"). */
  heartRate: number | undefined;
  /** Oxygen saturation read from the text ("sats 91%", "finger clip says 84"). */
  oxygenSaturation: number | undefined;
  /** Peak flow as a percentage of the patient's usual or best ("peak flow 180, normally 550"; "peak flow is 40%"). */
  peakFlowPercent: number | undefined;
  /** Days since birth of a baby whose age the text gives in days or weeks ("baby is 8 days old"); who the baby is, the reader decides. */
  babyAgeDays: number | undefined;
  /** Breaths a minute read from the text ("breathing 30 a minute", "28 breaths per minute"). */
  respiratoryRate: number | undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  couple: 2, few: 3, several: 4,
};
const UNIT_DAYS: Record<string, number> = { hour: 0, day: 1, night: 1, week: 7, fortnight: 14, month: 30, year: 365 };

const NUMBER = '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple|few|several)';
// "For 6+ months" counts as 6 months (2026.12.26).
// "His 16 week jabs", "the 6 week check": a named appointment, not how long something has lasted (issue 11).
// "Period due in about a week" is when something will happen, not how long anything has lasted (2026.12.33).
const DURATION = new RegExp(`(?<!\\b(?:i['’]?m|i am|she['’]?s|she is) )(?<!\\b(?:due|expected|starts?|back) (?:in )?(?:about |around |roughly )?)\\b(?:a )?${NUMBER}\\+? (?:of )?(hour|day|night|week|fortnight|month|year)s?\\b(?! (?:old|pregnant|gestation|along|jabs?|checks?|scans?|vaccin\\w*|immunis\\w*|injections?|boosters?|appointments?|reviews?))`, 'g');
const BARE_DURATION = /\b(?:for|over|past|last) (days|weeks|months|years)\b/g;
// "Heavier over the last year", "for the past month" (2026.12.12).
const LAST_UNIT = /\b(?:over|for|in|during|throughout) the (?:last|past) (week|fortnight|month|year)\b/g;
const SINCE = /\bsince (yesterday|last night|last week|last month|last year|the weekend)\b/g;
const SINCE_DAYS: Record<string, number> = { yesterday: 1, 'last night': 1, 'the weekend': 3, 'last week': 7, 'last month': 30, 'last year': 365 };
/** "Woke up with it", "since this morning": it began today, so it has lasted under a day (2026.12.32). */
const BEGAN_TODAY = /\b(?:woke (?:up )?with|since this morning|since lunch(?:time)?|(?:started|began|came on) (?:this morning|today|earlier today))\b/;
const GESTATION = /\b(\d{1,2}) ?(?:weeks?|wks?) (?:pregnant|gestation|along)\b/;
// "I'm 33 weeks" on a pregnancy-declared form is the gestation, not how long something has lasted (2026.12.12).
const GESTATION_SHORT = /\b(?:i['’]?m|i am|at|now|currently|she['’]?s|she is) (\d{1,2}) ?(?:weeks?|wks?)\b(?! (?:ago|old|since|after|postpartum|post))/;
const BABY_AGE = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(day|week|wk|month|mth)s? old\b/;
const TEMPERATURE = [/\b(3[4-9]|4[0-3])(?:\.(\d))? ?(?:°|degrees?|deg\b|c\b|celsius)/, /\b(?:temp(?:erature)?|thermometer)(?: was| is| of| at| says| said| reads| read| shows| showed| on|:)? ?(3[4-9]|4[0-3])(?:\.(\d))?\b/];
const SEVERITY = /\b(\d{1,2}) ?(?:\/|out of) ?10\b/;
const FAHRENHEIT = /\b(9[7-9]|10[0-9])(?:\.(\d))? ?(?:°|degrees? )?(?:f\b|fahrenheit)/;
const BLOOD_PRESSURE = /\b(?:bp|blood pressure|pressure|reading)\D{0,60}?\b(\d{2,3}) ?(?:\/|over) ?(\d{2,3})\b/;
const TABLET_WORDS = '(?:tablets?|pills?|capsules?|paracetamol|co-?codamol|codeine|ibuprofen|aspirin|sertraline|citalopram|fluoxetine|amitriptyline|diazepam|tramadol|zopiclone|sleeping pills?|antidepressants?|painkillers?|of (?:my|his|her|their|mums?|dads?) (?:tablets?|pills?|meds|medication))';
const TABLET_NUMBER = '(\\d{1,3}|a couple of dozen|a dozen|dozens of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a hundred)';
const TABLETS = new RegExp(`\\b(?:took|taken|take|taking|swallowed|swallow|swallowing|had|ate|eaten|popped|necked|downed)\\b[^.!?]{0,40}?\\b(?:about |around |maybe |like |at least |over |nearly |roughly )?${TABLET_NUMBER} (?!(?:mg|ml|mcg|g|grams?|milligrams?|micrograms?|days?|weeks?|hours?|times?|years?|months?|nights?|doses?)\\b)(?:x )?(?:[a-z-]+ ){0,3}?${TABLET_WORDS}`, 'g');
/** "12 tablets a day": tablets over a day count like tablets at once (staggered overdose, NHS paracetamol overdose). */
const TABLETS_PER_DAY = new RegExp(`\\b(?:about |around |maybe |like |at least |over |nearly |roughly |probably )?${TABLET_NUMBER} (?:or (?:more|so) )?(?:[a-z-]+ ){0,2}?${TABLET_WORDS} (?:a|per|each|every|in a|in one) (?:day|24 hours)\\b`, 'g');
const HEART_RATE = [
  /\b(?:heart ?rate|pulse|heart ?beat|hr|heart)\b[^.!?]{0,40}?\b(\d{2,3})\b(?! ?(?:%|percent|per ?cent|years?|mins?|minutes?|hours?|days?|weeks?|mg|kg|over|\/))/,
  /\b(\d{2,3}) ?(?:bpm|beats (?:a|per) min(?:ute)?)\b/,
];
const OXYGEN = /\b(?:sats|saturations?|oxygen(?: levels?| sats| saturation)?|o2|spo2|oximeter|pulse ox\w*|(?:finger|sats|oxygen) (?:clip|probe|monitor|thing|meter))\b[^.!?]{0,30}?\b([5-9]\d|100)\b(?! ?(?:years?|mins?|minutes?|bpm|beats))/;

const RESPIRATORY_RATE = [
  /\b(?:breathing|breathing rate|breaths|resp(?:iratory)? rate|rr)\b[^.!?\d]{0,20}?\b(\d{2})\b ?(?:breaths )?(?:a|per|\/) ?min/,
  /\b(\d{2}) breaths (?:a|per|\/) ?min/,
];

/** A peak flow reading, then the usual or best one in the same sentence, in either order (2026.12.9). */
const PEAK_FLOW = /\bpeak ?flow\b[^.!?]{0,40}?\b(\d{2,3})\b(?! ?(?:%|percent|per ?cent))/;
const PEAK_FLOW_USUAL = /\b(?:usual(?:ly)?|normal(?:ly)?|best|personal best|predicted|typically|most days|when (?:im|i am) well)\b[^.!?\d]{0,20}?\b(\d{2,3})\b/;
const PEAK_FLOW_PERCENT = /\bpeak ?flow\b[^.!?]{0,40}?\b(\d{1,3}) ?(?:%|percent|per ?cent)/;

const TABLET_NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40,
  thirteen: 13, fourteen: 14, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, fifty: 50, 'a hundred': 100, 'a dozen': 12, 'dozens of': 24,
  'a couple of dozen': 24,
};

function numberFrom(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? NaN);
}

function answerNumber(answers: Answers | undefined, key: string): number | undefined {
  const value = answers?.[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** True for a yes/no answer of yes (true, 'yes', 'true'). */
export function answeredYes(answers: Answers | undefined, key: string): boolean {
  const value = answers?.[key];
  return value === true || value === 'yes' || value === 'true';
}

/** The longest duration mentioned, in days: "for 3 days and a cough for 2 weeks" is 14. */
function durationFromText(lower: string): number | undefined {
  let longest: number | undefined;
  const take = (days: number) => (longest = Math.max(longest ?? 0, days));
  for (const m of lower.matchAll(DURATION)) {
    const n = numberFrom(m[1]!);
    if (Number.isFinite(n)) take(n * UNIT_DAYS[m[2]!]!);
  }
  for (const m of lower.matchAll(BARE_DURATION)) take({ days: 3, weeks: 14, months: 60, years: 365 }[m[1] as 'days']);
  for (const m of lower.matchAll(SINCE)) take(SINCE_DAYS[m[1]!]!);
  for (const m of lower.matchAll(LAST_UNIT)) take(UNIT_DAYS[m[1]!]!);
  if (longest === undefined && BEGAN_TODAY.test(lower)) return 0;
  return longest;
}

function gestationDeclared(pregnant: boolean, lower: string): number | undefined {
  if (!pregnant) return undefined;
  const weeks = GESTATION_SHORT.exec(lower);
  return weeks && Number(weeks[1]) <= 42 ? Number(weeks[1]) : undefined;
}

function temperatureFromText(lower: string): number | undefined {
  const f = FAHRENHEIT.exec(lower);
  if (f) return Math.round(((Number(`${f[1]}.${f[2] ?? 0}`) - 32) * 5) / 9 * 10) / 10;
  for (const pattern of TEMPERATURE) {
    const m = pattern.exec(lower);
    if (m) return Number(`${m[1]}.${m[2] ?? 0}`);
  }
  return undefined;
}

function tabletsFromText(lower: string): number | undefined {
  let most: number | undefined;
  for (const m of [...lower.matchAll(TABLETS), ...lower.matchAll(TABLETS_PER_DAY)]) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : TABLET_NUMBER_WORDS[m[1]!];
    if (n !== undefined && n > 0) most = Math.max(most ?? 0, n);
  }
  return most;
}

function bloodPressureFromText(lower: string): Facts['bloodPressure'] {
  const m = BLOOD_PRESSURE.exec(lower);
  if (!m) return undefined;
  const systolic = Number(m[1]);
  const diastolic = Number(m[2]);
  return systolic >= 70 && systolic <= 300 && diastolic >= 30 && diastolic < systolic ? { systolic, diastolic } : undefined;
}

function heartRateFromText(lower: string): number | undefined {
  for (const pattern of HEART_RATE) {
    const m = pattern.exec(lower);
    const n = m ? Number(m[1]) : NaN;
    if (n >= 30 && n <= 250) return n;
  }
  return undefined;
}

function oxygenFromText(lower: string): number | undefined {
  const m = OXYGEN.exec(lower);
  return m ? Number(m[1]) : undefined;
}

function respiratoryRateFromText(lower: string): number | undefined {
  for (const re of RESPIRATORY_RATE) {
    const m = re.exec(lower);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function peakFlowPercentFromText(lower: string): number | undefined {
  const percent = PEAK_FLOW_PERCENT.exec(lower);
  if (percent) return Number(percent[1]);
  const reading = PEAK_FLOW.exec(lower);
  if (!reading) return undefined;
  // The usual value and today's are both looked for in the sentence that names the peak flow,
  // in either order ("peak flow 180, usually 550"; "my usual peak flow is 500 but today 240").
  const from = lower.lastIndexOf('.', reading.index) + 1;
  const stop = lower.slice(reading.index).search(/[.!?]/);
  const sentence = lower.slice(from, stop < 0 ? undefined : reading.index + stop);
  const usual = PEAK_FLOW_USUAL.exec(sentence);
  if (!usual) return undefined;
  const best = Number(usual[1]);
  const now = [...sentence.matchAll(/\b(\d{2,3})\b(?! ?(?:%|percent|per ?cent|years?|puffs?|mins?|minutes?|hours?))/g)].map((m) => Number(m[1])).find((n) => n !== best);
  return now !== undefined && best >= 60 && best <= 900 && now < best ? Math.round((now / best) * 100) : undefined;
}

function babyAgeDaysFromText(lower: string): number | undefined {
  const m = BABY_AGE.exec(lower);
  if (!m || m[2]!.startsWith('m')) return undefined;
  const n = numberFrom(m[1]!);
  return m[2] === 'day' ? n : n * 7;
}

function babyMonthsFromText(lower: string): number | undefined {
  const m = BABY_AGE.exec(lower);
  if (!m) return undefined;
  const n = numberFrom(m[1]!);
  const unit = m[2]!;
  if (unit.startsWith('d')) return 0;
  if (unit.startsWith('w')) return Math.floor((n * 7) / 30.44);
  return n;
}

/** Reads the facts; `raw` is the patient's text before normalisation (numbers keep their dots). */
export function readFacts(input: TriageInput, raw: string): Facts {
  const lower = raw.toLowerCase();
  const answers = input.answers;
  const age = Number.isFinite(input.age) ? Math.min(130, Math.max(0, Math.trunc(input.age))) : 0;
  // The younger of the form's months and the text's ("he's 11 weeks old" on a form that says 3 months): NICE NG143's
  // thresholds fall with age, so the younger reading is the safe one (2026.12.22).
  const formMonths = answerNumber(answers, 'ageMonths');
  const textMonths = babyMonthsFromText(lower);
  const babyMonths = formMonths === undefined ? textMonths : textMonths === undefined ? formMonths : Math.min(formMonths, textMonths);
  const severity = answerNumber(answers, 'severity') ?? (SEVERITY.exec(lower) ? Number(SEVERITY.exec(lower)![1]) : undefined);
  const gestationMatch = GESTATION.exec(lower);
  const pregnantDeclared = input.pregnant === true || answeredYes(answers, 'pregnant');
  return {
    age,
    ageMonths: age >= 1 ? age * 12 : babyMonths === undefined ? undefined : Math.min(11, Math.max(0, babyMonths)),
    sex: input.sex,
    pregnantDeclared,
    gestationWeeks: answerNumber(answers, 'pregnancyWeeks') ?? (gestationMatch ? Number(gestationMatch[1]) : gestationDeclared(pregnantDeclared, lower)),
    durationDays: answerNumber(answers, 'onsetDays') ?? durationFromText(lower),
    temperatureC: answerNumber(answers, 'temperature') ?? temperatureFromText(lower),
    severity: severity !== undefined && severity >= 0 && severity <= 10 ? severity : undefined,
    tabletsSwallowed: tabletsFromText(lower),
    bloodPressure: bloodPressureFromText(lower),
    heartRate: heartRateFromText(lower),
    oxygenSaturation: oxygenFromText(lower),
    peakFlowPercent: peakFlowPercentFromText(lower),
    respiratoryRate: respiratoryRateFromText(lower),
    babyAgeDays: babyAgeDaysFromText(lower),
  };
}
