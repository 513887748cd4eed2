/**
 * The development vignette set: short case descriptions written from the cited guideline,
 * each with the urgency and first-contact role that guideline points to. Written before the
 * engine and not edited to fit it; where the engine disagrees, the engine changes (or the
 * disagreement is listed in docs/triage.md under "Known limits").
 *
 * In 2026.12.1 nine expectations were corrected where the cited NHS page says the patient
 * needs no appointment (Pharmacy First conditions, medicines questions, a fresh sprain): they are
 * self-care with a pharmacist in the shared urgency scale (bench/triage-vignettes/README.md).
 *
 * Phrasing is deliberately varied: lay words, misspellings, negation traps, children,
 * pregnancy and older adults.
 */
import type { Answers, Role, Sex, Urgency } from './types.ts';

export interface Vignette {
  id: string;
  age: number;
  sex: Sex;
  pregnant?: boolean;
  text: string;
  answers?: Answers;
  expected: { urgency: Urgency; role: Role };
  source: string;
}

type Extra = { pregnant?: boolean; answers?: Answers };

function v(id: string, age: number, sex: Sex, text: string, urgency: Urgency, role: Role, source: string, extra: Extra = {}): Vignette {
  return { id, age, sex, text, expected: { urgency, role }, source, ...extra };
}

const E = 'emergency';
const U = 'urgent';
const R = 'routine';
const S = 'self-care';
const ES = 'emergency-services';
const MH = 'mental-health-practitioner';
const SP = 'social-prescriber';
const PT = 'physiotherapist';

/** PHQ-9 answers from nine item scores (0–3). */
function phq9(items: number[]): Answers {
  return Object.fromEntries(items.map((score, i) => [`phq9_${i + 1}`, score]));
}
/** GAD-7 answers from seven item scores (0–3). */
function gad7(items: number[]): Answers {
  return Object.fromEntries(items.map((score, i) => [`gad7_${i + 1}`, score]));
}

export const VIGNETTES: readonly Vignette[] = [
  // Emergencies: chest pain and breathing (NICE CG95, NHS chest pain, NICE NG245 asthma)
  v('E01', 58, 'male', 'crushing pain in my chest going down my left arm, really sweaty', E, ES, 'NICE CG95'),
  v('E02', 45, 'male', "chest pain, but I think it's just indigestion from last night's curry", E, ES, 'NICE CG95; never-downgrade'),
  v('E03', 62, 'female', 'tight chest and I feel sick and clammy', E, ES, 'NICE CG95'),
  v('E04', 50, 'male', 'chest pian since about an hour ago', E, ES, 'NICE CG95; misspelling'),
  v('E05', 70, 'female', "I can't catch my breath even sitting still", E, ES, 'NHS shortness of breath'),
  v('E06', 34, 'female', 'my lips have gone blue and I am struggling to breathe', E, ES, 'NHS shortness of breath'),
  v('E07', 8, 'male', "asthma attack, his blue inhaler isn't helping and he can't finish his sentences", E, ES, 'NICE NG245 asthma'),
  v('E08', 54, 'male', "I don't have a cough but there is a heavy feeling in my chest", E, ES, 'NICE CG95; negation scope'),
  v('E09', 9, 'male', "no temperature but he can't breathe properly and his lips are turning blue", E, ES, 'NICE NG143; negation scope'),
  v('E10', 45, 'female', 'dizzy and brething really hard, cant get my breath', E, ES, 'NHS shortness of breath; misspelling'),
  v('E11', 72, 'female', '<p>chest pain</p><script>alert(1)</script>', E, ES, 'NICE CG95; markup is plain text'),
  // Stroke and eyes (NICE NG128, NHS FAST, NICE CKS red eye)
  v('E12', 72, 'male', "my husband's face has dropped on one side and his speech is slurred", E, ES, 'NICE NG128 FAST'),
  v('E13', 66, 'female', 'suddenly cannot lift my right arm and it feels heavy', E, ES, 'NICE NG128 FAST'),
  v('E14', 55, 'male', 'since this morning my words are coming out wrong', E, ES, 'NICE NG128 FAST'),
  v('E15', 63, 'male', 'sudden loss of vision in my left eye', E, ES, 'NICE CKS red eye / NG128'),
  v('E16', 48, 'male', 'splashed bleach in my eye at work', E, ES, 'NHS eye injuries'),
  // Headache and meningitis (NICE CKS headache, NICE NG240)
  v('E17', 40, 'female', 'worst headache of my life, came on suddenly an hour ago', E, ES, 'NICE CKS headache red flags'),
  v('E18', 33, 'male', 'explosive headache out of nowhere like being hit on the head with a bat', E, ES, 'NICE CKS headache red flags'),
  v('E19', 19, 'female', 'high temperature, stiff neck and the light hurts my eyes', E, ES, 'NICE NG240'),
  v('E20', 3, 'male', "he has a fever and a rash that doesn't fade when I press a glass on it", E, ES, 'NICE NG240'),
  v('E21', 1, 'female', 'purple spots on her legs and she is very sleepy', E, ES, 'NICE NG240'),
  // Children (NICE NG143 red features)
  v('E22', 0, 'female', 'my 6 week old baby has a temperature of 38.2', E, ES, 'NICE NG143: under 3 months, 38°C or more'),
  v('E23', 0, 'male', 'floppy baby, not feeding and very pale', E, ES, 'NICE NG143'),
  v('E24', 2, 'female', 'she is grunting when she breathes and the skin under her ribs is sucking in', E, ES, 'NICE NG143'),
  v('E25', 4, 'male', 'blue lips and very sleepy', E, ES, 'NICE NG143'),
  v('E26', 1, 'male', "weak high pitched cry and he won't wake up properly", E, ES, 'NICE NG143'),
  v('E27', 0, 'female', 'the soft spot on her head is bulging and she has a temp', E, ES, 'NICE NG143 / NG240', { answers: { ageMonths: 5 } }),
  v('E28', 2, 'male', 'first ever fit, he has a high temperature', E, ES, 'NHS febrile seizures: first fit, call 999'),
  v('E29', 0, 'male', 'baby has a high temperature and is hot to touch', E, ES, 'NICE NG143', { answers: { ageMonths: 2 } }),
  // Sepsis (NICE NG51)
  v('E30', 67, 'female', "I have a water infection, I'm shivering uncontrollably, confused and feel like I'm going to die", E, ES, 'NICE NG51'),
  v('E31', 80, 'male', "chest infection, now very confused and hasn't passed urine all day", E, ES, 'NICE NG51'),
  v('E32', 45, 'female', 'flu like symptoms and my skin looks mottled and blotchy', E, ES, 'NICE NG51'),
  // Cauda equina (NICE CKS sciatica, GIRFT pathway)
  v('E33', 52, 'male', 'back pain and now I am numb down there', E, ES, 'NICE CKS sciatica: cauda equina'),
  v('E34', 38, 'female', "bad back for a week, today I wet myself and didn't realise", E, ES, 'NICE CKS sciatica: cauda equina'),
  v('E35', 47, 'male', "sciatica in both legs, my legs feel weak and I can't pee", E, ES, 'NICE CKS sciatica: cauda equina'),
  v('E36', 29, 'female', 'numbness around my bottom and lower back pain', E, ES, 'NICE CKS sciatica: cauda equina'),
  // Pregnancy (NICE NG126, NG133, RCOG GTG57)
  v('E37', 27, 'female', 'missed period, pain low in my tummy on the left and pain in my shoulder tip', E, ES, 'NICE NG126 ectopic'),
  v('E38', 31, 'female', '6 weeks pregnant with bad stomach pain and bleeding', E, ES, 'NICE NG126 ectopic', { pregnant: true }),
  v('E39', 24, 'female', 'positive pregnancy test last week, now cramping tummy pain and I feel faint', E, ES, 'NICE NG126 ectopic'),
  v('E40', 33, 'female', 'bad headache and blurred vision, seeing flashing lights', E, ES, 'NICE NG133 pre-eclampsia', { pregnant: true, answers: { pregnancyWeeks: 34 } }),
  v('E41', 30, 'female', "32 weeks pregnant and the baby hasn't moved today", E, ES, 'RCOG GTG57 reduced fetal movements'),
  // Suicide and self-harm (NICE NG225)
  v('E42', 25, 'female', "I have a plan to kill myself tonight, I've saved up my tablets", E, ES, 'NICE NG225'),
  v('E43', 41, 'male', 'suicdal and I have written a goodbye note', E, ES, 'NICE NG225; misspelling'),
  v('E44', 19, 'female', 'I took an overdose of paracetamol an hour ago', E, ES, 'NICE NG225; NHS paracetamol overdose'),
  v('E45', 36, 'female', 'I am going to end it tonight', E, ES, 'NICE NG225; PHQ-9 item 9', { answers: phq9([2, 3, 2, 2, 1, 3, 2, 1, 2]) }),
  // Anaphylaxis (Resuscitation Council UK 2021)
  v('E46', 28, 'male', 'stung by a wasp, my lips are swelling and I feel wheezy', E, ES, 'Resus Council UK anaphylaxis'),
  v('E47', 6, 'female', 'ate peanuts, her throat feels tight and her tongue is swelling', E, ES, 'Resus Council UK anaphylaxis'),
  v('E48', 44, 'female', 'allergic reaction to my new antibiotic, face and tongue swollen', E, ES, 'Resus Council UK anaphylaxis'),
  v('E49', 30, 'female', 'my throat is closing up', E, ES, 'Resus Council UK anaphylaxis'),
  // Collapse, seizures, bleeding, other
  v('E50', 70, 'male', 'he collapsed and is not responding', E, ES, 'NHS 999 guidance: unconscious'),
  v('E51', 23, 'male', 'having a seizure that has lasted more than 5 minutes', E, ES, 'NICE NG217 epilepsies'),
  v('E52', 60, 'male', 'vomiting blood this morning', E, ES, 'NICE CG141 upper GI bleeding'),
  v('E53', 55, 'female', 'heart racing and then I passed out', E, ES, 'NICE CKS palpitations'),
  v('E54', 39, 'female', 'swollen painful calf after a long flight and now short of breath', E, ES, 'NICE NG158 VTE'),
  v('E55', 81, 'female', 'she fell and hit her head, she is on warfarin and now being sick', E, ES, 'NICE NG232 head injury'),
  v('E56', 15, 'male', 'sudden severe pain in my testicle', E, ES, 'NICE CKS scrotal pain: torsion'),
  v('E57', 35, 'male', "cut my arm and it won't stop bleeding, soaking through towels", E, ES, 'NHS cuts and grazes'),
  // 2026.12.4: emergencies said without their clinical name, as relatives describe them.
  v('E58', 17, 'male', "My son swallowed about twenty of his mum's co-codamol an hour ago, he says he just wanted to sleep.", E, ES, 'NICE NG225 self-harm: overdose'),
  v('E59', 34, 'female', "She has emptied the packets of her antidepressants and I don't know how many she had left.", E, ES, 'NICE NG225 self-harm: overdose'),
  v('E60', 45, 'male', "I've had 2 paracetamol every 3 hours since Monday for my back, must be 24 altogether, and my stomach feels off today.", E, ES, 'NHS paracetamol: staggered overdose'),
  v('E61', 29, 'male', "My brother keeps saying we'd all be better off without him and this week he has been giving away his things to his mates.", E, ES, 'NICE NG225 self-harm: warning signs'),
  v('E62', 72, 'male', "Dad is on insulin, he's clammy and talking nonsense and he won't take the sugary drink I made him.", E, ES, 'NHS low blood sugar: severe hypo'),
  v('E63', 2, 'female', "My toddler knocked my coffee over, her arm has a big blistered patch bigger than my palm.", E, ES, 'NHS burns and scalds'),
  v('E64', 64, 'female', 'Mum has breast cancer with secondaries in her spine and since yesterday her legs feel heavy and numb.', E, ES, 'NICE NG234 spinal cord compression'),
  v('E65', 84, 'male', "Grandad slipped in the kitchen, his right leg is turned outwards and he can't stand up at all.", E, ES, 'NHS broken hip'),
  v('E66', 31, 'female', "I'm 33 weeks and I think my waters have just broken, it's a clear trickle that keeps coming.", E, ES, 'NHS signs of labour', { pregnant: true }),
  v('E67', 0, 'male', "My 8 month old rolled off the sofa onto the tiles, there's a lump on the back of his head and he's been sick twice since.", E, ES, 'NICE NG232 head injury'),
  v('E68', 86, 'female', 'Mum fell on the patio this morning and now her neck hurts when she turns it.', E, ES, 'NICE NG41 spinal injury'),
  v('E69', 40, 'male', "Me and my wife and kids all have thumping headaches and feel sick at home, we're better when we go out, the boiler is old.", E, ES, 'NHS carbon monoxide poisoning'),
  v('E70', 52, 'male', "I stopped drinking 2 days ago and now I'm shaking all over, sweating and seeing spiders on the wall.", E, ES, 'NHS alcohol withdrawal'),
  v('E71', 81, 'female', "Mum was found on the kitchen floor this morning, she's very cold to touch, pale and barely talking.", E, ES, 'NHS hypothermia; NICE NG249 falls'),
  v('E72', 35, 'male', "I got drain cleaner in my eye, it's stinging like mad.", E, ES, 'NHS eye injuries: chemicals'),
  v('E73', 48, 'male', "My ankle is swollen and very painful after I went over on it playing football, I can't put any weight on it at all.", E, ES, 'NHS broken bones: cannot bear weight'),
  // 2026.12.5: kinds read from blind-2027-03 after it was measured, in our own words.
  v('E74', 61, 'male', 'Heavy ache in my jaw and down both arms since I was digging the garden, I feel sick and my heart is pounding.', E, ES, 'NHS heart attack: arm and jaw pain'),
  v('E75', 41, 'female', "My husband left a note saying sorry for everything and went out with a rope. He's been really down for months.", E, ES, 'NICE NG225 self-harm: preparations'),
  v('E76', 7, 'male', 'He has a chest infection and now he is grunting with every breath and the skin under his ribs is pulling in.', E, ES, 'NHS breathing problems in children'),
  v('E77', 86, 'female', "Found my aunt slumped in her armchair and she won't respond to her name.", E, ES, 'NHS 999: unresponsive'),
  // 2026.12.6: kinds read from blind-2027-04 after 2026.12.5 was measured on it, in our own words.
  v('E78', 44, 'male', 'I came off the scaffolding, about two metres, and landed on my back. My neck is sore and my fingers are tingling.', E, ES, 'NICE NG41 spinal injury'),
  v('E79', 58, 'female', 'Since starting a new antibiotic my skin is coming off in patches, my lips and eyes have painful sores and I have a temperature.', E, ES, 'NHS Stevens-Johnson syndrome'),
  v('E80', 70, 'male', "He brought up about a mugful of dark red blood just now and he's gone very pale.", E, ES, 'NHS vomiting blood'),
  v('E81', 35, 'male', "A pan of oil caught fire and burnt my lips and singed my eyebrows, and my voice has gone croaky.", E, ES, 'NHS burns: face and airway'),

  // 2026.12.7: kinds read from blind-2027-05 after 2026.12.6 was measured on it, in our own words.
  v('E82', 13, 'male', 'He has been in terrible pain for two hours with one of his testicles and it looks swollen, he was sick once.', E, ES, 'NICE CKS scrotal pain: torsion'),
  v('E83', 9, 'female', 'Her asthma is bad tonight, we have given 10 puffs of the blue inhaler with the spacer and she is still struggling and can only get a few words out.', E, ES, 'NHS asthma attack: no better after 10 puffs'),
  v('E84', 30, 'male', 'Fell off a ladder at work, my forearm is at a strange angle and I can see bone coming through the skin.', E, ES, 'NHS broken bones: bone through the skin'),
  v('E85', 62, 'female', 'Twenty minutes ago the vision in my left eye just went black like a blind coming down, it does not hurt.', E, ES, 'NHS sudden loss of vision'),
  v('E86', 0, 'male', 'Our 2 week old has been sick four times tonight and the sick is dark green, his tummy looks swollen.', E, ES, 'NICE CG84 / NHS: green vomit in a baby'),
  v('E87', 3, 'female', 'She has a high temperature and she cannot swallow, not even her own spit, it is running out of her mouth.', E, ES, 'NHS epiglottitis'),
  v('E88', 31, 'female', 'I am 30 weeks pregnant and the tightenings are coming every 4 minutes now and getting stronger.', E, ES, 'NHS signs of labour: before 37 weeks', { pregnant: true }),
  v('E89', 88, 'male', 'Dad has a chest infection, today he only opens his eyes if we shake his shoulder and he will not answer us.', E, ES, 'NICE NG51: responds only to voice or pain'),
  v('E90', 6, 'male', 'He has had a temperature of 39.8 since last night and now he is just lying on the sofa not talking to us at all.', E, ES, 'NICE NG51 / NG143: no response to social cues'),

  // 2026.12.8: kinds read from blind-2027-06 after 2026.12.7 was measured on it, in our own words.
  v('E91', 19, 'female', 'My flatmate left a note on the kitchen table saying sorry for everything. She has been really low since Christmas and her tablets box is empty.', E, ES, 'NICE NG225: goodbye note with preparations'),
  v('E92', 34, 'male', 'My brother has not slept for days, he says the neighbours put poison in his food and voices are telling him to jump off the car park roof.', E, ES, 'NICE NG225; psychosis with a plan'),
  v('E93', 82, 'female', 'Since lunchtime mum does not know what day it is and thought I was her sister. She feels hot and her water smells.', E, ES, 'NICE NG51: new confusion with infection'),
  v('E94', 41, 'female', 'We all have headaches and feel sick, my husband just passed out. The gas fire has been on all day.', E, ES, 'NHS carbon monoxide poisoning'),
  v('E95', 57, 'male', 'Heavy indigestion since carrying the shopping up the hill an hour ago, like a pressure, and I am a bit sweaty. Gaviscon did nothing.', E, ES, 'NHS heart attack: can feel like indigestion'),
  v('E96', 29, 'female', 'Had my baby a week ago and today the bleeding is much heavier with clots bigger than a 50p and I feel dizzy.', E, ES, 'NHS postpartum haemorrhage'),

  // Urgent: mental health (NICE NG225, NG222, CG178)
  v('U01', 40, 'female', "feeling suicidal but no plan, I just don't want to be here", U, MH, 'NICE NG225'),
  v('U02', 22, 'male', 'low mood', U, MH, 'PHQ-9 item 9 above 0', { answers: phq9([2, 2, 2, 1, 1, 2, 1, 1, 1]) }),
  v('U03', 35, 'female', 'feeling very low for months', U, MH, 'PHQ-9 20 or more', { answers: phq9([3, 3, 3, 3, 2, 3, 2, 2, 0]) }),
  v('U04', 27, 'male', 'hearing voices and I think people are watching me', U, MH, 'NICE CG178 psychosis'),
  v('U05', 17, 'female', 'I have been self harming, cutting my arms', U, MH, 'NICE NG225'),
  v('U06', 20, 'female', "I've been thinking about ending my life", U, MH, 'NICE NG225'),
  // Urgent: breathing, heart, circulation
  v('U07', 50, 'male', 'short of breath walking up the stairs for a few days', U, 'gp', 'NHS shortness of breath'),
  v('U08', 30, 'female', 'wheezy and using my blue inhaler more than usual', U, 'gp', 'NICE NG245 asthma'),
  v('U09', 30, 'male', 'denies chest pain, has been very short of breath since yesterday', U, 'gp', 'NHS shortness of breath; negation'),
  v('U10', 6, 'male', "it's not chest pain, he's got a wheeze and a cough", U, 'gp', 'NICE NG245; negation'),
  v('U11', 41, 'male', 'heart racing on and off today, no chest pain, not short of breath', U, 'gp', 'NICE CKS palpitations; negation'),
  v('U12', 58, 'male', 'my left calf is swollen, red and painful', U, 'gp', 'NICE NG158 DVT'),
  v('U13', 70, 'female', 'fainted in the kitchen this morning, feel fine now', U, 'gp', 'NICE CG109 transient loss of consciousness'),
  v('U14', 65, 'male', 'coughing up blood for 2 days', U, 'gp', 'NICE NG12'),
  // Urgent: older adults (NICE CG103 delirium, NG249 falls)
  v('U15', 82, 'female', 'mum has become confused over the last two days', U, 'gp', 'NICE CG103 delirium'),
  v('U16', 76, 'male', 'more muddled than usual and not himself', U, 'gp', 'NICE CG103 delirium'),
  v('U17', 75, 'female', "I fell over yesterday, I'm housebound and can't get to the surgery", U, 'paramedic', 'NICE NG249 falls; home visit'),
  v('U18', 84, 'male', 'new confusion since yesterday', U, 'paramedic', 'NICE CG103; housebound', { answers: { housebound: true } }),
  // Urgent: children (NICE NG143 amber, CG84)
  v('U19', 2, 'male', 'temperature for 5 days', U, 'gp', 'NICE NG143 amber: fever 5 days or more'),
  v('U20', 1, 'female', 'fever, not drinking much and fewer wet nappies', U, 'gp', 'NICE NG143 amber'),
  v('U21', 0, 'male', 'high temperature', U, 'gp', 'NICE NG143: 3 to 6 months', { answers: { ageMonths: 4 } }),
  // Urgent: pregnancy and women's health
  v('U22', 26, 'female', "headache that won't go away", U, 'gp', 'NICE NG133', { pregnant: true, answers: { pregnancyWeeks: 24 } }),
  v('U23', 30, 'female', 'face and hands suddenly swollen', U, 'gp', 'NICE NG133', { pregnant: true, answers: { pregnancyWeeks: 28 } }),
  v('U24', 29, 'female', '8 weeks pregnant and some spotting, no pain', U, 'gp', 'NICE NG126'),
  v('U25', 32, 'female', 'I have chickenpox', U, 'gp', 'NICE CKS chickenpox in pregnancy', { pregnant: true }),
  v('U26', 24, 'female', 'unprotected sex last night, I need the morning after pill', U, 'pharmacist', 'FSRH emergency contraception'),
  // Urgent: abdomen, urine, other
  v('U27', 34, 'female', 'burning when I wee, high temperature and pain in my side', U, 'gp', 'NICE NG111 pyelonephritis'),
  v('U28', 48, 'female', 'my eyes and skin have gone yellow', U, 'gp', 'NICE CKS jaundice'),
  v('U29', 35, 'male', "can't keep any fluids down for 24 hours, vomiting everything", U, 'gp', 'NICE CKS gastroenteritis'),
  v('U30', 55, 'male', 'terrible stomach pain', U, 'gp', 'NHS stomach ache; severity 9', { answers: { severity: 9 } }),
  v('U31', 37, 'female', 'red painful eye and blurred vision', U, 'gp', 'NICE CKS red eye'),
  v('U32', 45, 'male', 'black tarry poo since yesterday', U, 'gp', 'NHS bleeding from the bottom'),
  v('U33', 33, 'female', "my knee is hot, red and swollen and I can't bend it", U, 'gp', 'NICE CKS septic arthritis / gout'),
  v('U34', 28, 'female', 'I have epilepsy and had a seizure this morning, it lasted a minute', U, 'gp', 'NICE NG217'),
  v('U35', 68, 'male', 'bloody diarrhoea for 3 days', U, 'gp', 'NICE CKS gastroenteritis'),
  // 2026.12.4: same-day problems said in everyday words.
  v('U36', 27, 'female', "I've needed my blue inhaler 5 or 6 times a day since Sunday and I'm waking up coughing at night. I can talk fine.", U, 'gp', 'NHS asthma attacks: reliever more than every 4 hours'),
  v('U37', 24, 'female', "Someone raped me at a party on Saturday night. I'm not physically hurt but I'm scared about catching something.", U, 'gp', 'NHS help after rape and sexual assault'),
  v('U38', 26, 'male', "My flatmate hasn't slept more than a couple of hours a night all week, he says he feels invincible and has spent thousands on a new business idea.", U, MH, 'NICE CG185 bipolar disorder: mania'),
  v('U39', 4, 'male', 'His eyelid is red and puffy and he can hardly open the eye, and his temperature is 38.6.', U, 'gp', 'NICE CKS cellulitis: periorbital'),
  v('U40', 79, 'female', "I take apixaban and these last few days I've had bruises appearing on my legs for no reason and my gums bleed.", U, 'gp', 'NHS warfarin and anticoagulants: bleeding'),
  v('U41', 41, 'male', "My colitis is flaring, I'm going 10 times a day and there's blood mixed in with it.", U, 'gp', 'NICE CKS gastroenteritis: bloody diarrhoea'),
  v('U42', 83, 'male', 'Dad is housebound and since yesterday he has a temperature of 38.3 and is off his food.', U, 'paramedic', 'PCN home visiting: a new problem the same day'),
  v('U43', 70, 'male', 'The carer says his catheter has not drained anything since this morning and his lower tummy feels full.', U, 'nurse', 'NHS urinary catheters: blocked catheter'),
  v('U44', 48, 'female', 'Overnight I lost the hearing in my right ear, it does not feel blocked and I have no cold, just a hissing noise.', U, 'gp', 'NHS sudden hearing loss'),
  v('U45', 71, 'female', 'New pain at my right temple for a week, my scalp is sore when I brush my hair and my jaw aches when I chew.', U, 'gp', 'NICE CKS giant cell arteritis'),
  v('U46', 66, 'male', 'Aching in the middle of my back for three weeks, worse at night. I had bowel cancer treated four years ago.', U, 'gp', 'NICE NG234: back pain and past cancer'),
  v('U47', 45, 'female', 'My sciatica has been bad for a fortnight and now my foot slaps down when I walk, I cannot lift my toes up.', U, 'gp', 'NICE CKS sciatica: foot drop'),
  v('U48', 52, 'male', 'I take lithium for bipolar. I have had diarrhoea since Saturday and my hands are shaking more than usual.', U, 'gp', 'NHS lithium: signs of too much lithium'),
  v('U49', 27, 'female', 'Since our baby was born five weeks ago I keep having frightening thoughts that something bad will happen to her and I am barely eating.', U, MH, 'NHS postnatal depression; NICE CG192'),

  // Routine: musculoskeletal to first-contact physio (NICE NG59, NHS England FCP)
  v('R01', 42, 'male', 'lower back pain after lifting a box, no numbness, no problems peeing', R, PT, 'NICE NG59; negation'),
  v('R02', 55, 'female', "frozen shoulder, can't lift my arm above my head for 3 months", R, PT, 'NHS England FCP'),
  v('R03', 30, 'male', 'sprained my ankle playing football', S, 'pharmacist', 'NHS Sprains and strains (self-care for the first days; physiotherapy if not better); corrected 2026.12.1'),
  v('R04', 60, 'female', 'knee pain going on for months, worse on the stairs', R, PT, 'NHS England FCP'),
  v('R05', 38, 'male', 'neck ache from working at my desk', R, PT, 'NHS England FCP'),
  v('R06', 19, 'male', 'pain in my heel when I run', R, PT, 'NHS England FCP'),
  v('R07', 12, 'female', 'knee pain after netball', R, 'gp', 'FCP sees adults; children see a GP'),
  // Routine: pharmacist (medication questions, Pharmacy First)
  v('R08', 50, 'male', 'my statin is giving me muscle aches, should I stop it', R, 'pharmacist', 'NHS England clinical pharmacists'),
  v('R09', 72, 'female', 'what dose of paracetamol can I take with my other tablets', S, 'pharmacist', 'NHS How pharmacies can help: medicines questions without an appointment; corrected 2026.12.1'),
  v('R10', 45, 'male', 'question about my repeat, is it ok to take ibuprofen with ramipril', S, 'pharmacist', 'NHS How pharmacies can help: medicines questions without an appointment; corrected 2026.12.1'),
  v('R11', 27, 'female', 'burning when I wee and needing to go all the time', S, 'pharmacist', 'NHS England Pharmacy First: uncomplicated UTI, no GP appointment; corrected 2026.12.1'),
  v('R12', 9, 'male', 'earache since yesterday', S, 'pharmacist', 'NHS England Pharmacy First: acute otitis media, no GP appointment; corrected 2026.12.1'),
  v('R13', 30, 'female', 'painful blocked sinuses for 10 days', S, 'pharmacist', 'NHS England Pharmacy First: sinusitis, no GP appointment; corrected 2026.12.1'),
  v('R14', 74, 'male', 'shingles rash on one side of my chest', S, 'pharmacist', 'NHS England Pharmacy First: shingles, no GP appointment; corrected 2026.12.1'),
  // Routine: mental health without risk (NICE NG222, CG113)
  v('R15', 26, 'female', 'feeling anxious all the time and having panic attacks', R, MH, 'NICE CG113'),
  v('R16', 33, 'male', 'low mood for a few weeks, no thoughts of harming myself', R, MH, 'NICE NG222; negation'),
  v('R17', 44, 'female', 'worrying constantly', R, MH, 'GAD-7 10 to 14', { answers: gad7([2, 2, 2, 2, 1, 2, 1]) }),
  // Routine: social prescribing (NHS England social prescribing)
  v('R18', 80, 'female', "I'm so lonely since my husband died, nobody to talk to", R, SP, 'NHS England social prescribing'),
  v('R19', 35, 'male', 'worried about debt and my landlord is evicting me', R, SP, 'NHS England social prescribing'),
  v('R20', 52, 'female', 'need help with a benefits claim and money worries', R, SP, 'NHS England social prescribing'),
  v('R21', 29, 'female', "I'd like to get more active and join a walking group", R, SP, 'NHS England social prescribing'),
  v('R22', 83, 'male', "I care for my wife who has dementia and I'm struggling to cope", R, SP, 'NHS England social prescribing: carers'),
  // Routine: admin
  v('R23', 39, 'male', 'I need a fit note for work', R, 'admin', 'Practice admin'),
  v('R24', 61, 'female', 'can I order my repeat prescription', R, 'admin', 'Practice admin'),
  v('R25', 28, 'male', 'ringing about my blood test results', R, 'admin', 'Practice admin'),
  v('R26', 47, 'female', 'I need a letter for my housing application', R, 'admin', 'Practice admin'),
  v('R27', 55, 'male', 'any update on my hospital referral', R, 'admin', 'Practice admin'),
  v('R28', 30, 'female', 'I have changed address and need to update my details', R, 'admin', 'Practice admin'),
  // Routine: nurse
  v('R29', 25, 'female', 'want to talk about contraception, thinking about the coil', R, 'nurse', 'FSRH; practice nurse'),
  v('R30', 70, 'male', 'need my leg dressing changed', R, 'nurse', 'Practice nurse'),
  v('R31', 58, 'female', 'need a blood pressure check', R, 'nurse', 'NICE NG136'),
  // Routine: paramedic home visit
  v('R32', 88, 'female', 'she needs her diabetes review but cannot leave the house', R, 'paramedic', 'PCN home visiting', { answers: { housebound: true } }),
  v('R33', 45, 'female', "I'm housebound and need someone to visit me at home", R, 'paramedic', 'PCN home visiting'),
  // Routine: GP
  v('R34', 62, 'male', "cough for 4 weeks that won't go away", R, 'gp', 'NICE NG12 / NG120'),
  v('R35', 57, 'male', 'lost a stone in weight without trying', R, 'gp', 'NICE NG12'),
  v('R36', 40, 'female', 'found a lump in my breast', R, 'gp', 'NICE NG12'),
  v('R37', 68, 'male', 'blood in my urine, no pain', R, 'gp', 'NICE NG12'),
  v('R38', 35, 'female', 'sore throat for 10 days', R, 'gp', 'NICE NG84'),
  v('R39', 50, 'female', 'tired all the time for months', R, 'gp', 'NICE CKS tiredness'),
  v('R40', 64, 'male', 'want to discuss my prostate', R, 'gp', 'NICE CKS LUTS in men'),
  v('R41', 36, 'male', 'my cold is getting worse after two weeks', R, 'gp', 'NICE CKS common cold: worsening'),
  v('R42', 44, 'male', 'a mole has changed shape and is bleeding', R, 'gp', 'NICE NG12'),
  v('R43', 35, 'female', 'dizzyness when I stand up quickly, otherwise fine', R, 'gp', 'NICE CKS blackouts / postural hypotension'),
  // Added after a browser test found that a describing word before the body part matched nothing.
  v('R44', 69, 'female', 'aching knee for three weeks, worse on stairs', R, PT, 'NHS England FCP; NICE CKS knee pain'),
  v('R45', 47, 'male', 'sore shoulder for a month when I reach up', R, PT, 'NHS England FCP'),
  v('R46', 38, 'female', 'stiff neck after sleeping awkwardly, no fever', S, 'pharmacist', 'NHS Sprains and strains (self-care for the first days); corrected 2026.12.1'),
  v('R47', 68, 'male', 'When I walk to the shop my calf aches so I have to stop, then it goes off after a minute and I can carry on.', R, 'gp', 'NHS peripheral arterial disease'),
  v('R48', 25, 'female', "My boyfriend was rushed to hospital with an overdose last month and I'm struggling to sleep and feel low with the worry.", R, 'gp', 'NICE NG222 depression: an event in the past is history'),

  // Self-care (NICE CKS, NG84, NG120, NG143 green, NG232)
  v('S01', 30, 'female', 'runny nose, sneezing and a cough for 3 days', S, 'pharmacist', 'NICE CKS common cold'),
  v('S02', 25, 'male', 'sore throat for 2 days, no fever', S, 'pharmacist', 'NICE NG84'),
  v('S03', 40, 'female', 'hay fever, itchy eyes and sneezing', S, 'pharmacist', 'NICE CKS allergic rhinitis'),
  v('S04', 35, 'male', 'diarrhoea since yesterday, no blood, drinking ok', S, 'pharmacist', 'NICE CKS gastroenteritis'),
  v('S05', 28, 'female', 'diareah and stomach cramps after a takeaway', S, 'pharmacist', 'NICE CKS gastroenteritis; misspelling'),
  v('S06', 45, 'male', 'vomitting since last night but keeping water down', S, 'pharmacist', 'NICE CKS gastroenteritis; misspelling'),
  v('S07', 3, 'female', 'temperature of 38 but playing and drinking normally', S, 'pharmacist', 'NICE NG143 green'),
  v('S08', 22, 'female', 'cold sore on my lip', S, 'pharmacist', 'NICE CKS herpes simplex oral'),
  v('S09', 50, 'male', 'heartburn after meals', S, 'pharmacist', 'NICE CG184'),
  v('S10', 7, 'male', 'head lice', S, 'pharmacist', 'NICE CKS head lice'),
  v('S11', 33, 'female', 'mouth ulcer for 4 days', S, 'pharmacist', 'NICE CKS aphthous ulcer'),
  v('S12', 60, 'female', 'constipated for a few days', S, 'pharmacist', 'NICE CKS constipation'),
  v('S13', 4, 'male', 'sticky eye, looks like conjunctivitis', S, 'pharmacist', 'NICE CKS conjunctivitis'),
  v('S14', 29, 'male', 'hives after new washing powder, no swelling of lips or throat, breathing fine', S, 'pharmacist', 'NICE CKS urticaria; negation'),
  v('S15', 31, 'female', 'insect bite on my arm, a bit itchy', S, 'pharmacist', 'NICE CKS insect bites'),
  v('S16', 6, 'female', 'chicken pox spots, otherwise well', S, 'pharmacist', 'NICE CKS chickenpox'),
  v('S17', 38, 'male', 'flu like symptoms, aches and a temperature', S, 'pharmacist', 'NHS flu'),
  v('S18', 26, 'female', 'no chest pain, just a cough and a cold', S, 'pharmacist', 'NICE NG120; negation'),
  v('S19', 42, 'female', 'denies fever, blocked nose for 4 days', S, 'pharmacist', 'NICE CKS common cold; negation'),
  v('S20', 27, 'male', 'sore throat, not short of breath, without a rash', S, 'pharmacist', 'NICE NG84; negation'),
  v('S21', 52, 'male', 'athletes foot', S, 'pharmacist', 'NICE CKS fungal skin infection'),
  v('S22', 1, 'female', 'teething and grizzly', S, 'pharmacist', 'NICE CKS teething'),
  v('S23', 40, 'male', 'earache for 2 days', S, 'pharmacist', 'NICE NG91'),
  v('S24', 10, 'male', "bumped his head on a door, no vomiting, didn't pass out, acting normally", S, 'pharmacist', 'NICE NG232; negation'),
  v('S25', 30, 'female', 'chesty cough for a week, no blood', S, 'pharmacist', 'NICE NG120; negation'),
  v('S26', 45, 'male', 'nosebleed that stopped after 10 minutes', S, 'pharmacist', 'NHS nosebleed'),
  v('S27', 29, 'female', "I had a lot of wine at a party last night, my head is pounding and I feel queasy. Anything that helps?", S, 'pharmacist', 'NHS hangover: words of amount are not an overdose'),
  v('S28', 1, 'male', "He has a snotty nose and a little cough, he is feeding normally and not breathing fast, no temperature.", S, 'pharmacist', 'NHS common cold in children: a denied sign is not a sign'),

  // Second set, written after the engine as a held-out probe (docs/triage.md "How well it
  // does"): first run 38/46 on urgency with 6 of 20 emergencies missed; the vocabulary was then
  // extended. H27 was expected urgent; NICE NG51 makes new confusion with infection high risk.
  v('H01', 61, 'male', 'pressure in the centre of my chest for 20 minutes', E, ES, 'NICE CG95'),
  v('H02', 47, 'female', 'pain in my jaw and left arm and I feel sweaty and sick', E, ES, 'NICE CG95'),
  v('H03', 39, 'male', 'I feel like an elephant is sitting on my chest', E, ES, 'NICE CG95'),
  v('H04', 70, 'male', 'sudden weakness in my left leg and my face feels numb', E, ES, 'NICE NG128'),
  v('H05', 58, 'female', 'my speech went funny for 10 minutes this morning', E, ES, 'NICE NG128 (TIA)'),
  v('H06', 25, 'female', 'cant breath properly and my chest is tight', E, ES, 'NICE CG95'),
  v('H07', 4, 'female', 'my daughter is breathing really fast and her lips look grey', E, ES, 'NICE NG143'),
  v('H08', 0, 'male', 'my 3 week old is very sleepy and wont feed', E, ES, 'NICE NG143'),
  v('H09', 16, 'male', 'headache, vomiting and I cant look at the light, neck is stiff', E, ES, 'NICE NG240'),
  v('H10', 35, 'female', 'I want to die and I have pills ready', E, ES, 'NICE NG225'),
  v('H11', 29, 'male', 'my mate took loads of pills an hour ago', E, ES, 'NICE NG225'),
  v('H12', 55, 'male', 'sciatica and numbness in my groin, cant feel when i wipe', E, ES, 'NICE CKS sciatica'),
  v('H13', 30, 'female', 'lower back pain and I have lost control of my bladder', E, ES, 'NICE CKS sciatica'),
  v('H14', 22, 'female', 'period is late, sharp pain on the right side of my tummy and bleeding', E, ES, 'NICE NG126'),
  v('H15', 40, 'female', 'swelling of my lips and tongue after a bee sting', E, ES, 'Resus Council UK anaphylaxis'),
  v('H16', 75, 'female', 'grandad is not waking up properly and hes very confused with a temperature', E, ES, 'NICE NG51'),
  v('H17', 66, 'male', 'throwing up blood', E, ES, 'NICE CG141'),
  v('H18', 13, 'male', 'sudden agony in my left testicle', E, ES, 'NICE CKS scrotal pain'),
  v('H19', 45, 'male', "nosebleed for an hour that won't stop", E, ES, 'NHS nosebleed'),
  v('H20', 50, 'female', 'no fever but chest hurts when I breathe and I feel awful', E, ES, 'NICE CG95; negation scope'),
  v('H21', 33, 'female', 'i feel suicidal', U, MH, 'NICE NG225'),
  v('H22', 44, 'male', 'asthma getting worse, wheezing at night', U, 'gp', 'NICE NG245'),
  v('H23', 67, 'female', 'been short of breath for a week', U, 'gp', 'NHS shortness of breath'),
  v('H24', 3, 'male', 'temperature for six days', U, 'gp', 'NICE NG143 amber'),
  v('H25', 24, 'female', 'pregnant and bleeding a bit', U, 'gp', 'NICE NG126'),
  v('H26', 60, 'male', 'coughing blood', U, 'gp', 'NICE NG12'),
  v('H27', 78, 'male', 'dad is more confused than usual since starting antibiotics', E, ES, 'NICE NG51 high risk: new altered mental state'),
  v('H28', 36, 'male', 'my eyes have gone yellow', U, 'gp', 'NICE CKS jaundice'),
  v('H29', 28, 'female', 'burning when i pee, shivering and kidney pain', U, 'gp', 'NICE NG111'),
  v('H30', 52, 'male', 'back pain for 2 weeks after gardening', R, PT, 'NICE NG59'),
  v('H31', 41, 'female', 'shoulder has been aching for a month', R, PT, 'NHS England FCP'),
  v('H32', 35, 'male', 'can I have a sick note', R, 'admin', 'Practice admin'),
  v('H33', 67, 'female', 'need my prescription renewing', R, 'admin', 'Practice admin'),
  v('H34', 29, 'female', 'I feel really anxious and cant sleep', R, MH, 'NICE CG113'),
  v('H35', 72, 'male', 'my wife died last year and I have nobody to talk to', R, SP, 'NHS England social prescribing'),
  v('H36', 48, 'female', 'is it safe to take ibuprofen with my blood pressure tablets', S, 'pharmacist', 'NHS How pharmacies can help: medicines questions without an appointment; corrected 2026.12.1'),
  v('H37', 31, 'female', 'need a smear test', R, 'nurse', 'NHS cervical screening'),
  v('H38', 58, 'male', 'I need a flu jab', R, 'nurse', 'NHS vaccinations'),
  v('H39', 46, 'female', 'lump in my neck for 3 weeks', R, 'gp', 'NICE NG12'),
  v('H40', 27, 'male', 'blocked nose and sneezing for 2 days', S, 'pharmacist', 'NICE CKS common cold'),
  v('H41', 34, 'female', 'sore throat and a bit of a cough, no temperature', S, 'pharmacist', 'NICE NG84'),
  v('H42', 5, 'male', 'chickenpox, otherwise fine', S, 'pharmacist', 'NICE CKS chickenpox'),
  v('H43', 41, 'male', 'tummy bug since yesterday, no blood', S, 'pharmacist', 'NICE CKS gastroenteritis'),
  v('H44', 23, 'female', 'cold sore', S, 'pharmacist', 'NICE CKS herpes simplex oral'),
  v('H45', 30, 'male', 'not chest pain just a bad cold', S, 'pharmacist', 'NICE CKS common cold; negation scope'),
  v('H46', 60, 'female', "I don't have chest pain or breathlessness, just a runny nose", S, 'pharmacist', 'NICE CKS common cold; negation'),
  // 2026.12.2 (issue 11): emergencies in lay words, one per class of wording, written from the NHS pages' own plain English; and near misses.
  v('L01', 63, 'male', 'been throwing up and there is dark blood in it like bits of coffee', E, ES, 'NHS Vomiting blood'),
  v('L02', 58, 'female', 'my poo has gone black and sticky for two days and I feel woozy when I stand', E, ES, 'NICE CG141; NHS Blood in poo'),
  v('L03', 80, 'male', 'he has not pooed or passed any wind since friday, belly swollen right up and he keeps being sick', E, ES, 'NHS Bowel obstruction'),
  v('L04', 9, 'male', 'banged his head on the climbing frame, was out cold for a minute and now he cant remember coming home', E, ES, 'NICE NG232'),
  v('L05', 44, 'female', 'sciatica for a week and now my backside feels numb and I cant feel the tissue when I wipe', E, ES, 'NHS Cauda equina syndrome'),
  v('L06', 31, 'female', 'my period is late, low tummy pain on the left and my shoulder hurts when I lie down flat', E, ES, 'NICE NG126; NHS Ectopic pregnancy', { answers: { pregnant: 'no' } }),
  v('L07', 29, 'male', 'my brother has been having a fit for 7 minutes and it is not stopping', E, ES, 'NICE NG217'),
  v('L08', 70, 'female', 'finger monitor says my oxygen is 89 and I am more breathless than usual', E, ES, 'NICE NG51; NHS pulse oximeter advice'),
  v('L09', 52, 'male', 'coughing up blood, a good few mouthfuls this morning', E, ES, 'NHS Coughing up blood'),
  v('L10', 2, 'female', 'temperature and some tiny purple spots on her legs that look like bruises', E, ES, 'NICE NG240; NHS Meningitis'),
  v('L11', 36, 'female', 'took co-codamol and paracetamol together for my tooth for 3 days', E, ES, 'NHS Paracetamol for adults'),
  v('L12', 25, 'male', 'I have sickle cell and I have a temperature of 38.4 and pain in my chest', E, ES, 'NHS Sickle cell disease'),
  v('L13', 33, 'female', 'fever and shivering with a heart rate of 135 on my watch', E, ES, 'NICE NG51 (heart rate above 130)'),
  v('L14', 38, 'female', 'temperature 38.5 and my heart rate is 105, aching all over', U, 'gp', 'NICE NG51 (heart rate 91 to 130)'),
  v('L15', 27, 'male', 'sharp pain in the left side of my chest when I press on it after the gym, feels like a pulled muscle, not breathless', U, 'gp', 'NHS Chest pain (muscle strain): same day, not 999'),
  v('L16', 55, 'male', 'sharp pain in my chest when I press on it after the gym', E, ES, 'NICE CG95: 50 and over stays an emergency'),
  v('L17', 41, 'female', 'I am sick of waiting for my blood test results', R, 'admin', 'Near miss: "sick" and "blood" are not vomiting blood'),
  v('L18', 52, 'female', 'boiling hot flushes at night since my periods stopped', R, 'gp', 'Near miss: "boiling" is not a boil (NHS Menopause)'),
  v('L19', 36, 'female', 'can I take co-codamol with paracetamol for my tooth?', U, 'pharmacist', 'NHS Paracetamol for adults: a question, not an overdose'),
  // 2026.12.3: warning combinations, lay wording and minor problems (written from the cited pages).
  v('L20', 67, 'male', 'I have been bringing up dark blood from my back passage all evening and I keep feeling like I will pass out', E, ES, 'NHS 999: bleeding with signs of shock'),
  v('L21', 34, 'female', 'Ate some peanuts at a party, now big itchy welts everywhere and my throat feels like it is closing up', E, ES, 'Resuscitation Council UK anaphylaxis: throat swelling'),
  v('L22', 58, 'male', 'Had a stent two years ago. Aching in my jaw and arm for half an hour and my spray has not helped', E, ES, 'NHS Angina: pain not relieved by GTN, call 999'),
  v('L23', 64, 'female', 'Indigestion for an hour that the antacids are not touching, and I am cold and sweaty and feel sick', E, ES, 'NHS Heart attack: pain like indigestion with sweating and nausea'),
  v('L24', 79, 'female', 'Mum passed out in the kitchen and her pulse on the monitor is 36', E, ES, 'Resuscitation Council UK: slow pulse with syncope'),
  v('L25', 44, 'male', 'My son drank some screenwash out of a bottle in the shed about an hour ago', E, ES, 'NHS Poisoning: swallowed chemical, go to A&E'),
  v('L26', 13, 'male', 'my boy says it really hurts down there and he has been sick, it came on suddenly at football', E, ES, 'NICE CKS Scrotal pain: possible torsion'),
  v('L27', 61, 'female', 'a grey shadow is creeping across the side of my vision in one eye since lunchtime', E, ES, 'NHS Detached retina'),
  v('L28', 7, 'female', 'She has a temperature of 39.4, a bad headache and cannot put her chin on her chest', E, ES, 'NICE NG143 red: neck stiffness with fever'),
  v('L29', 86, 'male', 'Dad is drowsier than usual today and not himself', U, 'gp', 'NICE NG51: new drowsiness is seen the same day (AL-DROWSY)'),
  v('L30', 33, 'female', 'I get heartburn after big meals, a burning in my chest with acid coming up into my throat', S, 'pharmacist', 'NHS Heartburn and acid reflux: self-care'),
  v('L31', 8, 'male', 'he fainted at the dentist but came round straight away. No chest pain or palpitations before.', U, 'gp', 'NICE CG109: a faint is checked the same day; "before" ends the denial'),
  v('L32', 30, 'male', 'got a blister on my heel from new walking boots, not red or hot', S, 'pharmacist', 'NHS Blisters'),
  v('L33', 45, 'female', 'hiccups on and off since this morning, otherwise fine', S, 'pharmacist', 'NHS Hiccups'),
  // Issue 11, self-care coverage: NHS England's list of minor conditions for which over-the-counter items should
  // not routinely be prescribed, each in lay words, plus look-alike words that must not raise them (our own wording).
  v('M01', 40, 'female', 'got stung by a wasp on my hand, it is puffy round the sting and itchy, no swelling of my face or lips', S, 'pharmacist', 'NHS Insect bites and stings'),
  v('M02', 33, 'male', 'something bit me in the garden, there is a red itchy lump on my arm, I feel fine', S, 'pharmacist', 'NHS Insect bites and stings'),
  v('M03', 35, 'female', 'my hands are red, sore and cracked since using a new hand soap at work', S, 'pharmacist', 'NHS Contact dermatitis'),
  v('M04', 25, 'male', 'I sweat loads from my armpits, it soaks through my shirts, otherwise healthy', S, 'pharmacist', 'NHS Excessive sweating'),
  v('M05', 0, 'male', 'our newborn has lots of tiny white spots on his nose and cheeks, feeding well', S, 'pharmacist', 'NHS Skin rashes in children (milia)', { answers: { ageMonths: 0 } }),
  v('M06', 24, 'female', 'I forgot one of my combined pills yesterday, do I need the morning after pill?', S, 'pharmacist', 'NHS Combined pill: one missed pill'),
  v('M07', 58, 'male', 'my wife says I snore like a train but I do not stop breathing and I am not sleepy in the day, anything from the chemist?', S, 'pharmacist', 'NHS Snoring'),
  v('M08', 52, 'male', 'nicked my thumb with a knife cooking, it has stopped bleeding and the edges meet', S, 'pharmacist', 'NHS Cuts and grazes'),
  v('M09', 19, 'male', 'skin between my toes is soggy, white and peeling and itches like mad', S, 'pharmacist', 'NHS Athlete\'s foot'),
  v('M10', 9, 'female', 'she has a round red ring on her arm with a scaly edge and a clear middle, we have a new kitten', S, 'pharmacist', 'NHS Ringworm'),
  v('M11', 54, 'female', 'my big toenail has gone thick, yellow and crumbly, it does not hurt', S, 'pharmacist', 'NHS Fungal nail infection'),
  v('M12', 1, 'male', 'his bum is red and sore in the nappy area, happy and feeding', S, 'pharmacist', 'NHS Nappy rash'),
  v('M13', 45, 'male', 'a painful white hole on the inside of my cheek where I bit it, stings with food', S, 'pharmacist', 'NHS Mouth ulcers'),
  v('M14', 48, 'female', 'my eyelids are itchy and red along the edges with crusty bits on the lashes, sight is fine', S, 'pharmacist', 'NHS Blepharitis'),
  v('M15', 50, 'female', 'my skin is really dry and flaky on my shins every winter', S, 'pharmacist', 'NHS England OTC guidance: mild dry skin'),
  v('M16', 18, 'female', 'awful period pains the first day every month, I live with a hot water bottle on my tummy', S, 'pharmacist', 'NHS Period pain; a hot-water bottle is not a burn'),
  v('M17', 3, 'male', 'he has a temperature of 38.2 and a runny nose but he is running about and drinking loads.', S, 'pharmacist', 'NICE NG143 green; "drinking loads" is reassurance, not thirst'),
  v('M18', 10, 'male', 'big nosebleed at school, lots of blood, but we pinched his nose for 10 minutes and it has stopped', S, 'pharmacist', 'NHS Nosebleeds: stopped with pressure'),
  v('M19', 66, 'male', 'forgot to take my blood pressure tablet this morning, should I take it now?', S, 'pharmacist', 'NHS: what to do if you miss a dose'),
  v('M20', 22, 'male', 'blister on the edge of my lip again, I get them when I am run down', S, 'pharmacist', 'NHS Cold sores'),
  v('M21', 10, 'male', 'my son is drinking loads and getting up at night to wee and has lost weight', U, 'gp', 'NICE NG18: thirst with weeing at night is not reassurance'),
  v('M22', 40, 'female', 'stung by a bee and now my lips are swelling and I am wheezy', E, ES, 'NHS Insect bites and stings: 999 for swelling of lips with breathing difficulty'),
  v('M23', 10, 'male', 'nosebleed for over 20 minutes, we have pinched it and it still has not stopped', E, ES, 'NHS Nosebleeds: A&E after 10 to 15 minutes'),
  // Issue 11, the right role first time and more words used in another sense (our own wording).
  v('M24', 63, 'female', 'please can I reorder my usual blood pressure tablets, I have about a week left', R, 'admin', 'Practice admin: repeat prescriptions'),
  v('M25', 52, 'male', 'I had some bloods done last week, could someone let me know the results?', R, 'admin', 'Practice admin: test results'),
  v('M26', 30, 'female', 'how do I get access to my medical records on the NHS app?', R, 'admin', 'NHS: how to see your GP health record'),
  v('M27', 45, 'male', 'my employer wants a copy of my vaccination history, how do I get it?', R, 'admin', 'Practice admin: records, not a vaccination'),
  v('M28', 80, 'female', 'I am a carer from an agency, Mrs B is running low on her eye drops and the pharmacy says the prescription needs renewing', R, 'admin', 'Practice admin; a paid carer is not carer strain'),
  v('M29', 58, 'male', 'the chemist took my blood pressure and said 150 over 95, they want it checked again at the surgery. I feel fine', R, 'nurse', 'NICE NG136: confirm a raised clinic reading (practice nurse)'),
  v('M30', 77, 'female', 'I am on warfarin and due my INR check, no bleeding or bruising', R, 'nurse', 'Practice nurse: INR monitoring'),
  v('M31', 64, 'male', 'my husband has not had his yearly diabetes check since before covid, he is fine in himself', R, 'nurse', 'NICE NG28: annual review (practice nurse); "has not had" asks for it'),
  v('M32', 68, 'female', 'I had a text about the shingles jab and the pneumonia one, can I book both?', R, 'nurse', 'Practice nurse: vaccinations; the illness named is the vaccine'),
  v('M33', 57, 'male', 'I am on lots of tablets since my operation and keep getting confused about which ones to take when. Can someone go through them with me?', R, 'pharmacist', 'NHS: clinical pharmacists (structured medication review); puzzled is not new confusion'),
  v('M34', 70, 'female', 'since I stopped driving I am stuck at home and cannot get to the shops, is there any community transport near me?', R, 'social-prescriber', 'NHS England: social prescribing'),
  v('M35', 33, 'male', 'can I take ibuprofen for my sore back with my sertraline or should I stick to paracetamol?', S, 'pharmacist', 'NHS: community pharmacist medicines advice'),
  v('M36', 23, 'male', 'bad hangover, been sick once and my head is banging, anything I can take?', S, 'pharmacist', 'NHS Hangover; "head is banging" is a headache, not a head injury'),
  v('M37', 21, 'female', 'fell asleep on the beach and my shoulders are red and sore, no fever or dizziness', S, 'pharmacist', 'NHS Sunburn'),
  v('M38', 13, 'male', 'his big toenail is digging in at the side, a bit red and sore, no pus', S, 'pharmacist', 'NHS Ingrown toenail'),
  v('M39', 35, 'male', 'had a chest pain scare 3 months ago, all tests normal, I just need a copy of the discharge letter', R, 'admin', 'Practice admin; chest pain months ago is history'),
  v('M40', 60, 'male', 'my wife says I snore really loudly and stop breathing in my sleep', R, 'gp', 'NHS Sleep apnoea: near miss for snoring self-care'),
  v('M41', 0, 'female', 'my 5 month old has a cold and is breathing faster than normal, no pauses in her breathing and she is not blue', U, 'gp', 'NICE NG9 bronchiolitis: fast breathing is urgent; denied pauses stay denied'),
  v('M42', 6, 'female', 'she came off her scooter and grazed both knees, bits of gravel in it, washed it out and it has stopped bleeding', S, 'pharmacist', 'NHS Cuts and grazes; "gravel" is not a misspelling'),
  v('M43', 55, 'female', 'I think I am reacting to the antibiotics the doctor gave me on Monday, itchy raised rash all over, breathing is fine', U, 'gp', 'NHS Hives: rash after a new medicine is seen today'),
  v('M44', 0, 'female', 'she had her 16 week jabs this morning, temperature 37.8 and a bit grizzly but feeding fine', S, 'pharmacist', 'NHS vaccination side effects; "16 week jabs" is not a duration', { answers: { ageMonths: 4 } }),
  v('M45', 34, 'female', 'This is my fourth water infection in the last six months, the pharmacy treated the others. Can someone find out why?', R, 'gp', 'NICE CKS UTI: recurrent infections are not for Pharmacy First'),
  v('M46', 0, 'male', 'First time dad and panicking: our 3 month old has a bit of nappy rash, he is feeding and smiling as normal.', S, 'pharmacist', 'NHS nappy rash; a parent panicking is not the baby\'s anxiety'),
  v('M47', 68, 'male', 'My lower back aches on and off. No leg symptoms, no bladder problems, no numbness. Can I have some exercises?', R, 'physiotherapist', 'NICE NG59; "no bladder problems" denies, it does not mean loss of control'),
  v('M48', 74, 'female', 'My legs are dry and itchy since the heating went on this autumn, no rash. Which moisturiser is best?', S, 'pharmacist', 'NHS dry skin; "heating" is a real word, not a misspelt "hearing"'),
  v('M49', 2, 'male', 'He woke up and will not put weight on his right leg, no fall that we know of, and his temperature is 38.4.', U, 'gp', 'NICE CKS limp in children: limp with fever'),
  v('M50', 60, 'male', 'Since I gave up the drink on Sunday after years of heavy drinking I have been shaking and sweating and cannot sleep.', U, 'gp', 'NHS alcohol withdrawal'),
  v('M51', 35, 'female', 'I think I took my levothyroxine twice by mistake this morning. I feel fine, what should I do?', U, 'gp', 'NHS medicines: taken twice by mistake'),
  v('M52', 45, 'male', 'Indigestion most days for two months now even with the chemist tablets, no weight loss and swallowing is fine.', R, 'gp', 'NHS indigestion: 3 weeks or more, see a GP'),
  v('M53', 68, 'male', 'My calf aches after walking about 100 yards and goes once I stop for a minute. I smoked for years.', R, 'gp', 'NHS peripheral arterial disease'),
  v('M54', 33, 'female', 'This is the fourth time this year I have had an ingrowing toenail on the same toe, I would like it sorted for good.', R, 'gp', 'NHS ingrown toenail: keeps coming back'),
  // 2026.12.9: mechanisms and NHS 999 classes added after blind-2027-07 was read.
  v('M55', 31, 'female', 'Asthma attack since lunch, my peak flow is 190 and my best is 460, I have had ten puffs of the blue one.', E, 'emergency-services', 'NICE CKS acute asthma: peak flow 33-50% of best is acute severe'),
  v('M56', 40, 'male', 'My asthma is worse with this cold, peak flow 330 when usually 480. I can talk normally.', U, 'gp', 'NICE CKS acute asthma: peak flow 50-75% of best is moderate'),
  v('M57', 72, 'female', 'Last night for about twenty minutes I could not get my words out and lost the feeling in my left hand. I am fine now.', E, 'emergency-services', 'NHS TIA: call 999 even if the symptoms go away; "could not" read as "cannot"'),
  v('M58', 29, 'male', 'My erection has lasted over four hours now after some pills at a club, it will not go down and it really hurts.', E, 'emergency-services', 'NHS priapism: an erection lasting more than 4 hours'),
  v('M59', 26, 'female', 'I had a scan last month that showed a cyst on my left ovary. Since this morning I have sudden severe pain low on the left and keep being sick.', E, 'emergency-services', 'NHS ovarian cyst: sudden severe pelvic pain'),
  v('M60', 15, 'male', 'My wrist was put in plaster on Friday. The pain is getting worse every hour, painkillers do nothing and his fingers are tingling.', E, 'emergency-services', 'NHS broken arm cast care; compartment syndrome'),
  v('M61', 20, 'female', 'My friend took two pills at a festival, she is boiling hot, her heart is pounding and she is not making sense.', E, 'emergency-services', 'NHS poisoning: recreational drugs with overheating and confusion'),
  v('M62', 24, 'male', 'I have been really thirsty and weeing all night for a month. Now I am vomiting and my breathing is really fast.', E, 'emergency-services', 'NHS diabetic ketoacidosis in an adult without known diabetes'),
  v('M63', 45, 'female', 'Ate a cake with nuts in it at a party and now my throat feels tight and my mouth itches.', E, 'emergency-services', 'Resuscitation Council UK anaphylaxis: a tight throat after a trigger'),
  v('M64', 70, 'female', 'Stiff and aching in both shoulders every morning for a month, I can barely lift my arms to do my hair. No headache.', R, 'gp', 'NICE CKS polymyalgia rheumatica: "can barely lift my arms to" is not stroke weakness'),
  // 2026.12.10: read from blind-2027-08 after 2026.12.9 was measured on it.
  v('M65', 58, 'male', 'Passed a load of blood from my back passage twice, the pan was red, and now I am white as a sheet and shaky.', E, 'emergency-services', 'NHS heavy bleeding with signs of shock'),
  v('M66', 9, 'male', 'He had peanuts at a party, came out in hives and started wheezing so we used his adrenaline pen and he is a bit better now.', E, 'emergency-services', 'NHS anaphylaxis: call 999 after using an adrenaline auto-injector'),
  v('M67', 8, 'female', 'Fell off her bike onto the pavement an hour ago, no helmet, and now she keeps wanting to go to sleep and has been sick.', E, 'emergency-services', 'NICE NG232: drowsy after a fall'),
  v('M68', 31, 'female', 'My baby is 10 days old. Since last night I have had a temperature of 38.6, shaking chills and my tummy hurts.', E, 'emergency-services', 'NICE NG51: fever and rigors within 6 weeks of birth'),
  v('M69', 64, 'female', 'I take lithium and have had diarrhoea for two days, now I am staggering about like I am drunk and feel muddled.', E, 'emergency-services', 'NHS lithium: signs of too much lithium with confusion and unsteadiness'),
  v('M70', 44, 'male', 'I have written letters for my wife and boys and found a new home for the dog. I have decided and feel at peace.', E, 'emergency-services', 'NICE NG225: putting affairs in order with a decision'),
  v('M71', 28, 'female', 'I am 34 weeks and I do not think the baby has moved much since yesterday evening.', E, 'emergency-services', 'NHS reduced fetal movements: call the maternity unit now', { pregnant: true }),
  v('M72', 4, 'female', 'She has little red spots on her tummy after the sun, they fade when I press a glass on them, she is playing happily.', S, 'pharmacist', 'NHS heat rash; NICE NG143: a rash that blanches is not the non-blanching rash'),
  // 2026.12.11: read from blind-2027-09 after 2026.12.10 was measured on it.
  v('M73', 52, 'female', 'I have Addisons and have been sick all night, I cannot stand up without nearly passing out.', E, 'emergency-services', 'NHS Addison\'s disease: adrenal crisis; "cannot X without Y" affirms Y'),
  v('M74', 88, 'male', 'Dad has a chest infection, today he is very sleepy and his temperature is 35.5, breathing about 28 a minute.', E, 'emergency-services', 'NICE NG51: temperature below 36 and breathing 25 or more a minute'),
  v('M75', 30, 'female', 'I am 36 weeks and have not felt the baby move at all today.', E, 'emergency-services', 'NHS reduced fetal movements', { pregnant: true }),
  v('M76', 3, 'male', 'He choked on a sweet and now he is going blue around the lips and wheezing.', E, 'emergency-services', 'NHS choking: blue lips'),
  v('M77', 70, 'female', 'Since lunch my right arm and leg feel heavy and clumsy and I keep dropping things.', E, 'emergency-services', 'NHS stroke: one-sided arm and leg weakness'),
  // 2026.12.12: read from blind-2027-10 after 2026.12.11 was measured on it.
  v('M78', 36, 'female', 'My boyfriend punched me again tonight and says he will kill me when he gets back from the pub. I am hiding in my car.', E, 'emergency-services', 'NHS domestic abuse: in immediate danger call 999; a threat to kill is not a wish to die'),
  v('M79', 44, 'female', 'My husband has been hitting me for months. He is at his mum\'s this week and I want to talk to someone about what to do.', U, 'gp', 'NICE PH50: a same-day private conversation about abuse'),
  v('M80', 66, 'male', 'My wife is clutching her chest and says there is a tight band round it, she has gone pale and clammy.', E, 'emergency-services', 'NHS heart attack: what a relative sees (clutching the chest, a band)'),
  v('M81', 74, 'female', 'For a fortnight my head has hurt at the side, my scalp is tender and my jaw aches when I eat. Today things keep going double.', E, 'emergency-services', 'NICE CKS giant cell arteritis with visual symptoms'),
  v('M82', 41, 'female', 'I started carbimazole a month ago for my thyroid. Since yesterday my throat is really sore and I feel shivery.', U, 'gp', 'NHS carbimazole: a sore throat or fever can mean a low white cell count'),
  v('M83', 81, 'male', 'I have heart failure and the scales say I have put on 3 kilos in 4 days, my legs are puffy again.', U, 'gp', 'NICE NG106: daily weights; a sudden gain is fluid'),
  v('M84', 60, 'female', 'I have been on prednisolone every day for years for my arthritis and have been vomiting since the early hours.', E, 'emergency-services', 'NHS adrenal insufficiency: steroid emergency card for long-term steroids'),
  v('M85', 35, 'female', 'My periods have been getting heavier over the last year and I flood through pads on the first two days. I am otherwise fine.', R, 'gp', 'NHS heavy periods: see a GP; bleeding over months is not a bleed now'),
  v('M86', 28, 'female', 'Every month in the week before my period my breasts ache and feel lumpy all over, then it goes away. No single lump.', S, 'pharmacist', 'NHS breast pain: cyclical breast pain'),
  v('M87', 30, 'female', 'Breastfeeding my 2 week old and both nipples are cracked and sore when she latches. No fever, breasts not red.', S, 'pharmacist', 'NHS breastfeeding problems: sore nipples from the latch'),
  v('M88', 34, 'female', 'Felt bloated and gassy for a couple of days after a weekend of beans and fizzy drinks. Otherwise fine.', S, 'pharmacist', 'NHS bloating: short-lived bloating'),
  v('M89', 58, 'female', 'My tummy has felt bloated most days for a while now and I get full quickly.', R, 'gp', 'NICE NG12: persistent bloating in a woman over 50'),
  v('M90', 27, 'female', 'I am 20 weeks pregnant and constipated. Bleeding none, pain none, just uncomfortable. What can I take?', S, 'pharmacist', 'NHS constipation in pregnancy; "bleeding none" denies bleeding', { pregnant: true }),  // 2026.12.13: read from blind-2027-11 after 2026.12.12 was measured on it.
  v('M91', 40, 'male', 'My brother has epilepsy and has had one seizure and then another one straight after, he has not come round in between.', E, 'emergency-services', 'NICE NG217: repeated seizures without recovery (status epilepticus)'),
  v('M92', 70, 'female', 'Dad was eating a sandwich and it went down the wrong way, he cannot speak or cough and is holding his throat.', E, 'emergency-services', 'NHS choking: cannot speak, cough or breathe'),
  v('M93', 16, 'male', 'Took a football kick in the balls at training an hour ago, one side is swollen and going purple and I have been sick.', E, 'emergency-services', 'NHS testicle pain: A&E after an injury with swelling or vomiting'),
  v('M94', 8, 'female', 'She was pulled out of the pool by the lifeguard this afternoon and now she is coughing a lot and breathing fast.', E, 'emergency-services', 'NHS drowning: breathing problems after being pulled from water'),
  v('M95', 50, 'female', 'Since starting a new tablet my skin has started peeling on my chest and my mouth and eyes are sore.', E, 'emergency-services', 'NHS Stevens-Johnson syndrome'),
  v('M96', 22, 'male', 'Type 1 diabetic with a cold. My sugars are 18 and blood ketones are 1.8. Not being sick.', U, 'gp', 'NHS diabetic ketoacidosis: ketones 1.6 to 2.9, contact the team today'),
  v('M97', 55, 'male', 'I had a hernia in my groin that always went back in, but since this afternoon it will not go back and it is tender.', E, 'emergency-services', 'NHS inguinal hernia: A&E if it cannot be pushed back'),
  v('M98', 38, 'female', 'Scratched my leg on a bramble three days ago and now there is a red line going up towards my knee.', U, 'gp', 'NHS cuts: a red streak spreading from a wound'),
  v('M99', 31, 'male', 'Tingling started in my toes two days ago and has spread up to my shins, and my legs feel weak on the stairs.', U, 'gp', 'NHS Guillain-Barre syndrome: spreading tingling and weakness'),
  v('M100', 50, 'male', 'I have been feeling sick most mornings for a few weeks now.', R, 'gp', 'NHS feeling sick: see a GP after a few weeks; morning sickness self-care only when a pregnancy is possible'),  // 2026.12.14: read from blind-2027-12 after 2026.12.13 was measured on it.
  v('M101', 19, 'female', 'I have kept all my pills from the last three months and I am going to take them all tonight.', E, 'emergency-services', 'NICE NG225: saved tablets with intent'),
  v('M102', 45, 'female', 'My sister rang me saying goodbye and that she loves me and now her phone is off. She has been very low.', E, 'emergency-services', 'NICE NG225: a goodbye call'),
  v('M103', 29, 'female', 'I am 35 weeks and I do not think the baby has moved since this morning.', E, 'emergency-services', 'NHS reduced fetal movements', { pregnant: true }),
  v('M104', 33, 'male', 'Touched a live wire in the loft and it threw me off the ladder. I feel shaky and my chest feels odd.', E, 'emergency-services', 'NHS electric shock'),
  v('M105', 4, 'male', 'He fell out of his bedroom window onto the grass this morning. He seems ok but has a bump on his head.', E, 'emergency-services', 'NHS 999: a fall from a height'),
  v('M106', 19, 'male', 'My flatmate has a fever and is being sick and has purplish spots on his arms that do not fade when I press a glass on them.', E, 'emergency-services', 'NHS meningitis: the glass test'),
  v('M107', 12, 'female', 'A stick went into the corner of her eye when she fell in the woods and now her sight in that eye is blurry.', E, 'emergency-services', 'NHS eye injuries: a sharp object into the eye'),
  v('M108', 27, 'female', 'Had my baby 3 weeks ago. Now I have a temperature of 38.5 and my tummy feels tender and sore.', E, 'emergency-services', 'NICE NG51: fever and abdominal tenderness after a birth'),
  v('M109', 38, 'female', 'My period this month is really heavy, I am changing a super tampon every hour and feel light-headed.', U, 'gp', 'NHS heavy periods: changing a pad or tampon every 1 to 2 hours'),
  v('M110', 62, 'male', 'The wound from my knee operation has gone red and there is yellow stuff coming out of one end.', U, 'gp', 'NICE NG125: a surgical wound infection'),
  v('M111', 35, 'male', 'Playing squash I felt a kick at the back of my heel but nobody was there, now I cannot stand on tiptoe on that leg.', E, 'emergency-services', 'NHS Achilles tendon rupture: an urgent treatment centre or A&E now'),
  v('M112', 5, 'female', 'She has bright red cheeks like she has been slapped and a lacy rash on her arms. She is well in herself.', S, 'pharmacist', 'NHS slapped cheek syndrome'),
];
