/**
 * Common minor problems that NHS pages say can be looked after at home or with a pharmacist, each
 * with the warning signs from the same page that send it to a clinician (2026.12.3). Without
 * them a well person describing a blister or hiccups fell through to a GP review.
 */
import type { Complaint } from './complaint.ts';

const V = '2026.12.3';
/**
 * Added after 2026.12.3 was measured (issue 11), from NHS England's list of minor, short-term
 * conditions for which over-the-counter items should not routinely be prescribed (2018): each
 * one recognised in lay words, with the warning signs of its NHS page.
 */
const OTC = '2026.12.4';
/**
 * Added in 2026.12.16: everyday problems and questions that independent writers kept describing
 * in their own words (signs rather than names), each from its NHS page. Without them a well
 * person asking about vitamin D or describing the burrows of scabies fell through to a GP review.
 */
const EVERYDAY = '2026.12.16';

export const MINOR_PROBLEMS: Complaint[] = [
  {
    id: 'baby-reflux', name: 'Reflux (bringing up milk) in babies', system: 'child-infection', source: 'nhs-baby-reflux', role: 'gp', since: V,
    presentation: ['posseting'],
    concepts: [{ id: 'posseting', label: 'bringing up milk after feeds', patterns: [
      '(?:brings?|bringing|brought) (?:up )?(?:a bit of |some |a little |bits of )?(?:milk|feed|her feed|his feed)(?: up)?', 'posset\\w*', '(?:a bit |little bit )?sick (?:after|with) (?:most |every |some |her |his )?feeds',
    ] }],
    urgent: [{ any: ['projectile', 'green_vomit', 'vomiting_blood', 'not_feeding', 'fever', 'reduced_urine', 'no_urine', 'drowsy', 'floppy'],
      why: 'A baby who vomits forcefully or green, will not feed, has a temperature or fewer wet nappies needs a same-day check.' }],
    routine: [{ any: ['self_care_failed', 'cant_keep_fluids', 'worsening'], why: 'Reflux that is getting worse or stops a baby feeding well is reviewed by a GP.' }],
    selfCare: [{ age: { max: 1 }, why: 'Bringing up some milk after feeds is common and usually stops by one year; smaller, more frequent feeds and winding help.', advice: ['minor-pharmacy'], exempt: ['AL-VERY-YOUNG'] }],
  },
  {
    id: 'vaccination-reaction', name: 'Mild reaction after a vaccination', system: 'child-infection', source: 'nhs-vaccination-side-effects', role: 'pharmacist', since: V,
    presentation: ['after_vaccination'],
    concepts: [{ id: 'after_vaccination', label: 'a vaccination in the last day or two', patterns: [
      '(?:jabs?|injections?|vaccinations?|immunisations?|vaccines?) (?:this morning|today|yesterday|last night|earlier)', 'after {det}(?:jabs?|injections?|vaccinations?|immunisations?|vaccines?|booster)',
    ], subsumes: ['nurse_task'] }],
    // A baby whose months are not given counts as under 3 months (the safe reading): the practice nurse who vaccinates advises (issue 11).
    routine: [{ since: OTC, ageMonths: { max: 2 }, role: 'nurse', why: 'A young baby with a mild reaction after a vaccination is checked with the practice nurse who gave it.' }],
    selfCare: [{ ageMonths: { min: 3 }, none: ['high_fever', 'drowsy', 'floppy', 'rash', 'breathless', 'not_feeding'], durationDays: { max: 2 },
      why: 'A mild temperature, soreness or fussiness for a day or two after a vaccination is common; paracetamol (by age) and fluids help.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'hiccups', name: 'Hiccups', system: 'general', source: 'nhs-hiccups', role: 'pharmacist', since: V, presentation: ['hiccups'],
    concepts: [{ id: 'hiccups', label: 'hiccups', patterns: ['hiccups?', 'hiccough\\w*'] }],
    routine: [{ durationDays: { min: 2 }, role: 'gp', why: 'Hiccups lasting more than 2 days should be seen by a GP.' }],
    selfCare: [{ durationDays: { max: 1 }, why: 'Hiccups usually stop on their own within minutes or hours.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'friction-blister', name: 'Friction blister', system: 'skin', source: 'nhs-blisters', role: 'pharmacist', since: V, presentation: ['friction_blister'],
    concepts: [{ id: 'friction_blister', label: 'a blister from rubbing', patterns: [
      'blister\\w* {www}(?:from|after|because of) {det}(?:new )?(?:shoes|boots|trainers|walking|running|hiking|rowing|gardening)', '(?:shoes|boots|trainers) {www}blister\\w*', 'blister\\w* on {det}(?:heel|toe|toes|foot|feet|hand|palm|finger)',
    ] }],
    // Blisters on the hands and feet with mouth sores are hand, foot and mouth disease (its own rule), not rubbing (2026.12.32).
    urgent: [{ any: ['wound_infected', 'skin_infected', 'spreading', 'fever', 'cellulitis'], none: ['child_rash_illness'], why: 'A blister that looks infected (hot, pus, spreading red) should be seen today.' }],
    selfCare: [{ none: ['diabetes', 'burn_injury', 'child_rash_illness'], why: 'A blister from rubbing heals on its own; cover it with a plaster and do not pop it.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'burst-blood-vessel-eye', name: 'Burst blood vessel in the eye', system: 'eye', source: 'nhs-burst-blood-vessel-eye', role: 'pharmacist', since: V, presentation: ['eye_vessel_burst'],
    concepts: [{ id: 'eye_vessel_burst', label: 'a red patch on the white of the eye', patterns: [
      '(?:bright )?(?:red|blood) (?:blotch|patch|spot|mark|splodge|area) {www}(?:white|whites) of {det}eyes?', 'burst (?:a )?(?:blood )?vessel in {det}eyes?', 'subconjunctival',
    ] }],
    urgent: [{ any: ['eye_pain', 'visual_disturbance', 'sudden_vision_loss', 'eye_injury', 'head_injury', 'bp_very_high'], why: 'A red eye with pain, changed vision or after an injury should be examined today.' }],
    routine: [{ any: ['anticoagulant', 'recurrent', 'high_bp'], role: 'gp', why: 'Repeated bleeds in the eye, or one on a blood thinner or with high blood pressure, are checked by a GP.' }],
    selfCare: [{ why: 'A painless red patch on the white of the eye with normal vision is a small bleed that clears in about 2 weeks without treatment.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'eyelid-twitch', name: 'Twitching eyelid', system: 'eye', source: 'nhs-twitching-eye', role: 'pharmacist', since: V, presentation: ['eyelid_twitch'],
    concepts: [{ id: 'eyelid_twitch', label: 'a twitching eyelid', patterns: ['(?:eye ?lid|eyelid|eye) {ww}(?:keeps )?(?:twitch\\w*|flicker\\w*|jump\\w*|spasm\\w*)', 'twitch\\w* {ww}(?:eye ?lid|eyelid|eye)'] }],
    routine: [{ any: ['face_droop', 'one_sided_weakness', 'self_care_failed'], role: 'gp', why: 'Twitching that spreads to the face or does not settle is seen by a GP.' }],
    selfCare: [{ why: 'A twitching eyelid usually stops on its own; more sleep, less caffeine and less screen time help.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'black-hairy-tongue', name: 'Black or furry tongue', system: 'ear-nose-throat', source: 'nhs-black-hairy-tongue', role: 'pharmacist', since: V, presentation: ['black_tongue'],
    concepts: [{ id: 'black_tongue', label: 'a black or furry tongue', patterns: ['(?:black|brown|furry|hairy) {w}tongue', 'tongue {ww}(?:black|brown|furry|hairy)'] }],
    selfCare: [{ why: 'A black or furry tongue is harmless and clears with brushing the tongue and stopping smoking.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'new-tattoo', name: 'A healing tattoo or piercing', system: 'skin', source: 'nhs-tattoos-piercings', role: 'pharmacist', since: V, presentation: ['tattoo_piercing'],
    concepts: [{ id: 'tattoo_piercing', label: 'a new tattoo or piercing', patterns: ['tattoo\\w*', 'piercing'] }],
    urgent: [{ any: ['wound_infected', 'skin_infected', 'spreading', 'fever', 'cellulitis'], why: 'A tattoo or piercing that is hot, swollen, oozing or with a temperature may be infected and should be seen today.' }],
    selfCare: [{ why: 'Itching and flaking while a tattoo heals is normal; keep it clean and moisturised.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'milia', name: 'Milk spots (milia) in a newborn', system: 'skin', source: 'nhs-rashes-children', role: 'pharmacist', since: OTC, presentation: ['milia'],
    concepts: [{ id: 'milia', label: 'tiny white spots on a baby\'s face', patterns: ['milia', 'milk spots', '(?:tiny|little|small|pin ?prick) white (?:spots|dots|bumps|heads) {www}(?:nose|cheeks?|chin|face|forehead)'], subsumes: ['acne'] }],
    urgent: [{ any: ['fever', 'not_feeding', 'drowsy', 'floppy', 'rash'], role: 'gp', why: 'A baby with spots and a temperature, or who is not feeding or unusually sleepy, needs a same-day check.' }],
    selfCare: [{ age: { max: 1 }, why: 'Tiny white spots on a newborn\'s nose and cheeks (milk spots) are harmless and go within a few weeks without treatment.', advice: ['minor-pharmacy'], exempt: ['AL-VERY-YOUNG'] }],
  },
  {
    id: 'excessive-sweating', name: 'Excessive sweating', system: 'skin', source: 'nhs-excessive-sweating', role: 'pharmacist', since: OTC, presentation: ['hyperhidrosis'],
    concepts: [{ id: 'hyperhidrosis', label: 'sweating a lot from the armpits, hands or feet', patterns: [
      'hyperhidrosis', '(?:sweat|sweats|sweating) {ww}(?:a lot|loads|so much|too much|excessively|buckets|heavily|constantly) {www}(?:armpits?|underarms?|hands|palms|feet|shirts?|clothes|tops)',
      '(?:sweaty|sweating|clammy|wet) (?:armpits?|underarms?|palms|hands|feet)', '(?:armpits?|underarms?|palms|feet) {ww}(?:sweat\\w*|dripping|soaking|wet)', 'sweat (?:patches|marks|stains)',
    ] }],
    routine: [{ any: ['night_sweats', 'cancer_concern', 'fever'], role: 'gp', why: 'Sweating at night, with weight loss or a temperature, needs a GP to look for a cause.' },
      { any: ['self_care_failed'], role: 'gp', why: 'Sweating that strong antiperspirants have not helped is seen by a GP.' }],
    selfCare: [{ why: 'Heavy sweating from the armpits, hands or feet usually improves with a strong (aluminium chloride) antiperspirant from a pharmacy and breathable clothes.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'contact-dermatitis', name: 'Contact dermatitis', system: 'skin', source: 'nhs-contact-dermatitis', role: 'pharmacist', since: OTC, presentation: ['contact_irritant'],
    concepts: [{ id: 'contact_irritant', label: 'a skin reaction to something it touched', patterns: [
      // The irritant first, then a skin word within the sentence before it (cheaper than the other way round).
      '(?:from|after|since|because of|reaction to) (?:using |changing |switching )?{det}(?:new |different )?(?:soap|hand soap|hand wash|washing powder|washing liquid|detergent|fabric softener|gloves|rubber gloves|latex gloves|hand gel|sanitiser|sanitizer|perfume|make ?up|hair dye|jewellery|earrings|necklace|watch strap|cleaning products?|bleach|shower gel)(?<=(?:rash|red|itchy|dry|sore|cracked|raw|patches|skin|blotchy|hands|hives|bumps) [a-z0-9 ,]{1,60})',
      'contact dermatitis', 'irritant dermatitis',
    ] }],
    urgent: [{ any: ['lip_face_swelling', 'breathless', 'spreading', 'skin_infected', 'fever'], role: 'gp', why: 'A skin reaction with swelling of the face, a temperature or signs of infection should be seen today.' }],
    routine: [{ any: ['self_care_failed'], role: 'gp', why: 'A skin reaction that has not settled with avoiding the cause and moisturisers is seen by a GP.' }],
    selfCare: [{ why: 'Skin that reacts to something it touched settles when you avoid the cause and use moisturisers; a pharmacist can suggest a mild steroid cream.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'missed-pill', name: 'One missed combined contraceptive pill', system: 'obstetric-gynaecological', source: 'nhs-missed-pill', role: 'pharmacist', since: OTC, presentation: ['missed_one_pill'],
    concepts: [{ id: 'missed_one_pill', label: 'one combined pill missed', patterns: [
      '(?:missed|forgot|forgotten|skipped|forgot to take) (?:one|1|a|a single) (?:of )?{det}(?:combined|combi) (?:contraceptive )?pills?', '(?:missed|forgot|forgotten|forgot to take) {det}(?:combined|combi) pill (?:yesterday|last night|this morning)',
    ], subsumes: ['contraception', 'nurse_task', 'medication_question'] }],
    selfCare: [{ why: 'One missed combined pill: take it as soon as you remember, even if that means two in one day, and carry on; you are still protected and do not need emergency contraception. A pharmacist can advise.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'sunburn', name: 'Sunburn', system: 'skin', source: 'nhs-sunburn', role: 'pharmacist', since: OTC, presentation: ['sunburn'],
    concepts: [{ id: 'sunburn', label: 'sunburn', patterns: [
      'sun ?burn\\w*', '(?:burnt|burned) (?:in|by) the sun', 'fell asleep (?:in the sun|on the beach|at the beach|sunbathing|by the pool|in the garden)', '(?:red|pink|sore|burnt|burned|peeling) {www}(?:from|after|in) the sun', 'too much sun',
    ], subsumes: ['burn_injury'] }],
    urgent: [{ any: ['fever', 'high_fever', 'rigors', 'dizzy', 'confusion', 'vomiting', 'nausea', 'headache', 'faint', 'near_faint'], role: 'gp', source: 'nhs-heatstroke',
      why: 'Sunburn with a temperature, chills, dizziness, headache or being sick can be heat exhaustion and needs advice today (NHS 111).' },
      { any: ['burn_serious'], role: 'gp', why: 'Sunburn that is blistering or swelling badly over a large area should be seen today.' }],
    selfCare: [{ why: 'Sunburn is cooled with a shower, soothed with after-sun or aloe vera, and eased with painkillers from a pharmacy; stay out of the sun and drink plenty.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'ingrown-toenail', name: 'Ingrown toenail', system: 'skin', source: 'nhs-ingrown-toenail', role: 'pharmacist', since: OTC, presentation: ['ingrown_toenail'],
    concepts: [{ id: 'ingrown_toenail', label: 'an ingrown toenail', patterns: ['ingrown (?:toe ?)?nails?', 'in ?growing (?:toe ?)?nails?', '(?:toe ?)?nail {www}(?:digging|growing|cutting) (?:in|into)'] }],
    routine: [{ any: ['wound_infected', 'skin_infected', 'self_care_failed', 'spreading', 'fever', 'diabetes'], role: 'gp', why: 'An ingrown toenail that looks infected (pus, spreading redness), has not improved, or in someone with diabetes is seen by a GP.' }],
    selfCare: [{ why: 'An ingrown toenail usually gets better with warm salt-water soaks, wide shoes and painkillers; a pharmacist can advise.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'hangover', name: 'Hangover', system: 'general', source: 'nhs-hangover', role: 'pharmacist', since: OTC, presentation: ['hangover'],
    concepts: [{ id: 'hangover', label: 'a hangover', patterns: ['hang ?overs?', 'hung ?over'] }],
    urgent: [{ any: ['vomiting_blood', 'confusion', 'drowsy', 'seizure', 'cant_keep_fluids', 'many_tablets'], role: 'gp', source: 'nhs-alcohol',
      why: 'Being sick with blood, confusion, drowsiness, a fit or not keeping fluids down after drinking is more than a hangover and needs help today.' }],
    selfCare: [{ durationDays: { max: 1 }, why: 'A hangover gets better within a day: drink water, eat something bland and take paracetamol or ibuprofen (not aspirin on an empty stomach).', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'scabies-signs', name: 'Scabies described by its signs', system: 'skin', source: 'nhs-scabies', role: 'pharmacist', since: EVERYDAY,
    presentation: ['scabies_signs'],
    concepts: [{ id: 'scabies_signs', label: 'spots or thin lines between the fingers', patterns: [
      '(?:lines|tracks|burrows|spots|bumps|blisters) {www}between {det}fingers', 'between {det}fingers {www}(?:lines|tracks|burrows|spots|bumps)',
      '(?:itch\\w*|scratch\\w*) {www}between {det}fingers', 'between {det}fingers and {det}wrists',
    ] }],
    routine: [{ any: ['self_care_failed', 'skin_infected'], role: 'gp', why: 'Itching that has not gone 4 weeks after treatment, or skin that looks infected, is seen by a GP.' },
      { ageMonths: { max: 1 }, role: 'gp', why: 'A baby under 2 months with an itchy rash is seen by a GP: the creams a pharmacy sells are not for babies that young.' }],
    selfCare: [{ any: ['itching_pregnancy'], ageMonths: { min: 2 },
      why: 'Intense itching, worse at night, with spots or thin lines between the fingers (often in someone close too) is typical of scabies: a pharmacist sells the cream, and everyone in the home is treated on the same day.', advice: ['minor-pharmacy'],
      // Intense itching is the mark of scabies, not a sign of something worse.
      exempt: ['AL-SEVERE'] }],
  },
  {
    id: 'vitamin-d-question', name: 'Asking whether to take vitamin D', system: 'general', source: 'nhs-vitamin-d', role: 'pharmacist', since: EVERYDAY,
    presentation: ['vitamin_d_question'],
    concepts: [{ id: 'vitamin_d_question', label: 'a question about taking vitamin D', patterns: [
      '(?:take|taking|have|having|start|starting|buy|need|give|giving) {ww}vitamin d', 'vitamin d {www}(?:winter|autumn|supplements?|tablets?|drops|spray|how much|dose)', '(?:vitamin|vitamins) drops', 'healthy start vitamins',
    ] }],
    selfCare: [{ why: 'Everyone is advised to consider 10 micrograms of vitamin D a day in autumn and winter, and all year if they are indoors a lot or cover most of their skin; pharmacies and supermarkets sell it.', advice: ['minor-pharmacy'],
      // A question about a supplement is not a new problem for a clinician to look at, at any age.
      exempt: ['AL-VERY-OLD'] }],
  },
  {
    id: 'quit-smoking', name: 'Wanting help to stop smoking', system: 'general', source: 'nhs-quit-smoking', role: 'pharmacist', since: EVERYDAY,
    presentation: ['quit_smoking_help'],
    concepts: [{ id: 'quit_smoking_help', label: 'wanting help to stop smoking', patterns: [
      '(?:want|wants|wanting|trying|try|help|ready|planning|plan|going|decided|like|need|time) (?:to )?{ww}(?:give up|quit|stop) {w}(?:smoking|cigarettes|cigs|fags|ciggies)',
      '(?:stop|quit) smoking (?:service|support|help|clinic|advice)', 'nicotine (?:patches|gum|replacement)',
      // "want to finally pack in smoking" (2026.12.32).
      '(?:pack|packing|knock|knocking) (?:in )?(?:smoking|the fags|the cigs|cigarettes)', '(?:pack|knock) {ww}(?:smoking|fags|cigs|cigarettes) (?:in|on the head)',
    ] }],
    selfCare: [{ why: 'Free stop-smoking support, with nicotine patches, gum or a vape, comes from your local stop smoking service and many pharmacies; you are about three times as likely to quit with that support.', advice: ['minor-pharmacy'],
      exempt: ['AL-VERY-OLD'] }],
  },
  {
    id: 'baby-poo-colour', name: 'A change in the colour of a well baby\'s poo', system: 'child-infection', source: 'nhs-baby-nappy', role: 'pharmacist', since: EVERYDAY,
    presentation: ['baby_poo_colour'],
    concepts: [{ id: 'baby_poo_colour', label: 'green, yellow or seedy poo', patterns: [
      '(?:green|greeny|greenish|mustard|seedy|frothy) {ww}(?:poo|poos|pooh|poop|stools?|nappy|nappies)', '(?:poo|poos|pooh|poop|stools?) {www}(?:green|greeny|greenish|frothy|seedy)',
    ] }],
    urgent: [{ any: ['fever', 'not_feeding', 'drowsy', 'floppy', 'reduced_urine', 'blood_in_stool', 'jaundice'], why: 'A baby who has a temperature, will not feed, is drowsy, has fewer wet nappies, blood in the poo or yellow skin needs a same-day check.' }],
    selfCare: [{ age: { max: 1 }, none: ['pale', 'diarrhoea', 'vomiting'],
      why: 'Green, yellow or seedy poo is normal in a baby who is feeding well, gaining weight and has plenty of wet nappies; pale, white or grey poo is not and needs the health visitor or GP.', advice: ['minor-pharmacy'], exempt: ['AL-VERY-YOUNG'] }],
  },
];
