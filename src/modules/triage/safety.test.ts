/**
 * The failure kinds issue 11 found, written as general checks (hazards H15–H18 in the hazard
 * log): ordinary words for emergencies, missing presentations, self-care despite an alarm
 * feature, over-triage of harmless problems, and reading word forms, numbers, time and people.
 */
import { describe, expect, it } from 'vitest';
import { assess } from './engine.ts';
import type { TriageInput } from './types.ts';

const urgencyOf = (text: string, age = 40, sex: TriageInput['sex'] = 'female', extra: Partial<TriageInput> = {}) => assess({ age, sex, text, ...extra }).urgency;

describe('safe defaults: general alarm features (H17)', () => {
  it('gives self-care only when no alarm feature is anywhere in the text', () => {
    expect(urgencyOf('sore throat for two days')).toBe('self-care');
    expect(urgencyOf('sore throat that came on suddenly and is severe')).toBe('urgent');
    expect(urgencyOf('a cold for a few days and it is getting worse')).toBe('routine');
    expect(urgencyOf('a cold and I nearly fainted this morning')).toBe('urgent');
    expect(urgencyOf('runny nose and a cold', 30, 'female', { pregnant: true })).toBe('routine');
  });

  it('treats chemotherapy with a temperature as an emergency and any illness on chemotherapy as urgent or more', () => {
    expect(urgencyOf('I am on chemo and my temperature is 38.3')).toBe('emergency');
    expect(['urgent', 'emergency']).toContain(urgencyOf('I am on chemotherapy and have a cough'));
  });

  it('sends text recognised only in part to a clinician, never to self-care', () => {
    expect(urgencyOf('cold and runny nose, and my legs feel weak and numb')).not.toBe('self-care');
  });

  it('never lowers an emergency, whatever reassurance follows', () => {
    expect(urgencyOf('chest pain, probably just a cold, getting better, nothing to worry about', 55, 'male')).toBe('emergency');
  });
});

describe('ordinary words for emergencies (H15) and missing presentations (H16)', () => {
  it.each([
    ['I swallowed about 30 of my paracetamol a couple of hours ago', 19],
    ['my toddler swallowed some of my tablets, there are 6 missing', 2],
    ['really out of breath and keep nearly fainting when I stand', 66],
    ['I am diabetic, sweating buckets, feel awful and sick, and my arm feels heavy', 71],
    ['headache since yesterday and my husband says I am muddled', 58],
    ['stood on a rusty nail last week, now my jaw is stiff and I can hardly open my mouth', 42],
    ['tummy ache that started round his belly button and moved to the bottom right, he has been sick', 9],
    ['my throat is so sore I cannot swallow my own spit and I am drooling', 45],
    ['my leg went cold, white and numb from the knee down two hours ago', 72],
    ['my right eye is red and very painful with rainbow rings round lights and I have been sick', 68],
  ])('calls "%s" an emergency', (text, age) => {
    expect(urgencyOf(text, age)).toBe('emergency');
  });

  it.each([
    ['burning when I wee, temperature of 38.6 and pain in my back on the right', 34, 'female'],
    ['red, hot, swollen leg and the redness is spreading', 60, 'female'],
    ['painful blistery rash on my forehead going towards my eye', 74, 'male'],
    ['I am diabetic and a sore on my foot has gone red and swollen', 63, 'male'],
  ] as const)('sees "%s" today at least', (text, age, sex) => {
    expect(['urgent', 'emergency']).toContain(urgencyOf(text, age, sex));
  });
});

describe('harmless problems are not over-triaged (H18)', () => {
  it.each([
    ['band-like tension headache, eases with paracetamol', 32],
    ['itchy bottom at night and tiny white threads in her poo', 6],
    ['itchy cracked skin between my toes', 25],
    ['a mouth ulcer on my tongue for 4 days', 40],
    ['found lice in her hair, her head is really itchy', 8],
    ['went over on my ankle yesterday, swollen and bruised but I can walk on it', 28],
    ['hay fever, sneezing and itchy eyes', 22],
  ])('calls "%s" self-care', (text, age) => {
    expect(urgencyOf(text, age)).toBe('self-care');
  });

  it('never sends a self-care problem to 999', () => {
    for (const text of ['teething and dribbling', 'nappy rash', 'ear wax, ear feels blocked', 'sunburn on my shoulders']) {
      expect(urgencyOf(text, 1)).not.toBe('emergency');
    }
  });
});

describe('reading that generalises', () => {
  it('reads word forms, numbers and units', () => {
    expect(urgencyOf('took 12 co-codamol last night', 30)).toBe('emergency');
    expect(urgencyOf('took 2 paracetamol for my headache, it eased with paracetamol', 30)).toBe('self-care');
    expect(assess({ age: 30, sex: 'male', text: 'temperature of 103F and a cold' }).matchedRules).toContain('AL-HIGH-FEVER'); // 103°F is 39.4°C
    expect(urgencyOf('my blood pressure was 190/125 this morning', 60)).toBe('urgent');
  });

  it('sets aside the past and other people\'s illnesses, but not a carer describing the patient', () => {
    expect(urgencyOf('my dad had a heart attack at 52 so I would like a cholesterol check', 35, 'male')).toBe('routine');
    expect(urgencyOf('I had chest pain in 2015 and was told it was muscular; I want a review of my tablets', 50)).not.toBe('emergency');
    expect(urgencyOf('my husband has chest pain and is sweating', 60)).toBe('emergency');
    expect(urgencyOf('my son has a temperature and a rash that does not fade under a glass', 3, 'male')).toBe('emergency');
    expect(urgencyOf('I had chest pain last year and it is back again today', 55, 'male')).toBe('emergency');
  });

  it('reads "not getting worse" as a denial and keeps misspelt symptom words', () => {
    expect(assess({ age: 30, sex: 'male', text: 'sore throat, not getting worse' }).matchedRules).not.toContain('AL-WORSENING');
    expect(urgencyOf('sore throat and now drooling, cant swallow', 30)).toBe('emergency');
  });
});
