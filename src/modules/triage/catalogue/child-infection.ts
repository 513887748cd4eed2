/** Childhood illness. NICE NG143 red and amber features, meningitis and infant fever are in rules/. */
import type { Complaint } from './complaint.ts';

export const CHILD_INFECTION: Complaint[] = [
  {
    id: 'teething', name: 'Teething', system: 'child-infection', source: 'nhs-teething', role: 'pharmacist', presentation: ['teething'],
    concepts: [{ id: 'teething', label: 'teething', patterns: ['(?:back |big |new |front )?teeth (?:are |is )?(?:coming|cutting|pushing) (?:through|in)', 'dribbl\\w* {www}chewing', 'chewing (?:on )?(?:everything|his fists?|her fists?|their fists?|his hands?|her hands?)', 'teething', '(?:gnaw\\w*|chomp\\w*|chewing) (?:on )?(?:everything|anything|his fists?|her fists?|fingers|toys|the furniture)', 'is (?:this|it|that) (?:his |her |their )?teeth', 'new tooth', 'tooth (?:coming|cutting) through', 'cutting (?:a )?teeth'] }],
    selfCare: [{ age: { max: 3 }, why: 'Teething can make a baby sore and grumpy; a teething ring, sugar-free gel or paracetamol or ibuprofen (by age) help.', advice: ['minor-pharmacy'], exempt: ['AL-PARTLY-RECOGNISED'] }],
  },
  {
    id: 'childhood-rash-illness', name: 'Childhood rash illnesses', system: 'child-infection', source: 'nhs-rashes-children', role: 'gp', presentation: ['child_rash_illness'],
    concepts: [
      { id: 'child_rash_illness', label: 'a childhood rash illness', patterns: ['hand foot (?:and )?mouth', 'slapped cheek', 'scarlet fever', 'scarlatina', 'measles', 'german measles', 'rubella', 'roseola', 'sandpaper (?:rash|skin)', 'strawberry tongue', 'molluscum', 'impetigo',
        // 2026.12.14: the illnesses as parents describe them (NHS slapped cheek; hand, foot and mouth).
        '(?:bright |very )?red cheeks? {www}slapped', 'lac(?:y|e like|elike) rash', '(?:blisters|spots|sores) on {det}(?:hands?|palms) and (?:feet|soles)', '(?:hands?|palms) and (?:feet|soles) {ww}(?:blisters|spots|sores)'], subsumes: ['blister', 'friction_blister'] },
      { id: 'scarlet_or_measles', label: 'scarlet fever or measles', patterns: ['scarlet fever', 'scarlatina', 'measles', 'sandpaper (?:rash|skin)', 'strawberry tongue'] },
      // Only a tongue "like a strawberry" counts: a strawberry birthmark must not set aside the meningitis headache rule (2026.12.21).
      { id: 'scarlet_signs', label: 'a sandpaper rash or strawberry tongue', patterns: ['(?:like |feels like )?sandpaper', 'strawberry tongue', 'tongue {www}strawberry', 'scarlet fever', 'scarlatina'] },
    ],
    urgent: [{ any: ['scarlet_or_measles', 'scarlet_signs'], why: 'Suspected scarlet fever or measles should be assessed today (antibiotics for scarlet fever; measles must be confirmed and contacts protected).', source: 'nhs-scarlet-fever' },
      { any: ['fever'], age: { max: 0 }, why: 'A baby with a rash and a fever should be checked today.' }],
    selfCare: [{ why: 'Hand, foot and mouth disease and slapped cheek are mild and get better on their own; keep them drinking and give paracetamol if needed.', source: 'nhs-hfmd', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'baby-crying-feeding', name: 'Crying, colic and feeding in babies', system: 'child-infection', source: 'nhs-colic', role: 'gp', presentation: ['colic'],
    concepts: [{ id: 'projectile', label: 'forceful (projectile) vomiting', patterns: ['projectile', 'shoots? out', 'forceful(?:ly)? (?:sick|vomit\\w*)', '(?:sick|vomit\\w*) {ww}across the room'] }, { id: 'colic', label: 'colic or reflux in a baby', patterns: ['colic\\w*', 'reflux', '(?:cries|crying|screams|screaming) (?:for hours|every evening|every night|in the evenings?)', '(?:bringing|brings) (?:up|back) (?:milk|feeds?)', 'posset\\w*', 'wind(?:y)?', 'cries {ww}(?:evening|evenings|for hours)', 'crying (?:a lot|for hours|every evening)'] }],
    urgent: [{ any: ['projectile', 'green_vomit', 'not_feeding', 'fever', 'blood_in_stool'], why: 'A baby who vomits forcefully, brings up green, is feeding poorly or has a fever needs a same-day check.', source: 'nhs-baby-vomiting' }],
    selfCare: [{ why: 'Colic is common and harmless; holding, rocking and winding help, and it usually settles by 4 months. A health visitor or pharmacist can advise.', advice: ['minor-pharmacy'], exempt: ['AL-VERY-YOUNG'] }],
  },
  {
    id: 'cradle-cap', name: 'Cradle cap', system: 'skin', source: 'nhs-rashes-children', role: 'pharmacist', presentation: ['cradle_cap'],
    concepts: [{ id: 'cradle_cap', label: 'cradle cap', patterns: ['cradle cap', '(?:greasy|yellow\\w*|crusty|scaly) {w}(?:scales|flakes|crusts?|patches) {www}(?:scalp|head)'], subsumes: ['psoriasis', 'eczema'] }],
    selfCare: [{ why: 'Cradle cap is harmless and clears on its own; gently washing the scalp and softening the scales with baby oil helps.', advice: ['minor-pharmacy'], exempt: ['AL-VERY-YOUNG'] }],
  },
  {
    id: 'intussusception', name: 'Intussusception', system: 'child-infection', source: 'nhs-intussusception', role: 'gp', presentation: ['redcurrant_stool', 'legs_up_screaming'],
    concepts: [
      { id: 'redcurrant_stool', label: 'red jelly-like poo', patterns: ['(?:red )?(?:currant )?jelly (?:like )?(?:poo|stool)'] },
      { id: 'legs_up_screaming', label: 'bouts of screaming, drawing the legs up', patterns: ['(?:pull\\w*|draw\\w*|bring\\w*) (?:his|her|their) (?:legs|knees) up', 'screams? {ww}(?:then|and) {ww}(?:pale|floppy|settles)'] },
    ],
    emergency: [{ age: { max: 4 }, alone: true, any: ['redcurrant_stool'], why: 'Red jelly-like poo in a baby or toddler can be a bowel blockage (intussusception).', redFlag: 'Possible intussusception', action: 'go-to-ae' },
      { age: { max: 4 }, alone: true, all: ['legs_up_screaming'], any: ['vomiting', 'pale', 'floppy', 'drowsy', 'blood_in_stool', 'green_vomit'], why: 'A baby or toddler with bouts of screaming and drawing the legs up, or red jelly-like poo, can have a bowel blockage (intussusception).', redFlag: 'Possible intussusception', action: 'go-to-ae' }],
  },
  {
    id: 'child-diabetes', name: 'Very thirsty and weeing a lot', system: 'endocrine', source: 'nice-ng18', role: 'gp', presentation: ['thirst_polyuria'],
    // "Drinking loads of water" is what people are told to do with diarrhoea or sunburn, not thirst; "thirsty" still reads as thirst (2026.12.32).
    concepts: [{ id: 'thirst_polyuria', label: 'very thirsty and weeing a lot', patterns: ['(?:thirsty|drinking) (?:all the time|loads|constantly|a lot|much more)(?! of (?:water|fluids?|squash|juice|dioralyte))(?![a-z0-9 ,]{0,40}(?:keep|keeping|kept|keeps) (?:it|them|that|fluids?|everything) down)', '(?:always|really|very|so|extremely|constantly|excessively) thirsty', '(?:peeing|weeing|urinating|going to the toilet) (?:all the time|loads|a lot|constantly|more)', 'wetting the bed again', 'thirst\\w*'] }],
    emergency: [{ age: { max: 17 }, any: ['vomiting', 'drowsy', 'breathless', 'abdominal_pain', 'confusion'], why: 'A child who is very thirsty and weeing a lot, with vomiting, tummy pain, fast breathing or drowsiness, can have diabetic ketoacidosis.', redFlag: 'Possible diabetic ketoacidosis', source: 'nhs-dka' },
      // 2026.12.9: an adult's first diabetes can also present as ketoacidosis (NHS "Diabetic ketoacidosis").
      { since: '2026.12.9', age: { min: 18 }, anyOf: [['vomiting', 'abdominal_pain'], ['breathless', 'drowsy', 'confusion']], source: 'nhs-dka',
        why: 'Being very thirsty and weeing a lot, with being sick or tummy pain and fast or deep breathing or drowsiness, can be diabetic ketoacidosis, even without known diabetes: go to A&E now.', redFlag: 'Possible diabetic ketoacidosis', action: 'go-to-ae' }],
    urgent: [{ age: { max: 17 }, why: 'A child who is very thirsty, weeing a lot, tired or losing weight needs a same-day finger-prick test for type 1 diabetes (NICE NG18).', redFlag: 'Possible type 1 diabetes' }],
    // Drinking lots of water after sunburn, heat, a hangover or diarrhoea is sensible, not a sign of diabetes (2026.12.28).
    routine: [{ since: '2026.12.28', age: { min: 18 }, none: ['sunburn', 'environmental', 'hangover', 'diarrhoea', 'vomiting'], why: 'Thirst and passing a lot of urine in an adult are checked by a GP with a blood test for diabetes (NICE NG28).', source: 'nice-ng28' }],
  },
  {
    id: 'child-development', name: 'Development and growth worries', system: 'child-infection', source: 'nhs-adhd', role: 'gp', presentation: ['development_concern'],
    concepts: [{ id: 'development_concern', label: 'a development worry', patterns: ['not (?:walking|talking|crawling|sitting) yet', 'speech delay', 'delayed (?:speech|development|walking)', 'development\\w*', 'not growing', 'growth'] }],
    routine: [{ why: 'Worries about development or growth are assessed by a GP or health visitor.' }],
  },
  {
    id: 'febrile-seizure', name: 'Febrile seizure', system: 'child-infection', source: 'nhs-febrile-seizures', role: 'gp', presentation: ['seizure'],
    urgent: [{ age: { max: 5 }, any: ['fever'], none: ['seizure_red'], why: 'A child who has had a short fit with a fever should be checked by a doctor today, even if they seem well.' }],
  },
];
