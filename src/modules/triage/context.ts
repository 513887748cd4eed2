/**
 * Whether a mention is about the past or about someone else, not the patient's current
 * problem: "chest pain in 2015", "a stroke 3 years ago", "my dad had a heart attack",
 * "runs in the family". Such mentions are set aside like denied ones and listed in the
 * rationale. A parent or carer describing the person they look after is about the patient
 * ("my son has a fever"), so only past or family-history wording sets a mention aside.
 *
 * Deliberately narrow (hazard H14 and H1): a time word that puts the mention now ("today",
 * "this morning", "again", "an hour ago") keeps it current, the scope is the clause (ending at
 * punctuation, "and", "but", "now" …), and a relative's past event is set aside only when it is a
 * diagnosis ("had a heart attack", "had a stroke"), never an event such as a fall, because a
 * carer may be describing what just happened to the patient.
 */

const BREAKS = new Set(['.', ',', 'and', 'but', 'now', 'however', 'although', 'though', 'yet', 'so', 'which', 'because', 'whereas', 'while', 'since']);

/** Markers that place something in the past (years ago, a year, as a child). */
const PAST = [
  /\b(?:in|back in|during) (?:19|20)\d\d\b/, /\blast year\b/, /\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple of) years? (?:ago|back)\b/,
  /\byears (?:ago|back)\b/, /\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|many|couple of) months? (?:ago|back)\b/, /\bas a (?:child|kid|baby|teenager|teen)\b/, /\bwhen (?:i|he|she|they) (?:was|were) (?:a |little|younger|young|small|\d+)/, /\bin the past\b/,
  /\bpreviously\b/, /\bused to\b/, /\bat (?:the )?age (?:of )?\d+\b/, /\b(?:had|diagnosed|died|started|began)\b[a-z ]*\bat \d\d\b(?! (?:weeks|wks|am|pm|degrees))/, /\bruns? in (?:the|my|our) family\b/, /\bfamily history\b/,
  /\b(?:died|passed away|passed|dying) (?:of|from|after|with)\b/, /\b(?:in|during|over) the (?:summer|spring|autumn|winter|holidays)\b/, /\blast (?:summer|spring|autumn|winter|christmas)\b/,
  /\b(?:in|back in|since) (?:january|february|march|april|june|july|august|september|october|november|december)\b/, /\bpassed away\b/, /\bgrowing up\b/, /\blong time ago\b/, /\bhistory of\b/,
  // "Just finished antibiotics for a chest infection": the treated infection is history (2026.12.22).
  /\b(?:finished|completed) (?:a |my |the |his |her |their )?(?:course of )?(?:antibiotics|abx) for\b/,
  // "I had them in my last pregnancy", "before in pregnancy", "when I was pregnant with my son": an earlier pregnancy (2026.12.26).
  /\b(?:in|during|with|after) (?:my|her|a|the|an) (?:last|previous|earlier|first|second|third|other|older) (?:pregnancy|pregnancies|baby|child)\b/, /\bbefore (?:in|during) (?:my |her )?pregnanc\w*/, /\bwhen (?:i|she) was (?:last )?pregnant\b/, /\bin (?:my |her |both |all )?(?:previous |other )?pregnancies\b/,
];

/**
 * "Last month" or "two months ago" puts an event in the past ("an overdose last month"), but not
 * a problem that began then and goes on ("the headaches started two months ago"), so these
 * count only in a clause without a word of onset or duration (2026.12.4).
 */
const MONTHS_AGO = /\blast month\b|\b(?:\d+|a|one|two|three|four|five|six|few|several|couple of) months? ago\b/;
const ONGOING = /\b(?:start|starts|started|starting|began|begun|begin|came on|come on|developed|since|for|ever since|getting|keeps?|on and off)\b/;

/**
 * "Since my wife passed two years ago I barely speak to anyone": what began then goes on now, so
 * in a clause opened by "since" ("since" ends the clause before it), what comes after "… ago" is
 * not in the past; the event before it still is ("since the crash 6 months ago", 2026.12.17). Reading a past
 * event as current only ever raises the urgency.
 */
const AGO_ENDS = /^(?:years?|months?) (?:ago|back)$|^last (?:year|month|winter|summer|spring|autumn|christmas)$/;
function startsAfterAgo(tokens: readonly string[], from: number, start: number): boolean {
  for (let i = from + 1; i < start; i++) if (AGO_ENDS.test(`${tokens[i - 1]} ${tokens[i]}`)) return true;
  return false;
}

/** Markers that place something now; they win over PAST in the same clause. */
const NOW = /\b(?:today|tonight|this (?:morning|afternoon|evening|week)|right now|just now|currently|at the moment|still|again|an? (?:hour|few hours|couple of hours|minute|few minutes) ago|\d+ (?:minutes?|mins?|hours?|hrs?) ago|last night|yesterday|since yesterday|since this morning)\b/;

// "Dad had a stomach ulcer": a relative named without "my" at the start of a clause (2026.12.33).
const RELATIVE = /\b(?:(?:my|his|her|our|their) )?(?:dad|father|mum|mother|mom|brother|sister|grandad|granddad|grandpa|grandfather|grandma|grandmother|nan|nanna|nana|granny|uncle|aunt|auntie|cousin|friend|mate|pal|best friend|workmate|colleague|neighbour|neighbor|parents?)s? (?:had|has had|suffered|got|was diagnosed with|has been diagnosed with)\b/;

/** Mentions that name a diagnosis someone can "have had" (not a current symptom or an event). */
const DIAGNOSIS = /\b(?:heart attack|stroke|cancer|tumour|angina|clot|dvt|embolism|aneurysm|dementia|alzheimers|diabetes|meningitis|sepsis|tia|mini stroke|epilepsy|seizures?|fits?|overdose|breakdown|psychosis|depression|anorexia|leukaemia|lymphoma|cellulitis|appendicitis|gallstones|kidney stones?|pneumonia|covid|shingles|measles|quinsy|whooping cough|tonsillitis|glandular fever|scarlet fever|stomach ulcer|ulcer|heart failure|pre ?eclampsia|ectopic|miscarriage|gout|hernia|crohns|colitis|multiple sclerosis|motor neurone disease|parkinsons|lyme disease|pancreatitis|bowel obstruction|hypothermia|anaphylaxis|asthma attack|whoop\w*)\b/;

function clause(tokens: readonly string[], start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !BREAKS.has(tokens[from - 1]!)) from--;
  let to = end;
  while (to < tokens.length && !BREAKS.has(tokens[to]!)) to++;
  return { from, to };
}

/** "It is back again today": the sentence says the past problem has returned. */
// "back" counts only as "it is back" or "came back", not as "a few years back" or "my back" (2026.12.3).
const RETURNED = /\b(?:again|returned|(?:come|coming|came|comes|is|its|has|have|are|was|were) back|back again|recurr\w*|another one)\b/;

function sentenceRange(tokens: readonly string[], start: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && tokens[from - 1] !== '.') from--;
  let to = start;
  while (to < tokens.length && tokens[to] !== '.') to++;
  return { from, to };
}

type ClauseVerdict = 'now' | 'past' | 'open';

/**
 * Reads who and when for every mention of one text. The verdicts of a clause and of a
 * sentence are worked out once and reused by every mention inside them, so a long message
 * with hundreds of mentions costs one pass per clause, not one per mention (1 ms target).
 */
export function contextReader(tokens: readonly string[]): (start: number, end: number) => boolean {
  const clauses = new Map<number, ClauseVerdict>();
  const sentences = new Map<number, boolean>();
  // Where each token's sentence starts, worked out once (a run-on message is one long sentence).
  const sentenceStart = new Int32Array(tokens.length);
  for (let i = 0, from = 0; i < tokens.length; i++) {
    sentenceStart[i] = from;
    if (tokens[i] === '.') from = i + 1;
  }
  const returnedNow = (start: number): boolean => {
    const from = start < tokens.length ? sentenceStart[start]! : start;
    let hit = sentences.get(from);
    if (hit === undefined) {
      const { to } = sentenceRange(tokens, from);
      const around = tokens.slice(from, to).join(' ');
      hit = RETURNED.test(around) && NOW.test(around);
      sentences.set(from, hit);
    }
    return hit;
  };
  return (start, end) => {
    const { from, to } = clause(tokens, start, end);
    const key = from * 65_536 + to;
    let verdict = clauses.get(key);
    if (verdict === undefined) {
      const whole = tokens.slice(from, to).join(' ');
      verdict = NOW.test(whole) ? 'now' : PAST.some((marker) => marker.test(whole)) || (MONTHS_AGO.test(whole) && !ONGOING.test(whole)) ? 'past' : 'open';
      clauses.set(key, verdict);
    }
    if (verdict === 'now' || returnedNow(start)) return false;
    if (verdict === 'past' && tokens[from - 1] === 'since' && startsAfterAgo(tokens, from, start)) return false;
    if (verdict === 'past') return true;
    // The mention is short, so test it first; the words before it only when it is a diagnosis.
    return DIAGNOSIS.test(tokens.slice(start, end).join(' ')) && RELATIVE.test(tokens.slice(from, start).join(' '));
  };
}

const FAMILY = /\b(?:runs? in (?:the|my|our) family|family history)\b/;

/** True when the clause before a mention says it is a relative's or the family's, not the patient's. */
export function aboutSomeoneElse(tokens: readonly string[], start: number): boolean {
  const { from, to } = clause(tokens, start, start + 1);
  const before = tokens.slice(from, start).join(' ');
  return RELATIVE.test(before) || FAMILY.test(tokens.slice(from, to).join(' '));
}

/** True when the mention tokens[start, end) is about the past or another person's history. */
export function isPastOrOtherPerson(tokens: readonly string[], start: number, end: number): boolean {
  return contextReader(tokens)(start, end);
}
