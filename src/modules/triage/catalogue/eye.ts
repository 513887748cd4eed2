/** Eyes. Sudden loss of vision and chemical injury are in rules/emergency.ts; painful red eye and vision change in rules/urgent.ts. */
import type { Complaint } from './complaint.ts';

export const EYE: Complaint[] = [
  {
    id: 'eye-injury', name: 'Eye injury or something in the eye', system: 'eye', source: 'nhs-eye-injury', role: 'gp', presentation: ['eye_injury'],
    concepts: [
      { id: 'eye_injury', label: 'an eye injury or something in the eye', patterns: ['(?:something|grit|dust|sand|metal|a bit of \\w+|a piece of \\w+|a splinter|a chip|a fragment) {w}(?:flew|fly|flies|flying|blew|went|got|flicked|came|shot|pinged) (?:into|in) {det}(?:left |right )?eyes?', 
        '(?:something|grit|dust|sand|an eyelash|metal|glass|a bit of \\w+|a piece of \\w+|a splinter) {ww}in {det}(?:left |right )?eyes?', '(?:hit|poked|punched|scratched|struck|injured|hurt|caught|jabbed|stabbed) {ww}(?:in )?{det}(?:left |right )?eyes?',
        'eye injur\\w*', 'scratch\\w* {ww}(?:on )?{det}eye', 'black eye', '(?:eye|eyeball) (?:got |was |has been )?(?:hit|struck|smacked|whacked|punched) (?:by|with)', '(?:went|gone|go|poked|stuck|flew) (?:in|into) {det}(?:corner of {det})?(?:left |right )?eyes?', '(?:cut|scratch|wound) (?:on|in) {det}(?:left |right )?eye(?!lid|brow)',
      ] },
      // 2026.12.15: blood inside the coloured part after a blow (hyphaema); a ball or fist to the eye is an injury.
      { id: 'hyphaema', label: 'blood inside the front of the eye', patterns: ['blood {www}(?:inside|in|over|behind) {det}(?:coloured|colored|iris|pupil)', 'hyphaema'] },
      { id: 'eye_high_speed', label: 'a high-speed or sharp object in the eye', patterns: ['grind\\w*', 'drill\\w*', 'hammer\\w*', '(?<!like )metal(?!lic)', 'glass', 'knife', 'penetrat\\w*', 'firework', 'pellet', 'darts?', 'pencil', '(?:a|the|with|by) stick', 'needle', 'scissors', 'skewer'] },
    ],
    emergency: [{ any: ['eye_high_speed', 'sudden_vision_loss', 'visual_disturbance', 'heavy_bleeding', 'hyphaema'], why: 'An eye injury from a high-speed or sharp object, or with changed vision, needs A&E now.', redFlag: 'Serious eye injury', action: 'go-to-ae' }],
    urgent: [{ why: 'An eye injury or something stuck in the eye should be checked today (an urgent optician or eye casualty).' }],
  },
  {
    id: 'red-eye', name: 'Red or painful eye', system: 'eye', source: 'nhs-red-eye', role: 'gp', presentation: ['red_eye', 'red_eye_painful', 'eye_pain', 'sticky_eye'],
    emergency: [{ any: ['haloes'], why: 'A painful red eye with blurred vision and haloes round lights, often with vomiting, can be acute glaucoma, which needs treatment within hours.', redFlag: 'Possible acute glaucoma', action: 'go-to-ae' },
      { all: ['sudden', 'eye_pain'], any: ['vomiting', 'nausea', 'visual_disturbance'], why: 'A sudden painful eye with vomiting or blurred vision can be acute glaucoma.', redFlag: 'Possible acute glaucoma', action: 'go-to-ae' }],
    concepts: [
      { id: 'red_eye', label: 'a red eye', patterns: ['red (?:left |right )?eyes?', 'eyes? (?:is |are |has gone |went |looks )?{w}(?:red|bloodshot)', 'bloodshot'] },
      { id: 'haloes', label: 'haloes or rainbow rings round lights', patterns: ['(?:rainbow|coloured|colored) (?:rings|halos|haloes|circles)', 'halos? (?:around|round) {det}lights', 'haloes'] },
      { id: 'eye_pain', label: 'eye pain', patterns: ['eyes? {www}(?:pain|painful|hurts?|aching|aches|throbbing)', '(?:pain|ache) {ww}(?:in|behind) {det}(?:left |right )?eyes?', 'painful eyes?'] },
      { id: 'contact_lens', label: 'wears contact lenses', patterns: ['contact lens\\w*', 'contacts'] },
    ],
    urgent: [{ any: ['photophobia', 'visual_disturbance', 'contact_lens', 'severe', 'eye_pain', 'sudden'], why: 'A red eye with pain, light sensitivity, blurred vision or in a contact lens wearer needs same-day assessment.', redFlag: 'Red eye with warning signs' },
      { ageMonths: { max: 0 }, age: { max: 0 }, why: 'Red or sticky eyes in a newborn baby need a same-day assessment.', source: 'nhs-conjunctivitis-newborn' }],
    selfCare: [{ none: ['eye_pain', 'photophobia', 'visual_disturbance', 'contact_lens'], why: 'A red eye without pain or vision change often settles on its own; a pharmacist can advise.', source: 'nice-cks-conjunctivitis', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'eyelid', name: 'Eyelid problems (stye, blepharitis)', system: 'eye', source: 'nhs-stye', role: 'pharmacist', presentation: ['eyelid_lump'],
    concepts: [{ id: 'eyelid_lump', label: 'a stye or sore eyelid', patterns: ['styes?', 'chalazion', 'blepharitis', '(?:lump|spot|bump|swelling) {www}(?:eye)?lid', '(?:sore|itchy|crusty) (?:eye)?lids?',
      '(?:eye ?lids?|lids) {www}(?:itchy|red|crusty|sore|flaky|gritty|swollen)', 'crusty (?:bits )?(?:on|along) {det}(?:eye)?lashes',
      // "my eye has a painful red lump on the edge of the lid": the pain and redness are the stye's (2026.12.26).
      'eyes? {www}(?:lump|spot|bump|swelling) {www}(?:eye)?lid'], subsumes: ['cancer_concern', 'eye_pain', 'red_eye'] }],
    routine: [{ any: ['self_care_failed'], durationDays: { min: 14 }, role: 'gp', why: 'An eyelid lump that has not gone after a few weeks is seen by a GP.' }],
    selfCare: [{ why: 'Styes and sore eyelids usually get better with warm compresses and lid cleaning; a pharmacist can advise.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'squint', name: 'Squint or lazy eye in a child', system: 'eye', source: 'nhs-squint', role: 'gp', presentation: ['squint'],
    concepts: [{ id: 'squint', label: 'a squint', patterns: ['squint', 'lazy eye', 'cross ?eyed', 'eyes? {ww}(?:turns? in|turns? out|wander\\w*)'] }],
    routine: [{ why: 'A squint should be checked by a GP or optician.' }],
  },
];
