/** Urine, kidneys and male genitals. Testicular torsion and pyelonephritis are in rules/emergency.ts and rules/urgent.ts. */
import type { Complaint } from './complaint.ts';

export const UROLOGICAL: Complaint[] = [
  {
    // NHS "Urinary catheters": a catheter that has stopped draining is blocked until shown otherwise; the bladder fills
    // behind it, so it is seen the same day by the community nurse, not at a routine appointment.
    id: 'blocked-catheter', name: 'A urinary catheter that is not draining', system: 'urological', source: 'nhs-urinary-catheters', role: 'nurse', since: '2026.12.32', presentation: ['catheter_blocked'],
    emergency: [{ any: ['fever', 'rigors', 'confusion', 'unresponsive'], role: 'emergency-services', why: 'A blocked catheter with a temperature, shivering or confusion can be a serious infection and needs emergency care.', redFlag: 'Blocked catheter with signs of infection' }],
    urgent: [{ why: 'A catheter that has stopped draining needs to be checked or changed today by the nurse: urine builds up in the bladder behind it.', redFlag: 'Blocked catheter' }],
  },
  {
    id: 'recurrent-uti', name: 'Urine infections that keep coming back', system: 'urological', source: 'nhs-uti', role: 'gp', since: '2026.12.7', presentation: ['repeated_uti'],
    concepts: [{ id: 'repeated_uti', label: 'urine infections that keep coming back', patterns: [
      '(?:\\d+|two|three|four|five|six|several|lots of|loads of|so many|multiple) (?:water |urine |urinary |bladder |kidney )?infections? {ww}(?:in|this|over|since|every) (?:the )?(?:last |past )?{w}(?:months?|year|weeks?)',
      '(?:keep|keeps|kept) (?:getting|having) (?:water |urine |urinary |bladder )?infections', '(?:recurrent|recurring|repeated|repeat) (?:water |urine |urinary |bladder )?infections',
      '(?:another|third|fourth|fifth|3rd|4th|5th) (?:water |urine |urinary |bladder )?infection (?:this|in)',
    ] }],
    routine: [{ why: 'Urine infections that keep coming back (2 in 6 months or 3 in a year) are looked into by a GP rather than treated again at a pharmacy.' }],
  },
  {
    id: 'renal-colic', name: 'Kidney stones (renal colic)', system: 'urological', source: 'cks-renal-colic', role: 'gp', presentation: ['renal_colic'],
    concepts: [{ id: 'renal_colic', label: 'loin pain spreading to the groin (kidney stone)', patterns: [
      'kidney stones?', 'renal colic', 'stones? in {det}kidney', '(?:pain|ache|agony) {www}(?:going|goes|spread\\w*|radiat\\w*|shoot\\w*|moving|moves|round|around) {ww}(?:to|into|down to|towards) {det}(?:groin|testicle|balls|vagina|genitals)',
      '(?:side|back|loin|flank) {www}(?:to|into|down to|round to) {det}groin', 'loin to groin', '(?:cant|cannot) (?:sit|keep|lie) still {www}(?:pain|agony)', '(?:pain|agony) {www}(?:cant|cannot) (?:sit|keep|lie) still',
      // "Comes in waves, moving round to my groin", "I can't sit still with it" (2026.12.27).
      '(?:in|like) waves {list}(?:groin|testicle|vagina)', '(?:groin|testicle) {www}(?:in|like) waves', '(?:cant|cannot) (?:sit|keep) still with (?:it|the pain)',
    ] }],
    emergency: [{ any: ['fever', 'rigors', 'no_urine', 'urinary_retention'], why: 'A kidney stone with a high temperature, shivering or no urine can mean a blocked, infected kidney, which needs hospital treatment now.', redFlag: 'Kidney stone with infection or no urine', action: 'go-to-ae' },
      { all: ['severe'], any: ['sudden', 'vomiting'], age: { min: 60 }, why: 'Sudden severe side or back pain over 60 can be an aortic aneurysm rather than a stone.', redFlag: 'Possible aneurysm', source: 'nhs-aaa' }],
    urgent: [{ why: 'Pain from a kidney stone needs same-day assessment and pain relief.' }],
  },
  {
    id: 'uti-other', name: 'Urine infection (men, children, older women)', system: 'urological', source: 'nhs-uti', role: 'gp', presentation: ['urinary_symptoms'],
    emergency: [{ any: ['confusion', 'rigors', 'mottled', 'no_urine'], anyOf: [['fever', 'loin_pain', 'vomiting', 'rigors']], why: 'A urine infection with confusion, shaking or no urine can be sepsis.', redFlag: 'Urine infection with sepsis signs', source: 'nice-ng51' }],
    urgent: [{ age: { max: 15 }, why: 'A child with urine infection symptoms needs a urine test and treatment today.', source: 'nhs-uti' },
      { sex: 'male', none: ['luts'], why: 'Urine infection symptoms in a man should be assessed today.' },
      { age: { min: 65 }, none: ['luts'], why: 'Urine infection symptoms at 65 or over should be assessed today.' },
      { any: ['blood_in_urine', 'immunosuppressed', 'self_care_failed'], why: 'A urine infection with blood, a weak immune system or that has not cleared should be assessed today.' }],
  },
  {
    id: 'urinary-retention', name: 'Unable to pass urine', system: 'urological', source: 'nhs-urinary-retention', role: 'gp', presentation: ['urinary_retention'],
    emergency: [{ why: 'Being unable to pass urine at all, with a painful swollen bladder, needs a catheter in hospital now.', redFlag: 'Unable to pass urine', action: 'go-to-ae' }],
  },
  {
    id: 'catheter-problem', name: 'Blocked or leaking catheter', system: 'urological', source: 'nhs-urinary-retention', role: 'nurse', presentation: ['catheter_problem'],
    concepts: [{ id: 'catheter_problem', label: 'a catheter problem', patterns: ['nothing {ww}(?:drained|draining|coming|come out|gone) {ww}(?:into|in|through) {det}(?:bag|catheter)', '(?:hardly|barely) anything {ww}(?:coming|going|draining|drained) {ww}(?:into|in|through) {det}(?:bag|catheter)', '(?:catheter )?bag {ww}(?:empty|not filling|hasnt filled)', 'catheter {www}(?:not draining|blocked|hasnt drained|not drained|bypassing|leaking|no urine|nothing|fallen out|came out|pulled out)', '(?:blocked|leaking) catheter'] }],
    urgent: [{ why: 'A catheter that has stopped draining needs to be checked or changed today.' }],
  },
  {
    id: 'prostate-symptoms', name: 'Urinary symptoms in men (prostate)', system: 'urological', source: 'cks-luts-men', role: 'gp', presentation: ['luts'],
    concepts: [{ id: 'luts', label: 'weak flow or needing to pee at night', patterns: [
      'weak (?:flow|stream)', '(?:flow|stream) {ww}(?:weak|slow|stop\\w* and start\\w*)', '(?:up|wake|waking|get up|getting up) {www}(?:night|nights) {www}(?:pee|wee|toilet|urinate)', '(?:peeing|weeing|toilet|pee|wee) {ww}(?:at|in the) night',
      'dribbl\\w* {ww}(?:urine|pee|wee|after)', 'prostate', 'psa', 'hesitan\\w*', '(?:pee|peeing|wee|weeing) (?:a lot|loads|all the time)', 'frequency', 'urgency to (?:pee|wee)',
    ] }],
    routine: [{ sex: 'male', why: 'Needing to pee often, at night or with a weak flow is assessed by a GP, with a urine test and a prostate check (NICE NG12 for PSA).' }],
  },
  {
    id: 'incontinence-adult', name: 'Bladder leaks (incontinence)', system: 'urological', source: 'nhs-incontinence', role: 'gp', presentation: ['incontinence'],
    routine: [{ none: ['back_pain', 'saddle_numbness', 'bilateral_leg_symptoms'], why: 'Leaking urine is common and treatable; a GP or nurse will assess it.' }],
  },
  {
    id: 'testicle-injury', name: 'An injury to the testicles', system: 'urological', source: 'nhs-testicle-pain', role: 'gp', since: '2026.12.13', presentation: ['testicle_injury'],
    concepts: [
      { id: 'testicle_injury', label: 'a blow to the testicles', patterns: ['(?:kicked|hit|kneed|struck|smacked|whacked|booted|caught|kick|knee|blow|whack|punch) (?:\\w+ )?(?:in|on|to) {det}(?:balls|testicles?|nuts|privates|crotch|groin)', '(?:balls|testicles?|nuts|scrotum) {ww}(?:got |were |was )?(?:kicked|hit|struck|crushed|squashed|trapped)'] },
      { id: 'scrotal_swelling', label: 'a swollen or discoloured scrotum', patterns: ['(?:one side|testicles?|balls?|scrotum|nuts) {ww}(?:massively |really |very |badly )?(?:swollen|swelling|swelled|purple|black|bruised|blue)', '(?:massively|badly|hugely) swollen'] },
    ],
    emergency: [{ any: ['scrotal_swelling', 'vomiting', 'severe', 'nausea'], why: 'A blow to the testicles followed by swelling, bruising, being sick or pain that does not settle needs A&E now: a testicle can burst or twist.', redFlag: 'Testicle injury with swelling or vomiting', action: 'go-to-ae' }],
    urgent: [{ why: 'A painful blow to the testicles that is not settling should be checked today.' }],
  },
  {
    id: 'testicular-lump', name: 'Testicular lump or swelling', system: 'urological', source: 'nhs-testicular-lumps', role: 'gp', presentation: ['testicular_lump'],
    concepts: [{ id: 'testicular_lump', label: 'a lump in the testicle', patterns: ['lump (?:in|on) {det}(?:left |right )?(?:testicles?|balls?|scrotum|testes|nuts)', '(?:testicle|ball) (?:is )?(?:bigger|larger|swollen|heavier|lumpy|hard)'] }],
    routine: [{ why: 'A testicular lump should be examined by a GP soon (NICE NG12).', redFlag: 'Testicular lump' }],
  },
  {
    id: 'erection-problems', name: 'Erection problems', system: 'urological', source: 'nhs-erectile', role: 'gp', presentation: ['erectile'],
    concepts: [{ id: 'erectile', label: 'erection problems', patterns: ['erectile', 'erections?', 'impoten\\w*', 'viagra', 'sildenafil'] }],
    routine: [{ why: 'Erection problems are assessed by a GP, including checks for heart disease and diabetes.' }],
  },
  {
    id: 'sti', name: 'Possible sexually transmitted infection', system: 'urological', source: 'nhs-sti', role: 'nurse', presentation: ['sti'],
    concepts: [{ id: 'sti', label: 'a possible sexually transmitted infection', patterns: ['stis?', 'stds?', 'chlamydia', 'gonorrho?ea', 'syphilis', 'genital (?:warts|herpes|sores?|blisters|ulcers?)', 'discharge from {det}(?:penis|willy)', 'sexual health', 'hiv test', 'sti (?:check|test|screen)', '(?:get|getting) (?:myself )?(?:checked|tested)(?! out\\b) {ww}(?:sti|std|infections?|sex)?'] }],
    routine: [{ any: ['vaginal_symptoms', 'abdominal_pain', 'urinary_symptoms', 'rash', 'blister'], role: 'gp', why: 'Symptoms that may be a sexually transmitted infection are assessed by a GP or a sexual health clinic.' },
      { why: 'A possible sexually transmitted infection is tested and treated by a GP or a sexual health clinic.' }],
  },
  {
    id: 'priapism', name: 'An erection that will not go away', system: 'urological', source: 'nhs-priapism', role: 'gp', since: '2026.12.9', presentation: ['erection_wont_go'],
    concepts: [{ id: 'erection_wont_go', label: 'an erection that will not go down', patterns: [
      'erection {www}(?:wont|will not|doesnt|does not|isnt|not|hasnt|cant) (?:go|going|gone|went) (?:down|away)', 'erection {ww}(?:for|lasting|lasted|that has lasted|that lasted) {ww}(?:hours|[3-9] hours?|three hours|four hours|five hours|six hours)', 'priapism', '(?:stuck|still) (?:hard|erect) {ww}(?:hours|since)', '(?:erection|hard ?on|boner) {ww}(?:for|lasting|lasted|that has lasted) {ww}(?:over |more than )?(?:[3-9]|three|four|five|six|several) hours',
    ] }],
    emergency: [{ sex: 'male', why: 'An erection lasting more than 4 hours, or one that is painful and will not go down, needs A&E now: without treatment it can cause permanent damage.', redFlag: 'Erection that will not go away', action: 'go-to-ae' }],
  },
];
