import { describe, expect, it } from 'vitest';
import { assess, selfHelpFor } from './engine.ts';
import { followUpQuestions } from './follow-up.ts';
import { scoreGad7, scorePhq9 } from './mood-scores.ts';
import type { Answers, Sex, TriageInput, Urgency } from './types.ts';

type Case = [text: string, expected: Urgency, age?: number, sex?: Sex, extra?: Partial<TriageInput>];

function check(cases: Case[]) {
  it.each(cases)('%s → %s', (text, expected, age = 40, sex = 'female', extra = {}) => {
    expect(assess({ age, sex, text, ...extra }).urgency).toBe(expected);
  });
}

const phq9 = (items: number[]): Answers => Object.fromEntries(items.map((s, i) => [`phq9_${i + 1}`, s]));
const gad7 = (items: number[]): Answers => Object.fromEntries(items.map((s, i) => [`gad7_${i + 1}`, s]));

describe('negation (hazard H2)', () => {
  check([
    ['no chest pain, just a cough', 'self-care'],
    ['denies fever, runny nose', 'self-care'],
    ['sore throat, not short of breath', 'self-care'],
    ['sore throat without a rash', 'self-care'],
    ["I don't have chest pain or breathlessness, just a cold", 'self-care'],
    ['not chest pain just a bad cold', 'self-care'],
    // Negation never reaches past a clause break or a second symptom joined by "and"/"but".
    ['no fever but I have chest pain', 'emergency'],
    ['no cough and a heavy feeling in my chest', 'emergency'],
    ["no temperature, he can't breathe", 'emergency'],
    ['never had chest pain like this before', 'emergency'],
    ['not sure if it is chest pain', 'emergency'],
    ['history of angina, no chest pain today, need my repeat prescription', 'routine'],
  ]);

  it('lists what it set aside in the rationale', () => {
    expect(assess({ age: 30, sex: 'male', text: 'cough, no fever' }).rationale).toMatch(/absent: fever/);
  });
});

describe('lay phrases and misspellings (hazard H3)', () => {
  check([
    ['chest pian', 'emergency'],
    ["can't catch my breath", 'emergency'],
    ['heart racing', 'urgent'],
    ['worst headache of my life', 'emergency'],
    ['back pain and numb down there', 'emergency'],
    ['bad back and I wet myself', 'emergency'],
    ['blue lips', 'emergency'],
    ['floppy baby', 'emergency', 0],
    ['breathless', 'urgent'],
    ['diareah since yesterday', 'self-care'],
    ['vomitting since last night', 'self-care'],
    ['dizzyness and brething very hard, cant breathe', 'emergency'],
    ['feeling suicdal', 'urgent'],
    ['throat is closing up', 'emergency'],
  ]);

  it('does not "correct" ordinary words into symptoms', () => {
    expect(assess({ age: 40, sex: 'male', text: 'my wheelchair wheel is broken' }).matchedRules).toEqual(['GEN-GP-REVIEW']);
    expect(assess({ age: 40, sex: 'male', text: 'I need a fit note' }).urgency).toBe('routine');
  });
});

describe('numbers and inability in the text (2026.12.9)', () => {
  // Peak flow against the patient's usual or best, in either order (NICE CKS acute asthma bands).
  check([
    ['peak flow 150 and my best is 500, blue inhaler helping a little', 'emergency', 30],
    ['my usual peak flow is 500 but today it is 240', 'emergency', 30],
    ['peak flow 360, normally 480, wheezy with a cold', 'urgent', 30],
    ['peak flow is 45% of my best this morning', 'emergency', 30],
    ['my peak flow is 480 which is my normal, just want a new spacer', 'routine', 30],
  ]);
  it('reads "could not", "cannot" and "can hardly" as one word, so each "cant" pattern reads them all', () => {
    for (const text of ['I could not get my words out for ten minutes', 'I couldnt get my words out for ten minutes', 'I cannot get my words out', 'I can hardly get my words out']) {
      expect(assess({ age: 70, sex: 'male', text }).urgency, text).toBe('emergency');
    }
  });
  it('keeps "can barely walk" apart from "cannot bear weight": only breathing, speech, sight and feeling are near-inabilities', () => {
    expect(assess({ age: 28, sex: 'female', text: 'First leg day at the gym on Monday and my thighs are so sore I can barely walk down stairs.' }).urgency).not.toBe('emergency');
  });
});

describe('never downgrades (hazard H1)', () => {
  check([
    ["chest pain, but I think it's just indigestion", 'emergency'],
    ['probably nothing, only a rash that does not fade under a glass', 'emergency', 3],
    ['I have a cold and a runny nose and my face has dropped on one side', 'emergency', 70],
    ['need my repeat prescription, also I feel suicidal and have a plan for tonight', 'emergency'],
  ]);

  it('keeps the emergency and sends it to emergency services however much self-care text follows', () => {
    const r = assess({ age: 50, sex: 'male', text: `chest pain. ${'I have a cold and hay fever and a sore throat. '.repeat(50)}` });
    expect(r.urgency).toBe('emergency');
    expect(r.role).toBe('emergency-services');
    expect(r.nextStep.title).toBe('Call 999 now');
    expect(r.advice).toEqual([]);
  });
});

describe('age and pregnancy modifiers (hazard H9)', () => {
  check([
    ['temperature of 38.2', 'emergency', 0, 'female', { answers: { ageMonths: 1 } }],
    ['my 6 week old has a fever', 'emergency', 0],
    ['high temperature', 'emergency', 0], // months unknown: treated as the youngest
    ['high temperature', 'urgent', 0, 'female', { answers: { ageMonths: 4 } }],
    ['temperature but playing normally', 'self-care', 3],
    ['fever and not drinking', 'urgent', 2],
    ['tummy pain and bleeding', 'emergency', 28, 'female', { pregnant: true }],
    ['missed period, tummy pain and pain in my shoulder tip', 'emergency', 25],
    ['tummy pain and pain in my shoulder tip', 'routine', 25, 'male'],
    ['headache and blurred vision', 'emergency', 30, 'female', { pregnant: true, answers: { pregnancyWeeks: 30 } }],
    ['headache', 'urgent', 30, 'female', { pregnant: true }],
    ['headache', 'routine', 30, 'female', { pregnant: true, answers: { pregnancyWeeks: 12 } }],
    ['confused since this morning', 'urgent', 85],
    ['had a fall yesterday', 'urgent', 80],
    ['had a fall yesterday', 'routine', 30],
  ]);

  it('routes a housebound patient to the paramedic without changing urgency', () => {
    const r = assess({ age: 84, sex: 'male', text: 'new confusion', answers: { housebound: true } });
    expect([r.urgency, r.role]).toEqual(['urgent', 'paramedic']);
    expect(r.matchedRules).toContain('MOD-HOUSEBOUND-PARAMEDIC');
  });
});

describe('PHQ-9 and GAD-7 (hazard H7)', () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'none-minimal'],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'mild'],
    [[2, 2, 2, 1, 1, 1, 1, 0, 0], 10, 'moderate'],
    [[2, 2, 2, 2, 2, 2, 2, 1, 0], 15, 'moderately-severe'],
    [[3, 3, 3, 3, 2, 2, 2, 2, 0], 20, 'severe'],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, 'severe'],
  ])('PHQ-9 %j scores %i (%s)', (items, total, band) => {
    expect(scorePhq9(phq9(items))).toMatchObject({ total, band, complete: true });
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0], 0, 'minimal'],
    [[1, 1, 1, 1, 1, 0, 0], 5, 'mild'],
    [[2, 2, 2, 1, 1, 1, 1], 10, 'moderate'],
    [[3, 3, 3, 2, 2, 1, 1], 15, 'severe'],
    [[3, 3, 3, 3, 3, 3, 3], 21, 'severe'],
  ])('GAD-7 %j scores %i (%s)', (items, total, band) => {
    expect(scoreGad7(gad7(items))).toMatchObject({ total, band, complete: true });
  });

  it('ignores answers outside 0–3 and reports an incomplete score', () => {
    expect(scorePhq9({ phq9_1: 3, phq9_2: 7, phq9_3: '2', phq9_4: -1 })).toMatchObject({ total: 5, answered: 2, complete: false });
  });

  it('makes item 9 above zero urgent and routes to mental health, even with no words of risk', () => {
    const r = assess({ age: 30, sex: 'male', text: 'tired all the time', answers: phq9([1, 1, 1, 1, 0, 0, 0, 0, 1]) });
    expect([r.urgency, r.role]).toEqual(['urgent', 'mental-health-practitioner']);
  });

  it('makes item 9 with a plan in the text an emergency', () => {
    expect(assess({ age: 30, sex: 'male', text: 'I have a plan', answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 2]) }).urgency).toBe('emergency');
  });

  it('makes a PHQ-9 of 20 or more urgent, and 10–19 routine mental health', () => {
    expect(assess({ age: 30, sex: 'female', text: 'low', answers: phq9([3, 3, 3, 3, 2, 2, 2, 2, 0]) }).urgency).toBe('urgent');
    const r = assess({ age: 30, sex: 'female', text: 'tired', answers: phq9([2, 2, 2, 1, 1, 1, 1, 0, 0]) });
    expect([r.urgency, r.role]).toEqual(['routine', 'mental-health-practitioner']);
  });

  it('routes a denied mention of suicide to mental health rather than dropping it', () => {
    expect(assess({ age: 30, sex: 'female', text: "I don't want to kill myself" }).role).toBe('mental-health-practitioner');
  });
});

describe('results', () => {
  it('is deterministic: the same input gives the same output', () => {
    const input: TriageInput = { age: 67, sex: 'female', text: 'water infection, confused and shivering uncontrollably, no rash' };
    const first = JSON.stringify(assess(input));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(assess(input))).toBe(first);
  });

  it('does not change its input', () => {
    const input: TriageInput = { age: 40, sex: 'male', text: 'cough', answers: { severity: 3 } };
    const copy = structuredClone(input);
    assess(input);
    expect(input).toEqual(copy);
  });

  it('gives self-care results advice with a source, and urgent results a 111 safety net', () => {
    const selfCare = assess({ age: 30, sex: 'female', text: 'runny nose and sneezing' });
    expect(selfCare.advice.length).toBeGreaterThan(0);
    expect(selfHelpFor(selfCare)).toEqual(selfCare.advice);
    for (const a of selfCare.advice) expect(a.source).toMatch(/^https:\/\//);
    expect(assess({ age: 50, sex: 'male', text: 'short of breath' }).nextStep.body).toMatch(/call 111/);
  });

  it('tells emergencies what to do now', () => {
    expect(assess({ age: 40, sex: 'male', text: 'vomiting blood' }).nextStep.title).toBe('Go to A&E now');
    expect(assess({ age: 30, sex: 'female', text: 'baby not moving today', pregnant: true }).nextStep.title).toMatch(/maternity unit/);
    expect(assess({ age: 40, sex: 'male', text: 'my face has dropped' }).nextStep.title).toBe('Call 999 now');
  });

  it('names each red flag with its rule and source', () => {
    const r = assess({ age: 60, sex: 'male', text: 'chest pain and my face has dropped' });
    expect(r.redFlags.map((f) => f.id)).toEqual(['EM-CHEST-PAIN-ADULT', 'EM-STROKE-FAST']);
    for (const f of r.redFlags) expect(f.source).toMatch(/NICE/);
  });
});

describe('input edge cases', () => {
  it('sends empty text to a GP with a warning', () => {
    const r = assess({ age: 40, sex: 'female', text: '' });
    expect([r.urgency, r.role, r.warnings]).toEqual(['routine', 'gp', ['empty-text']]);
  });

  it('handles text of 5,000 characters with a red flag at the very end', () => {
    const text = `${'my knee has been a bit sore. '.repeat(200)}`.slice(0, 4980) + ' chest pain';
    expect(text.length).toBeLessThanOrEqual(5000);
    expect(assess({ age: 40, sex: 'male', text }).urgency).toBe('emergency');
  });

  it('treats HTML and script as plain text and never echoes it', () => {
    const r = assess({ age: 40, sex: 'male', text: '<script>alert("x")</script><b>chest pain</b>' });
    expect(r.urgency).toBe('emergency');
    expect(JSON.stringify(r)).not.toMatch(/<|script|alert/);
  });

  it('flags text it could not read, including other alphabets (hazard H10)', () => {
    expect(assess({ age: 40, sex: 'female', text: 'hello there' }).warnings).toEqual(['no-recognised-symptoms']);
    expect(assess({ age: 40, sex: 'female', text: '我胸口很痛，呼吸困难' }).warnings).toContain('possibly-not-english');
  });

  it('copes with odd numbers and answers without throwing', () => {
    const odd: TriageInput = { age: Number.NaN, sex: 'male', text: 'cough', answers: { severity: 'lots', onsetDays: -3, phq9_9: 'x' } };
    expect(() => assess(odd)).not.toThrow();
    // 80 or over is a general alarm feature (AL-VERY-OLD): a cough is read by a clinician, not left to self-care.
    expect(assess({ age: 130, sex: 'female', text: 'cough' }).urgency).toBe('routine');
    expect(assess({ age: 60, sex: 'female', text: 'cough' }).urgency).toBe('self-care');
  });
});

describe('follow-up questions', () => {
  const ids = (input: TriageInput) => followUpQuestions(input).map((q) => q.id);

  it('always asks onset, severity and worsening first and what they want last', () => {
    const q = ids({ age: 40, sex: 'male', text: 'cough' });
    expect(q.slice(0, 3)).toEqual(['onsetDays', 'severity', 'worsening']);
    expect(q.at(-1)).toBe('helpWanted');
  });

  it('asks the body-system questions that could change the outcome', () => {
    expect(ids({ age: 40, sex: 'male', text: 'back pain' })).toEqual(expect.arrayContaining(['saddleNumbness', 'bladderBowelChange']));
    expect(ids({ age: 40, sex: 'male', text: 'headache' })).toEqual(expect.arrayContaining(['headacheSudden', 'stiffNeck']));
    expect(ids({ age: 2, sex: 'male', text: 'fever' })).toEqual(expect.arrayContaining(['rashGlassTest', 'childFloppyOrDrowsy', 'temperature']));
    expect(ids({ age: 40, sex: 'male', text: 'fever' })).not.toContain('childFloppyOrDrowsy');
  });

  it('asks about pregnancy only for females aged 12 to 55 who have not said', () => {
    expect(ids({ age: 30, sex: 'female', text: 'tummy pain' })).toContain('pregnant');
    expect(ids({ age: 30, sex: 'female', text: 'tummy pain', pregnant: false })).not.toContain('pregnant');
    expect(ids({ age: 60, sex: 'female', text: 'tummy pain' })).not.toContain('pregnant');
    expect(ids({ age: 30, sex: 'male', text: 'tummy pain' })).not.toContain('pregnant');
    const weeks = followUpQuestions({ age: 30, sex: 'female', text: 'tummy pain' }).find((q) => q.id === 'pregnancyWeeks');
    expect(weeks?.askIf).toEqual({ id: 'pregnant', equals: true });
  });

  it('adds PHQ-9 and GAD-7 items with their four options for low mood', () => {
    const questions = followUpQuestions({ age: 30, sex: 'male', text: 'feeling low' });
    const item9 = questions.find((q) => q.id === 'phq9_9');
    expect(item9).toMatchObject({ kind: 'choice', text: 'Thoughts that you would be better off dead or of hurting yourself in some way' });
    expect(item9?.options?.map((o) => o.value)).toEqual([0, 1, 2, 3]);
    expect(questions.filter((q) => q.id.startsWith('gad7_'))).toHaveLength(7);
  });

  it('gives every question an id, plain text, a kind and a hint, and skips answered ones', () => {
    const questions = followUpQuestions({ age: 70, sex: 'female', text: 'back pain, fever, low mood, cough', answers: { severity: 4 } });
    expect(questions.map((q) => q.id)).not.toContain('severity');
    for (const q of questions) {
      expect(q.text.length).toBeGreaterThan(5);
      expect(q.hint.length).toBeGreaterThan(5);
      expect(['yesno', 'choice', 'number', 'text']).toContain(q.kind);
      if (q.kind === 'choice') expect(q.options?.length).toBeGreaterThan(1);
    }
  });

  it('feeds a yes answer back into the assessment', () => {
    const before = assess({ age: 3, sex: 'female', text: 'fever' });
    const after = assess({ age: 3, sex: 'female', text: 'fever', answers: { rashGlassTest: true } });
    expect([before.urgency, after.urgency]).toEqual(['self-care', 'emergency']);
  });
});
