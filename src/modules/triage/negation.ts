/**
 * Decides whether a mention is negated ("no chest pain", "denies fever", "without a rash"),
 * in the spirit of NegEx (Chapman et al., 2001): a negating word shortly before the mention,
 * in the same clause, negates it. Deliberately narrow, because a wrongly negated red flag is
 * the dangerous error (hazard log H2): clauses end at punctuation and at joining words such as
 * "but" and "and", so "no cough but chest pain" and "no fever and a stiff neck" keep the
 * second symptom. Over-reading a mention as present only over-triages.
 */

const NEGATORS = new Set([
  'no', 'not', 'denies', 'denied', 'deny', 'denying', 'without', 'never', 'none', 'nil', 'dont', 'doesnt', 'didnt', 'havent', 'hasnt',
  'hadnt', 'isnt', 'wasnt', 'arent', 'werent', 'neither', 'nor', 'negative', 'free', 'absent', 'nowhere',
]);

/** A negator followed by one of these is a hedge or a complaint, not a denial ("not sure", "not getting better"). */
const PSEUDO_FOLLOWERS = new Set([
  'sure', 'only', 'just', 'idea', 'know', 'certain', 'better', 'improving', 'getting', 'change', 'able', 'matter', 'stop',
  'stopping', 'think', 'too', 'worse', 'helping', 'working', 'settling', 'easing', 'relief', 'one',
]);

/** Words that end the clause a negator governs. */
const CLAUSE_BREAKS = new Set([
  '.', ',', 'but', 'however', 'although', 'though', 'except', 'apart', 'aside', 'yet', 'and', 'with', 'plus', 'also', 'which', 'who',
  'because', 'since', 'so', 'then', 'now', 'while', 'whereas', 'still', 'instead',
]);

/** Words shortly after a mention that turn a denial into a comparison ("never had chest pain like this before"). */
const CANCEL_AFTER = new Set(['before', 'until', 'till', 'like']);

const WINDOW = 6;

const LIST_JOINERS = new Set(['or', 'nor', 'any', 'a', 'an']);

export interface Span {
  start: number;
  end: number;
}

/**
 * `tokens` and `offsets` describe the normalised text; `start`/`end` are the token indexes of
 * the mention; `masked` holds token indexes inside other mentions, whose words never act as
 * negators (the "not" in "not breathing" belongs to that mention).
 */
export function isNegated(tokens: readonly string[], start: number, end: number, masked: ReadonlySet<number>): boolean {
  let negated = false;
  let negatorAt = -1;
  // Words seen since the last mention passed; a negator reaches past another mention only
  // through "or"/"nor" ("no chest pain or breathlessness"), never through "just" or the like
  // ("not chest pain, just a bad cold" keeps the cold).
  let gap: string[] = [];
  let sawOr = false;
  for (let i = start - 1, seen = 0; i >= 0 && seen < WINDOW; i--, seen++) {
    const token = tokens[i]!;
    // "No headache, chest pain or vision problems": a comma inside a list of mentions that ends in
    // "or"/"nor" carries the denial on, like "or" does (2026.12.22).
    if (token === ',' && gap.every((word) => LIST_JOINERS.has(word)) && masked.has(i - 1) && (sawOr || listEndsWithOr(tokens, end))) continue;
    if (token === 'or' || token === 'nor') sawOr = true;
    if (CLAUSE_BREAKS.has(token)) break;
    if (masked.has(i)) {
      if (gap.some((word) => !LIST_JOINERS.has(word))) break;
      gap = [];
      continue;
    }
    if (isNegator(tokens, i, start)) {
      negated = true;
      negatorAt = i;
      break;
    }
    gap.push(token);
  }
  if (!negated) return deniedAfter(tokens, end);
  for (let i = end; i < tokens.length && i < end + 4; i++) {
    const token = tokens[i]!;
    if (token === '.' || token === ',') break;
    if (!CANCEL_AFTER.has(token)) continue;
    // "No chest pain or palpitations before." denies; "never had pain like this before" and
    // "no pain before today" do not (2026.12.3).
    const next = tokens[i + 1];
    const endsClause = next === undefined || next === '.' || next === ',';
    if (token === 'before' && endsClause && tokens[negatorAt] !== 'never') return true;
    return false;
  }
  return true;
}

/** The mention is followed, in its clause, by "or"/"nor" or another comma of the same list. */
function listEndsWithOr(tokens: readonly string[], end: number): boolean {
  for (let i = end; i < tokens.length && i < end + WINDOW; i++) {
    const token = tokens[i]!;
    if (token === 'or' || token === 'nor' || token === ',') return true;
    if (CLAUSE_BREAKS.has(token)) return false;
  }
  return false;
}

/**
 * "Bleeding none", "temperature: nil": a form-like answer right after the mention denies it,
 * when nothing follows in its clause ("none the wiser" does not). 2026.12.12.
 */
function deniedAfter(tokens: readonly string[], end: number): boolean {
  const word = tokens[end];
  if (word !== 'none' && word !== 'nil') return false;
  const next = tokens[end + 1];
  return next === undefined || CLAUSE_BREAKS.has(next);
}

/** A word that can deny what follows it ("no", "not", "doesnt" …). */
export function isNegatorWord(token: string): boolean {
  return NEGATORS.has(token);
}

function isNegator(tokens: readonly string[], i: number, mentionStart: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (token === 'history' && next === 'of') return true; // "history of angina": not a current complaint
  if (!NEGATORS.has(token)) return false;
  if (next === 'getting' && tokens[i + 2] === 'worse') return true; // "not getting worse" denies worsening
  // "No change after the cream" is a complaint, but "no change in poo" denies the mention that
  // begins with that word (2026.12.7).
  if (next !== undefined && PSEUDO_FOLLOWERS.has(next) && i + 1 !== mentionStart) return false;
  if (token === 'free' || token === 'negative') return next === 'of' || next === 'for';
  // "I can't stand without nearly fainting": after "can't <verb>", "without" says what happens
  // every time, so it affirms (2026.12.11, read from blind-2027-09).
  if (token === 'without' && (tokens[i - 2] === 'cant' || tokens[i - 3] === 'cant' || tokens[i - 2] === 'wont' || tokens[i - 3] === 'wont')) return false;
  return true;
}
