/**
 * Reads a triage input into evidence: the facts, the concepts present (from the text, the
 * answers and the numbers) and the concepts the patient explicitly denied. Shared by the
 * engine and the follow-up question picker so both see the same thing.
 */
import type { Evidence } from './conditions.ts';
import { answeredYes, readFacts } from './facts.ts';
import { compileConcepts, indexFragments, readConcepts } from './matcher.ts';
import { scoreGad7, scorePhq9 } from './mood-scores.ts';
import { CONCEPTS_ADDED_BY_ANSWER } from './questions.ts';
import { baseWordsInPatterns, buildLemmatiser } from './lemma.ts';
import { buildSpellingCorrector, MIN_FUZZY_LENGTH } from './spelling.ts';
import { commonEnglishWords } from './english-words.ts';
import { normaliseText, stemsInPatterns, wordsInPatterns } from './text.ts';
import type { TriageInput } from './types.ts';
import { CONCEPTS } from './vocabulary/index.ts';

// Compiled once at module load; assessments only run the regexes.
const COMPILED = compileConcepts(CONCEPTS);
const FRAGMENTS = indexFragments(COMPILED);
const PATTERNS = CONCEPTS.flatMap((c) => c.patterns);
const SPELLER = buildSpellingCorrector(wordsInPatterns(PATTERNS), stemsInPatterns(PATTERNS), commonEnglishWords(MIN_FUZZY_LENGTH));
const LEMMATISER = buildLemmatiser(baseWordsInPatterns(PATTERNS));

/**
 * Words that describe a symptom. When one of them is outside every recognised mention, the
 * text was only partly understood, so the result is never self-care (AL-PARTLY-RECOGNISED).
 */
const SYMPTOM_WORDS = new Set([
  'pain', 'pains', 'painful', 'agony', 'ache', 'aches', 'aching', 'hurt', 'hurts', 'hurting', 'swollen', 'swelling', 'lump', 'lumps', 'bleeding', 'bled',
  'blood', 'numb', 'numbness', 'weak', 'weakness', 'tingling', 'breath', 'breathing', 'breathe', 'breathless', 'chest', 'vomit', 'vomiting', 'vomited',
  'faint', 'fainted', 'fainting', 'dizzy', 'fever', 'temperature', 'infection', 'infected', 'discharge', 'pus', 'collapsed', 'unconscious', 'confused',
  'fit', 'seizure', 'throbbing', 'stabbing', 'cramping', 'spasm', 'spasms', 'tightness', 'shaking', 'shivering',
  'wheezy', 'wheezing', 'racing', 'pounding', 'sweating', 'sweaty', 'clammy', 'drowsy', 'floppy',
]);

export interface Reading extends Evidence {
  negated: ReadonlySet<string>;
  /** Mentioned only in the past or as another person's history. */
  past: ReadonlySet<string>;
  truncated: boolean;
  /** True when the text had words but none the vocabulary recognised. */
  unrecognised: boolean;
  /** Symptom words outside every recognised mention: why AL-PARTLY-RECOGNISED was raised. */
  unexplainedWords: string[];
  /** True when most letters are outside the Latin alphabet (hazard H10: another language). */
  mostlyNonLatin: boolean;
}

/** Words before a symptom word that deny it ("no blood", "not dizzy or faint"). */
const DENIALS = new Set(['no', 'not', 'without', 'never', 'nor', 'or', 'denies', 'dont', 'didnt', 'isnt', 'wasnt', 'arent', 'hasnt', 'havent', 'doesnt', 'any']);
/** How many words either side of a symptom word may hold the mention it describes (commas are not counted). */
const NEAR = 5;
const DENIED_AFTER = new Set(['doesnt', 'didnt', 'isnt', 'wasnt', 'hasnt', 'havent', 'arent', 'werent', 'never', 'not', 'wont']);
/** "breathing is fine", "chest ok", "can breathe normally": the word reports something normal. */
const NORMAL_AFTER = new Set(['fine', 'ok', 'okay', 'normal', 'normally', 'clear']);
/** "breathing is totally normal": a word of degree before the normal one. */
const WHOLLY = new Set(['totally', 'completely', 'absolutely', 'perfectly']);
/** "blood pressure", "blood test": the word names a measurement, not bleeding. */
const NOT_BLEEDING_AFTER = new Set(['pressure', 'pressures', 'test', 'tests', 'sugar', 'sugars', 'results', 'result', 'form', 'donor', 'donation', 'group', 'type']);
/** Words that open a clause about something already mentioned: "it's swollen", "they're itchy". */
const BACK_REFERENCES = new Set(['it', 'its', 'they', 'theyre', 'this', 'that', 'thats']);
/** "on my chest", "round her chest": a place named for something else. */
const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'the', 'your']);
const LOCATION_PREPOSITIONS = new Set(['on', 'of', 'across', 'over', 'round', 'around', 'under', 'to', 'onto', 'down', 'up', 'along']);
/** "I'm 28 and fit", "fit and well": fitness, not a seizure. */
const FIT_AS_HEALTHY_BEFORE = new Set(['and', 'im', 'am', 'very', 'pretty', 'quite', 'otherwise', 'generally', 'usually', 'normally', 'keep', 'keeping']);

/**
 * A symptom word is explained when it is part of a recognised mention, describes one nearby
 * in the same sentence ("ankle swollen and bruised" after "sprained my ankle"), or is denied.
 */
function explained(tokens: readonly string[], i: number, covered: ReadonlySet<number>): boolean {
  if (covered.has(i)) return true;

  for (let j = i - 1, words = 0; j >= 0 && words < NEAR && tokens[j] !== '.'; j--) {
    if (tokens[j] === ',') continue;
    words++;
    if (covered.has(j) || DENIALS.has(tokens[j]!)) return true;
  }
  for (let j = i + 1, words = 0; j < tokens.length && words < NEAR && tokens[j] !== '.'; j++) {
    if (tokens[j] === ',') continue;
    words++;
    if (covered.has(j)) return true;
  }
  // Denied just after it: "pain doesnt go down my legs", "blood wasnt in it" (issue 11).
  if (DENIED_AFTER.has(tokens[i + 1] ?? '')) return true;
  return reportedNormal(tokens, i) || notASymptomHere(tokens, i) || describesEarlierMention(tokens, i, covered);
}

/** "breathing is fine", "chest ok", "breathing is totally normal" (2026.12.16). */
function reportedNormal(tokens: readonly string[], i: number): boolean {
  let k = tokens[i + 1] === 'is' || tokens[i + 1] === 'feels' ? i + 2 : i + 1;
  if (WHOLLY.has(tokens[k] ?? '')) k++;
  return NORMAL_AFTER.has(tokens[k] ?? '');
}

/** The word in another sense: "blood pressure", "I'm 28 and fit", "mind racing" (2026.12.16). */
function notASymptomHere(tokens: readonly string[], i: number): boolean {
  const [before, word, next] = [tokens[i - 1] ?? '', tokens[i], tokens[i + 1] ?? ''];
  if (word === 'blood') return NOT_BLEEDING_AFTER.has(next);
  if (word === 'fit') return FIT_AS_HEALTHY_BEFORE.has(before) || (next === 'and' && (tokens[i + 2] === 'well' || tokens[i + 2] === 'healthy'));
  if (word === 'racing') return before === 'mind' || next === 'thoughts' || next === 'mind';
  // "a band of blisters round one side of my chest", "spots on his chest": the chest as the place of something else. A
  // symptom there has its own word ("pain in my chest", "tightness across her chest"), which is read on its own (2026.12.32).
  if (word === 'chest') return POSSESSIVES.has(before) && LOCATION_PREPOSITIONS.has(tokens[i - 2] ?? '');
  return false;
}

/**
 * "Got stung on my arm. It's swollen and red": a clause that opens with "it" or "they" describes
 * the mention before it, in the same sentence or the one before (2026.12.17). Only the clause's
 * own opening word counts, so "it" deep inside a sentence does not explain everything after it.
 */
function describesEarlierMention(tokens: readonly string[], i: number, covered: ReadonlySet<number>): boolean {
  let start = i;
  while (start > 0 && tokens[start - 1] !== '.' && tokens[start - 1] !== ',') start--;
  if (!BACK_REFERENCES.has(tokens[start]!)) return false;
  let sentences = 0;
  for (let j = start - 1; j >= 0; j--) {
    if (tokens[j] === '.' && ++sentences > 1) break;
    if (covered.has(j)) return true;
  }
  return false;
}

const FEVER_C = 38; // NICE NG143: fever is 38°C or more
const HIGH_FEVER_C = 39; // NICE NG143: 39°C or more is an amber feature at 3 to 6 months
const HIGH_SEVERITY = 8;
/** More tablets than the daily maximum of common painkillers (8 × 500 mg paracetamol, BNF). */
const OVERDOSE_TABLETS = 9;
/** NICE NG136: 180/120 or more needs same-day assessment. */
const BP_VERY_HIGH = { systolic: 180, diastolic: 120 };
const HEART_RATE_HIGH_RISK = 130; // NICE NG51 high risk: more than 130 a minute
const HEART_RATE_MODERATE = 90; // NICE NG51 moderate to high risk: 91 to 130
const HEART_RATE_VERY_LOW = 40; // Resuscitation Council UK: under 40 a minute is a risk feature of bradycardia
const SPO2_LOW = 92; // NHS pulse oximetry at home: 92% or less, go to A&E or call 999
const SPO2_COPD_TARGET_MIN = 88; // BTS oxygen target in COPD: 88-92%
// NICE CKS Asthma (managing acute asthma): peak flow 33-50% of best is acute severe, under 33% life-threatening; 50-75% moderate.
const PEAK_FLOW_SEVERE_PERCENT = 50;
const TEMPERATURE_LOW_C = 36; // NICE NG51: a temperature below 36°C is a sepsis risk criterion
const RESP_RATE_HIGH_RISK = 25; // NICE NG51 high risk (12 and over): 25 breaths a minute or more
/** "Baby is 8 days old" written by a woman of childbearing age: she gave birth within 6 weeks (NICE NG51 risk factor). */
const POSTNATAL_DAYS = 6 * 7;
const PEAK_FLOW_MODERATE_PERCENT = 75;
/** NHS "Back pain": most back and joint pain improves within a few weeks; see a GP or physiotherapist if it has not after a few weeks. */
const RECENT_ONSET_DAYS = 14;

const LETTER = /\p{L}/u;

/** Letters and Latin letters in the text, counted without building arrays (5,000 characters). */
function countLetters(raw: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i) | 32;
    if (code >= 97 && code <= 122) {
      letters++;
      latin++;
    } else if (raw.charCodeAt(i) > 127 && LETTER.test(raw[i]!)) letters++;
  }
  return { letters, latin };
}

const BLANCHES = /\b(?:fades?|faded|fading|blanch\w*|disappears?|goes away|go away|went away|turns? white|turned white|go white|goes white|went white|go pale|goes pale) (?:\w+ ){0,2}(?:when|if|under|with|after) (?:\w+ ){0,3}(?:press\w*|push\w*|glass|tumbler)/;
const NAMED_NON_BLANCHING = /\bnon ?blanch|\bpurpur|\bpetechia/;
const DOES_NOT_FADE = /\b(?:doesnt|does not|dont|do not|didnt|did not|wont|will not|not|never|isnt|arent|cant|couldnt) (?:\w+ ){0,2}(?:fade|fading|blanch\w*|disappear\w*|go away|goes away)/;

export function readInput(input: TriageInput): Reading {
  const raw = typeof input.text === 'string' ? input.text : '';
  const facts = readFacts(input, raw);
  const { text, truncated } = normaliseText(raw, SPELLER);
  const tokens = text === '' ? [] : text.split(' ');
  const lemmaText = tokens.map((t) => LEMMATISER.lemma(t)).join(' ');
  const { present, negated, past, covered } = readConcepts(text, COMPILED, FRAGMENTS, lemmaText);
  const fromText = present.size;
  const unexplainedWords = tokens.filter((t, i) => SYMPTOM_WORDS.has(t) && !explained(tokens, i, covered));
  if (unexplainedWords.length > 0) present.add('partly_recognised');

  for (const [key, concept] of CONCEPTS_ADDED_BY_ANSWER) if (answeredYes(input.answers, key)) present.add(concept);
  // A measured temperature decides: 38°C or more is a fever, below it is not (NICE NG143).
  if (facts.temperatureC !== undefined) {
    if (facts.temperatureC >= FEVER_C) present.add('fever');
    else present.delete('fever');
  }
  if (present.has('fever') && facts.durationDays !== undefined && facts.durationDays >= 5) present.add('fever_5_days');
  if (facts.severity !== undefined && facts.severity >= HIGH_SEVERITY) present.add('severity_high');
  // A temperature the text measures decides; words such as "burning up" only stand for one when no number is given
  // (2026.12.39: "burning up, 38.6" in a child playing happily is NICE NG143 green, not a high fever).
  if (facts.temperatureC !== undefined ? facts.temperatureC >= HIGH_FEVER_C : present.has('high_fever_words')) present.add('high_fever');
  if (facts.tabletsSwallowed !== undefined && facts.tabletsSwallowed >= (facts.age <= 11 ? 2 : OVERDOSE_TABLETS)) present.add('many_tablets');
  if (facts.gestationWeeks !== undefined) present.add('gestation_known');
  // NHS "Migraine": aura before migraines a person has had the same way for years is their usual aura (2026.12.26).
  if (present.has('migraine_words') && present.has('aura_words') && present.has('longstanding_pattern')) present.add('usual_aura');
  // A known start under two weeks ago: NHS back and joint pain advice is self-care first, physiotherapy if it has not settled (2026.12.26).
  if (facts.durationDays !== undefined && facts.durationDays < RECENT_ONSET_DAYS) present.add('recent_onset');
  // NICE NG143 / NHS "Meningitis": spots that fade when pressed (the glass test) are not purpura, so "tiny red spots that
  // blanch when I press" is not read as a non-blanching rash; a rash said not to fade keeps it (2026.12.22).
  if (BLANCHES.test(text) && !DOES_NOT_FADE.test(text)) {
    present.delete('purple_rash');
    // "Pinprick spots that fade when I press them" is the glass test passed, not a non-blanching rash (2026.12.28).
    if (!NAMED_NON_BLANCHING.test(text)) present.delete('non_blanching_rash');
  }
  // NHS "Heartburn and acid reflux": a burning chest after big meals or drink, with a sour taste or settled by an antacid, or
  // told as indigestion that comes and goes, is heartburn; rules/emergency.ts keeps 999 for it with any heart warning sign (2026.12.33).
  const acidic = present.has('antacid_relief') || present.has('acid_taste');
  if (present.has('meal_trigger') && (acidic || present.has('heartburn')) && (acidic || present.has('now_and_then') || present.has('recurrent') || present.has('longstanding_pattern'))) {
    present.add('heartburn_explained');
    present.add('heartburn');
  }
  // NICE CG95: chest pain more than a day ago that has not come back is assessed the same day, not by ambulance.
  if (present.has('days_ago') && present.has('nothing_since')) present.add('episode_resolved_days_ago');
  // NICE NG51: a heart rate above 130 is a high-risk sign of sepsis, 91 to 130 moderate to high.
  if (facts.heartRate !== undefined && facts.heartRate > HEART_RATE_HIGH_RISK) present.add('heart_rate_very_high');
  else if (facts.heartRate !== undefined && facts.heartRate > HEART_RATE_MODERATE) present.add('heart_rate_high');
  if (facts.heartRate !== undefined && facts.heartRate < HEART_RATE_VERY_LOW) present.add('heart_rate_very_low');
  // NHS pulse oximeter advice: 92% or less needs A&E or 999; in COPD 88-92% can be usual (BTS target range).
  if (facts.oxygenSaturation !== undefined && facts.oxygenSaturation <= SPO2_LOW) present.add('spo2_low');
  if (facts.oxygenSaturation !== undefined && facts.oxygenSaturation < SPO2_COPD_TARGET_MIN) present.add('spo2_very_low');
  if (input.sex === 'female' && facts.age >= 12 && facts.age <= 55 && facts.babyAgeDays !== undefined && facts.babyAgeDays <= POSTNATAL_DAYS) present.add('birth_within_6_weeks');
  if (facts.temperatureC !== undefined && facts.temperatureC < TEMPERATURE_LOW_C) present.add('temperature_low');
  if (facts.respiratoryRate !== undefined && facts.age >= 12 && facts.respiratoryRate >= RESP_RATE_HIGH_RISK) present.add('resp_rate_very_high');
  if (facts.peakFlowPercent !== undefined && facts.peakFlowPercent <= PEAK_FLOW_SEVERE_PERCENT) present.add('peak_flow_severe');
  else if (facts.peakFlowPercent !== undefined && facts.peakFlowPercent <= PEAK_FLOW_MODERATE_PERCENT) present.add('peak_flow_moderate');
  const bp = facts.bloodPressure;
  if (bp && (bp.systolic >= BP_VERY_HIGH.systolic || bp.diastolic >= BP_VERY_HIGH.diastolic)) present.add('bp_very_high');

  const phq9 = scorePhq9(input.answers);
  if (phq9.item9 !== undefined && phq9.item9 > 0) present.add('phq9_item9_positive');
  if (phq9.total >= 20) present.add('phq9_severe');
  if (phq9.total >= 10) present.add('phq9_moderate');
  if (scoreGad7(input.answers).total >= 10) present.add('gad7_moderate');

  // A denied mention of suicide or self-harm still goes to a mental health practitioner
  // (hazard H7): the denial is for a clinician to weigh, not the engine.
  if (negated.has('suicidal') || negated.has('self_harm')) present.add('self_harm_mentioned');
  for (const id of present) {
    negated.delete(id);
    past.delete(id);
  }

  const female = facts.sex === 'female';
  const pregnant = female && (facts.pregnantDeclared || present.has('pregnant') || facts.gestationWeeks !== undefined);
  const { letters, latin } = countLetters(raw);
  return {
    facts,
    present,
    negated,
    past,
    pregnant,
    possiblyPregnant: pregnant || (female && present.has('possible_pregnancy')),
    truncated,
    unrecognised: raw.trim() !== '' && fromText === 0 && negated.size === 0,
    unexplainedWords,
    mostlyNonLatin: letters >= 4 && latin / letters < 0.5,
  };
}
