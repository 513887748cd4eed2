/**
 * Everyday problems that NHS condition pages say are looked after at home or with a pharmacist,
 * each with the warning signs from the same page that send it to a clinician (2026.12.22).
 *
 * Why a file of its own: the tuning sets' most frequent over-triage was a well person describing
 * one of these in their own words, matching no complaint and going to a GP review by default
 * (GEN-GP-REVIEW). The list follows NHS England's self-care conditions for community pharmacy
 * (sore, tired eyes; hay fever; minor skin problems; aches after exercise) and the NHS pages
 * that name them; each complaint cites its page. Nothing here can lower another rule: the
 * highest urgency that matches still wins, and general alarm features still raise self-care.
 */
import type { Complaint } from './complaint.ts';

const V = '2026.12.22';
/** Unaccustomed exercise, as people name it. */
const EXERCISE = '(?:leg day|gym|spin class|spinning|workout|work out|training|boot ?camp|circuits|park ?run|marathon|exercise class|fitness class|squats|hike|hiking|new class|first class|(?:first|new) (?:gym|exercise|fitness|spin) class)';
/** Signs in or around the eye that need an examination today (NHS "Red eye", "Dry eyes", "Hay fever"). */
const EYE_WARNINGS = ['eye_pain', 'visual_disturbance', 'sudden_vision_loss', 'red_eye_painful', 'photophobia', 'eye_injury'];
/** Signs that a skin problem is infected or part of an illness (NHS "Cellulitis", "Rashes in children"). */
const SKIN_WARNINGS = ['fever', 'high_fever', 'skin_infected', 'cellulitis', 'purple_rash', 'unwell_general'];

export const EVERYDAY_SELF_CARE: Complaint[] = [
  {
    id: 'exercise-soreness', name: 'Aching muscles after exercise', system: 'musculoskeletal', source: 'nhs-rhabdomyolysis', role: 'pharmacist', since: V,
    presentation: ['exercise_soreness'],
    concepts: [{ id: 'exercise_soreness', label: 'sore, stiff muscles after unaccustomed exercise', patterns: [
      '(?:leg day|gym|spin class|spinning class|workout|work out|training session|boot ?camp|circuits|park ?run|half marathon|marathon|new (?:gym|exercise|fitness) class|exercise class|fitness class) {near}(?:sore|aching|achy|stiff|on fire|killing me|destroyed|cant (?:walk|move|get up))',
      '(?:sore|aching|achy|stiff|killing) {ww}(?:after|since|from) {det}(?:first |new |big )?(?:gym|workout|work out|training|exercise|class|run|hike|leg day|spin|session)',
      // "Did leg day … now I can barely walk down the stairs, thighs are so sore": the soreness, with the exercise earlier in the message.
      // The look-behind comes last so it is tried only where the soreness itself matched (speed: 1 ms per assessment).
      `(?:(?:barely|hardly|struggling to|struggle to|can hardly|can barely) (?:walk|get) (?:down|up) {det}stairs|(?:thighs|legs|calves|arms|bum|glutes|muscles|hamstrings|quads) {ww}(?:so |really |very |super )?(?:sore|stiff|aching|achy|on fire|killing))(?<=${EXERCISE}[a-z0-9 ,]{0,200})`,
    ], subsumes: ['joint_pain', 'knee_pain', 'back_pain', 'neck_pain', 'shoulder_pain', 'minor_injury'] }],
    // NHS "Rhabdomyolysis": muscle pain far worse than expected, weakness, or dark (brown) urine after exercise needs A&E or 111.
    urgent: [{ any: ['blood_in_urine', 'reduced_urine', 'no_urine', 'severe', 'fever', 'tight_swollen_limb', 'one_sided_weakness'], role: 'gp',
      why: 'Muscle pain after exercise with dark or little urine, swelling or severe pain can be muscle breakdown and needs assessment today.' }],
    selfCare: [{ durationDays: { max: 7 }, why: 'Aching, stiff muscles for a few days after new or harder exercise are normal; rest, gentle movement and painkillers from a pharmacy help.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'dry-eyes', name: 'Dry, sore or tired eyes', system: 'eye', source: 'nhs-dry-eyes', role: 'pharmacist', since: V, presentation: ['dry_eyes'],
    concepts: [{ id: 'dry_eyes', label: 'dry, gritty or tired eyes', patterns: [
      '(?:dry|gritty|tired|sandy|scratchy|sore tired|strained) (?:and (?:gritty|tired|sore|dry) )?eyes?', 'eyes? {ww}(?:dry|gritty|sandy|scratchy|tired|strained)(?! (?:to|of))', '(?:like|as if) (?:there is |theres )?sand in {det}eyes?',
      'eyes? {www}(?:computer|laptop|screens?)', '(?:computer|laptop|screens?) {www}eyes?', '(?:dry|gritty) and (?:gritty|dry|sore|tired)', 'feels? like (?:there is |theres )?(?:sand|grit)',
    ] }],
    urgent: [{ any: EYE_WARNINGS, role: 'gp', why: 'Eye pain, changes in vision, sensitivity to light or an injury should be examined today.' }],
    routine: [{ any: ['self_care_failed'], role: 'gp', why: 'Dry eyes that do not improve with eye drops from a pharmacy are checked by an optician or GP.' }],
    selfCare: [{ none: EYE_WARNINGS, why: 'Dry, tired eyes improve with breaks from screens and lubricating eye drops from a pharmacy.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'eye-allergy', name: 'Itchy, watery eyes from an allergy (hay fever, pets)', system: 'eye', source: 'nhs-hay-fever', role: 'pharmacist', since: V, presentation: ['allergic_eyes'],
    concepts: [{ id: 'allergic_eyes', label: 'itchy, watery eyes with an allergic trigger', patterns: [
      'eyes? {ww}(?:itchy|itching|watery|watering|streaming) (?:(?:\\w+|,) ){0,16}(?:cats?|dogs?|pets?|pollen|grass|hay ?fever|animals?|horses?|dust|spring|summer)',
      '(?:cats?|dogs?|pets?|pollen|grass|hay ?fever|animals?|horses?|dust) {www}eyes? {ww}(?:itchy|itching|watery|watering|streaming)',
      'itchy (?:and )?(?:watery|streaming|red|puffy) eyes? {www}(?:cats?|dogs?|pets?|pollen|grass|hay ?fever|animals?|horses?|dust|every (?:year|spring|summer))',
    ] }],
    urgent: [{ any: EYE_WARNINGS, role: 'gp', why: 'Eye pain, changes in vision or sensitivity to light are not hay fever and should be examined today.' }],
    selfCare: [{ none: EYE_WARNINGS, why: 'Itchy, watery eyes from pollen or animals are eased by antihistamine tablets or eye drops from a pharmacy and by avoiding the trigger.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'jet-lag', name: 'Jet lag', system: 'general', source: 'nhs-jet-lag', role: 'pharmacist', since: V, presentation: ['jet_lag'],
    concepts: [{ id: 'jet_lag', label: 'jet lag', patterns: ['jet ?lag\\w*', 'time (?:difference|zones?) {www}(?:sleep|awake|tired)', '(?:body clock|sleep) {www}(?:all over the place|messed up) {www}(?:flight|flying|trip|holiday)'] }],
    selfCare: [{ why: 'Jet lag settles in a few days; daylight at the new time, short naps and regular meals help, and a pharmacist can advise.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'heat-rash', name: 'Heat rash (prickly heat)', system: 'skin', source: 'nhs-heat-rash', role: 'pharmacist', since: V, presentation: ['heat_rash'],
    concepts: [{ id: 'heat_rash', label: 'heat rash', patterns: [
      'heat rash', 'prickly heat', 'sweat rash', '(?:tiny|little|small) (?:red |raised )?(?:spots|bumps|dots) {near}(?:warm|hot|heat|sweat\\w*|snow ?suit|too many layers|wrapped up)',
      '(?:warm|hot|heat|sweat\\w*|snow ?suit|too many layers|wrapped up) {www}(?:tiny|little|small) (?:red |raised )?(?:pin ?prick )?(?:spots|bumps|dots)',
    ] }],
    urgent: [{ any: SKIN_WARNINGS, role: 'gp', why: 'A rash with a temperature, that does not fade when pressed or in a child who is unwell should be seen today.' }],
    selfCare: [{ none: SKIN_WARNINGS, why: 'Heat rash settles in a few days once the skin is kept cool; loose cotton clothes, cool baths and calamine lotion help.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'shaving-rash', name: 'Shaving rash and ingrown hairs', system: 'skin', source: 'nhs-ingrown-hairs', role: 'pharmacist', since: V, presentation: ['shaving_rash'],
    concepts: [{ id: 'shaving_rash', label: 'a rash or bumps after shaving', patterns: [
      '(?:bumps|spots|rash|redness|red marks) {www}(?:after|since|from) (?:i |she |he )?(?:shav\\w*|waxing|waxed|epilat\\w*)', 'razor (?:bumps|burn|rash)', 'shaving rash', 'ingrown hairs?',
    ] }],
    urgent: [{ any: SKIN_WARNINGS.concat(['spreading', 'boil']), role: 'gp', why: 'A spreading red area, pus or a temperature after shaving can be an infection that needs seeing today.' }],
    selfCare: [{ none: SKIN_WARNINGS, why: 'Bumps after shaving usually settle on their own; stop shaving the area for a while and use a gentle exfoliating wash.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'chafing', name: 'Chafing and sore skin folds (intertrigo)', system: 'skin', source: 'nhs-intertrigo', role: 'pharmacist', since: V, presentation: ['chafing'],
    concepts: [{ id: 'chafing', label: 'chafed skin or sore skin folds', patterns: [
      'chaf\\w*', 'intertrigo', '(?:thighs|legs) {ww}rubb\\w*', '(?:red|sore|raw) (?:skin )?(?:in|on|between|under) {det}(?:groin|armpits?|skin folds?|folds|inner thighs|thighs|breasts)',
    ] }],
    urgent: [{ any: SKIN_WARNINGS, role: 'gp', why: 'Sore skin with a temperature, spreading redness or pus should be seen today.' }],
    routine: [{ any: ['self_care_failed', 'diabetes'], role: 'gp', why: 'Sore skin folds that do not clear, or in a person with diabetes, are checked by a GP.' }],
    selfCare: [{ none: SKIN_WARNINGS, why: 'Chafed skin heals when kept clean and dry; a barrier cream and loose clothing help.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'molluscum', name: 'Molluscum contagiosum', system: 'skin', source: 'nhs-molluscum', role: 'pharmacist', since: V, presentation: ['molluscum'],
    concepts: [{ id: 'molluscum', label: 'small pearly spots with a dimple', patterns: [
      'molluscum', '(?:pearly|shiny|pink|flesh coloured|skin coloured|white) {w}(?:bumps|spots|lumps|blobs) {www}(?:dimple|dent|dip|hole|dot) in (?:the |each )?(?:middle|centre|center|top)',
    ] }],
    routine: [{ any: ['near_eye', 'eczema', 'immunosuppressed', 'skin_infected'], role: 'gp', why: 'Molluscum spots near the eye, with eczema or a weak immune system are checked by a GP.' }],
    selfCare: [{ why: 'Molluscum spots are harmless and clear on their own within 18 months; try not to scratch or squeeze them.', advice: ['minor-pharmacy'], exempt: ['AL-PARTLY-RECOGNISED'] }],
  },
  {
    id: 'angular-cheilitis', name: 'Sore, cracked corners of the mouth', system: 'skin', source: 'nhs-angular-cheilitis', role: 'pharmacist', since: V, presentation: ['mouth_corners'],
    concepts: [{ id: 'mouth_corners', label: 'sore, cracked corners of the mouth', patterns: [
      '(?:cracked|sore|split|splitting|red|crusty) corners? of {det}(?:mouth|lips)', 'corners? of {det}(?:mouth|lips) {ww}(?:cracked|sore|split|splitting|red|crusty)', 'angular cheilitis',
    ] }],
    routine: [{ any: ['self_care_failed'], durationDays: { min: 14 }, role: 'gp', why: 'Sore corners of the mouth that do not heal with pharmacy creams are checked by a GP.' }],
    selfCare: [{ why: 'Sore, cracked corners of the mouth heal with lip balm or a cream from a pharmacy; try not to lick them.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'sports-overuse', name: 'Shin splints, heel pain and knee pain from sport in the growing years', system: 'musculoskeletal', source: 'nhs-shin-splints', role: 'pharmacist', since: V,
    presentation: ['sports_overuse'],
    concepts: [{ id: 'sports_overuse', label: 'pain from overuse in running or sport', patterns: [
      'shin splints', '(?:shins?|heels?|below {det}knee ?caps?|under {det}knee ?caps?|just below {det}knees?) {www}(?:after|when|during|from) {det}(?:running|netball|football|training|sport|matches|games|pe|dancing|gymnastics|runs?)',
      '(?:pain|ache|aching|sore) {ww}(?:under|in|on|bottom of|underneath) {det}heels? {www}(?:first thing|in the morning|first steps|getting out of bed)', 'osgood',
    ] }],
    // NHS "Shin splints", "Heel pain", "Knee pain": see a GP or physiotherapist if not better after 2 weeks of self-care, or with swelling, a limp or at night.
    urgent: [{ any: ['fracture_signs', 'fever', 'hot_swollen_joint'], role: 'gp', why: 'Pain with a temperature, a hot swollen joint or being unable to put weight on the leg should be seen today.' }],
    routine: [{ any: ['self_care_failed', 'night_pain', 'swelling_after_knock'], role: 'physiotherapist', why: 'Pain from sport that is not better after 2 weeks of rest, or with swelling or pain at night, is seen by a physiotherapist.' },
      { durationDays: { min: 14 }, role: 'physiotherapist', why: 'Pain from sport that has lasted more than 2 weeks is seen by a physiotherapist.' }],
    selfCare: [{ durationDays: { max: 13 }, why: 'Pain from running or sport usually eases with rest, ice, comfortable shoes and painkillers from a pharmacy; return to sport slowly.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'chilblains', name: 'Chilblains', system: 'skin', source: 'nhs-chilblains', role: 'pharmacist', since: '2026.12.23', presentation: ['chilblains'],
    concepts: [{ id: 'chilblains', label: 'chilblains', patterns: [
      'chilblains?', '(?:toes|fingers|feet|ears) {ww}(?:go|goes|going|went|get|turn|turning|are|get really) (?:red|purple|itchy|swollen) (?:(?:\\w+|,) ){0,9}(?:cold|winter|frost|chilly)',
      '(?:cold|winter|chilly|frost) {www}(?:toes|fingers) {ww}(?:red|purple|itchy|swollen)',
    ] }],
    // NHS "Chilblains": see a GP if they do not improve within 2 weeks, keep coming back, are very painful or infected, or with diabetes.
    urgent: [{ any: ['skin_infected', 'fever', 'cellulitis'], role: 'gp', why: 'A chilblain that looks infected (pus, spreading redness, a temperature) should be seen today.' }],
    routine: [{ any: ['diabetes', 'self_care_failed', 'severe'], role: 'gp', why: 'Chilblains with diabetes, that are very painful or that do not heal are checked by a GP.' }],
    selfCare: [{ why: 'Chilblains usually clear in 1 to 2 weeks; keep the skin warm (not hot), do not scratch, and a pharmacist can suggest a soothing lotion.', advice: ['minor-pharmacy'] }],
  },
];
