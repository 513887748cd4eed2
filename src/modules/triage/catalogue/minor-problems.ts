/**
 * Common minor problems that NHS pages say can be looked after at home or with a pharmacist, each
 * with the warning signs from the same page that send it to a clinician (2026.12.3). Without
 * them a well person describing a blister or hiccups fell through to a GP review.
 */
import type { Complaint } from './complaint.ts';

const V = '2026.12.3';

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
    ] }],
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
    urgent: [{ any: ['wound_infected', 'skin_infected', 'spreading', 'fever', 'cellulitis'], why: 'A blister that looks infected (hot, pus, spreading red) should be seen today.' }],
    selfCare: [{ none: ['diabetes', 'burn_injury'], why: 'A blister from rubbing heals on its own; cover it with a plaster and do not pop it.', advice: ['minor-pharmacy'] }],
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
];
