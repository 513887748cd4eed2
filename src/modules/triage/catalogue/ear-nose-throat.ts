/** Ear, nose, throat and mouth. Throat swelling in anaphylaxis is in rules/emergency.ts. */
import type { Complaint } from './complaint.ts';

export const EAR_NOSE_THROAT: Complaint[] = [
  {
    id: 'sore-throat-severe', name: 'Sore throat with airway or swallowing problems (epiglottitis, quinsy)', system: 'ear-nose-throat', source: 'nhs-sore-throat', role: 'gp', presentation: ['sore_throat', 'cant_swallow'],
    concepts: [
      { id: 'cant_swallow', label: 'cannot swallow', patterns: ['(?:cant|cannot|unable to|can hardly|can barely|hardly|barely|struggling to) (?:even )?swallow\\w*', '(?:swallowing|to swallow) is (?:impossible|agony)', 'cant (?:eat|drink) {ww}(?:throat|swallow)'] },
      { id: 'drooling', label: 'drooling', patterns: ['drool\\w*', 'dribbl\\w* {ww}(?:saliva|spit)', 'cant swallow {det}(?:saliva|spit)', 'spitting out {det}saliva', 'not even (?:his|her|their|my|your) (?:own )?(?:spit|saliva)', '(?:spit|saliva) {ww}(?:dribbl\\w*|drool\\w*|running|pouring|coming) (?:out|down)'] },
      { id: 'muffled_voice', label: 'a muffled voice or a swelling at the back of the throat', patterns: ['muffled (?:voice)?', 'hot potato', 'swelling (?:on|at) (?:one side|the back) of {det}throat', 'one (?:side|tonsil) {ww}(?:swollen|bigger|pushed)', 'one (?:side|tonsil) (?:much |a lot |far |way )?(?:more|worse) (?:painful |sore )?(?:and )?(?:swollen|bigger)', 'quinsy', 'epiglottitis'] },
    ],
    emergency: [{ any: ['drooling', 'stridor', 'breathless', 'breathless_severe', 'throat_swelling'], why: 'A sore throat with drooling, noisy breathing or difficulty breathing can mean the airway is swelling (epiglottitis) and needs 999.', redFlag: 'Sore throat with airway signs', source: 'nhs-epiglottitis' },
      { all: ['cant_swallow', 'rapidly_worsening'], why: 'A sore throat that is rapidly getting worse with difficulty swallowing needs emergency care.', redFlag: 'Rapidly worsening throat' },
      { since: '2026.12.2', alone: true, all: ['food_stuck'], anyOf: [['cant_swallow', 'drooling', 'breathless', 'breathless_severe', 'stridor']], source: 'nhs-999', action: 'go-to-ae',
      why: 'Food or an object stuck in the throat so that you cannot swallow your own saliva or breathe easily needs A&E now.', redFlag: 'Something stuck in the throat' }],
    urgent: [{ any: ['cant_swallow', 'muffled_voice', 'lockjaw'], why: 'A sore throat with difficulty swallowing, a muffled voice or difficulty opening the mouth can be quinsy and needs same-day assessment.', redFlag: 'Possible quinsy', source: 'nhs-quinsy' },
      { any: ['immunosuppressed'], why: 'A sore throat with a weak immune system needs a same-day assessment.' }],
  },
  {
    id: 'earache-complicated', name: 'Earache with warning signs', system: 'ear-nose-throat', source: 'nhs-earache', role: 'gp', presentation: ['earache', 'ear_discharge'],
    concepts: [
      { id: 'ear_discharge', label: 'discharge from the ear', patterns: ['(?:discharge|pus|fluid|gunk|liquid|blood) {ww}(?:from|out of|coming out of|in) {det}(?:left |right )?ears?', 'ears? {ww}(?:discharg\\w*|weep\\w*|leak\\w*|oozing)', 'runny ears?'] },
      { id: 'ear_all_night', label: 'screaming or awake with ear pain', patterns: ['(?:screaming|crying|awake|up) {www}(?:all night|most of the night)'] },
      { id: 'behind_ear_swelling', label: 'swelling or redness behind the ear', patterns: ['(?:swelling|swollen|red|lump|tender|painful) {ww}behind {det}(?:left |right )?ears?', 'behind {det}ears? {ww}(?:swollen|red|tender|sticking out)', 'ear {ww}sticking out', 'mastoid\\w*'] },
    ],
    emergency: [{ any: ['behind_ear_swelling'], anyOf: [['fever', 'drowsy', 'confusion', 'headache', 'stiff_neck']], why: 'A swollen, red area behind the ear with fever can be mastoiditis, which needs hospital treatment now.', redFlag: 'Possible mastoiditis', action: 'go-to-ae' }],
    urgent: [{ all: ['fever'], any: ['severe', 'high_fever', 'self_care_failed', 'ear_all_night'], age: { min: 1, max: 15 }, role: 'pharmacist', source: 'pharmacy-first', why: 'A child with earache and a fever that painkillers are not settling should be assessed today; a pharmacist can do this under Pharmacy First.' },
      { any: ['behind_ear_swelling', 'face_droop', 'hearing_loss_sudden'], why: 'Earache with swelling behind the ear, a weak face or sudden hearing loss needs same-day assessment.', redFlag: 'Ear with warning signs' },
      { age: { max: 0 }, all: ['fever'], why: 'A baby with earache and fever should be checked today.' }],
    routine: [{ any: ['ear_discharge'], durationDays: { min: 3 }, why: 'Discharge from the ear for more than a few days should be seen by a GP.', source: 'nhs-ear-infection' }],
  },
  {
    id: 'hearing-loss', name: 'Hearing loss', system: 'ear-nose-throat', source: 'nhs-hearing-loss', role: 'gp', presentation: ['hearing_loss', 'hearing_loss_sudden'],
    concepts: [
      { id: 'hearing_loss', label: 'hearing loss', patterns: ['(?:hearing|hear) {ww}(?:loss|lost|gone|worse|muffled|dull)', 'deaf\\w*', '(?:cant|cannot|struggling to) hear', 'muffled (?:hearing|sounds?)'] },
      { id: 'hearing_loss_sudden', label: 'sudden hearing loss', patterns: ['(?:woke|wake|woken)(?: up)? {near}(?:deaf|cant hear|couldnt hear|without hearing)',
        // "Woke up with my right ear completely muffled, like it's full of cotton wool": one ear gone dull overnight (2026.12.32).
        '(?:woke|wake|woken)(?: up)? {near}(?:muffled|muted|like {ww}(?:under ?water|cotton wool))', '(?:suddenly|overnight) {ww}(?:gone |went )?(?:muffled|muted)',
        // Hearing said to have gone or be lost in one ear (one concept and one rule since 2026.12.32; before, a second copy of both).
        '(?:hearing|hear) {www}(?:gone|went|lost|disappeared|almost gone|nearly gone)', '(?:lost|losing) (?:the |my |his |her )?hearing', '(?:suddenly|gone|went) deaf', '(?:cant|cannot|can hardly|can barely|can only just) hear (?:anything |a thing |much )?(?:in|out of|with|from) {det}(?:left|right)? ?ear', '(?:suddenly|overnight) {ww}(?:cant|couldnt|cannot) hear', 'sudden(?:ly)? {ww}(?:deaf|lost {det}hearing|cant hear|hearing loss)', '(?:woke|wake|woken) up {ww}(?:deaf|cant hear|without hearing)', 'lost (?:all )?(?:the )?hearing (?:in|on) (?:one|my left|my right|the left|the right)'] },
    ],
    urgent: [{ any: ['hearing_loss_sudden'], none: ['ear_wax', 'cold'], why: 'Sudden hearing loss in one ear needs assessment within a day (treatment works best early).', redFlag: 'Sudden hearing loss' }],
    // Hearing muffled with a cold is the blocked ear of that illness (NHS "Ear infections"), not hearing loss to assess (2026.12.27).
    routine: [{ since: '2026.12.27', none: ['ear_wax', 'outer_ear_infection', 'cold'], why: 'Gradual hearing loss is assessed by a GP, who can refer for a hearing test.' }],
  },
  {
    // 2026.12.18: an itchy, sore ear canal that hurts when the ear is pulled, often after swimming, is an outer ear infection;
    // NHS ear infections: a pharmacist can advise on drops, and a GP sees it if it does not improve, with a fever or with diabetes.
    id: 'outer-ear-infection', name: 'Outer ear infection (otitis externa)', system: 'ear-nose-throat', source: 'nhs-ear-infection', role: 'pharmacist', since: '2026.12.18',
    presentation: ['outer_ear_infection'],
    concepts: [{ id: 'outer_ear_infection', label: 'an itchy, sore ear canal', patterns: [
      'otitis externa', 'swimmers? ear', 'ear canal {www}(?:itchy|itching|sore|painful|red|swollen|flaky)',
      // "itchy and a bit sore right ear after my holiday swimming" (2026.12.32).
      '(?:itchy|itching|sore) {www}ear {www}(?:after|since|from) {ww}(?:swimming|swim|the pool|swimming lessons)', 'ear {www}(?:itchy|itching|sore) {www}(?:after|since|from) {ww}(?:swimming|swim|the pool|swimming lessons)',
      '(?:hurts|pain\\w*|sore|worse) {www}(?:pull|pulling|pulled|tug\\w*|press\\w*|touch\\w*|wiggl\\w*) {www}(?:ear ?lobe|ear)',
    ] }],
    routine: [{ any: ['self_care_failed', 'fever', 'diabetes', 'worsening'], role: 'gp', why: 'An outer ear infection that has not cleared with drops, with a temperature, or in someone with diabetes is seen by a GP.' }],
    selfCare: [{ why: 'An itchy, sore ear canal after swimming is usually an outer ear infection: keep the ear dry, take painkillers, and a pharmacist can advise on drops.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'ear-wax', name: 'Ear wax', system: 'ear-nose-throat', source: 'nhs-earwax', role: 'pharmacist', presentation: ['ear_wax'],
    concepts: [{ id: 'ear_wax', label: 'ear wax', patterns: ['ear ?wax', 'wax (?:in|build ?up)', '(?:ear|ears) {ww}(?:blocked|bunged up|full)', 'blocked ears?', 'ear syringing', 'ear irrigation'] },
      // "ear doesn't feel blocked with wax" denies wax; the denial sits inside the phrase, so it is read as its own concept (2026.12.21).
      { id: 'ear_not_blocked', label: 'an ear that does not feel blocked', patterns: ['(?:ear|ears) {w}(?:doesnt|dont|does not|do not|isnt|is not|arent|not) {w}(?:feel |feels |seem |seems )?(?:blocked|full|bunged up)(?: with wax)?'], subsumes: ['ear_wax'] }],
    routine: [{ any: ['self_care_failed'], role: 'nurse', why: 'Wax that drops have not cleared may need removing; the practice will advise.' },
      // NHS earwax: drops clear most wax within about 5 days; an ear still blocked after weeks is seen (2026.12.17).
      { durationDays: { min: 14 }, role: 'nurse', why: 'An ear still blocked with wax after two weeks may need the wax removed; the practice will advise.' }],
    selfCare: [{ why: 'Ear wax usually clears with olive oil or ear drops from a pharmacy; do not use cotton buds.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'tinnitus', name: 'Tinnitus', system: 'ear-nose-throat', source: 'nhs-tinnitus', role: 'gp', presentation: ['tinnitus'],
    concepts: [{ id: 'tinnitus', label: 'tinnitus', patterns: ['tinnitus', '(?:ringing|buzzing|whooshing|humming) in {det}ears?', 'ears? (?:are )?ringing'] }],
    urgent: [{ any: ['face_droop', 'hearing_loss_sudden'], why: 'Tinnitus with face weakness or sudden hearing loss should be assessed today.' }],
    routine: [{ why: 'Tinnitus that does not go away is assessed by a GP.' }],
  },
  {
    id: 'nosebleed', name: 'Nosebleed', system: 'ear-nose-throat', source: 'nhs-nosebleed', role: 'pharmacist', presentation: ['nosebleed'],
    concepts: [
      { id: 'nosebleed', label: 'a nosebleed', patterns: ['nose ?bleeds?', 'bleed\\w* {ww}(?:from )?{det}nose', 'nose {ww}bleed\\w*'] },
      { id: 'bleeding_long', label: 'bleeding for more than 10 to 15 minutes', patterns: ['(?:for|over|more than|about|nearly|almost) (?:(?:1[5-9]|[2-9]\\d|fifteen|twenty|thirty|forty) min\\w*|half an hour|an hour|(?:1|2|one|two) hours?)'] },
      { id: 'swallowing_blood', label: 'swallowing blood', patterns: ['swallow\\w* {ww}blood', 'blood {ww}(?:down|in) {det}(?:throat|back of)'] },
      // NHS Nosebleeds: A&E for a nosebleed that lasts over 10 to 15 minutes; one that has stopped with pressure is looked after at home (issue 11).
      { id: 'bleeding_stopped', label: 'bleeding that has stopped', patterns: [
        '(?:it|bleeding|the bleeding|nosebleed|the nosebleed|bleed|the bleed|nose) (?:has |had |have |is |was )?(?:now |finally |eventually |since )?(?:stopped|settled|stopped bleeding)(?! (?:and|then|but) (?:started|start\\w*|came back|keeps?))',
        'its (?:now )?(?:stopped|settled)(?! (?:and|then|but) (?:started|start\\w*|came back))', 'stopped (?:on its own|by itself|with pressure|after (?:pressing|pinching|pressure))',
      ] },
      { id: 'recurrent', label: 'keeps happening', patterns: ['(?:keep|keeps|kept) (?:getting|having|happening|coming back)', '(?:[2-9]|two|three|four|five|six|several|a few|a couple of) (?:hypos|episodes|attacks|fits|seizures|falls|faints|blackouts) (?:this|in the last|in a|over the last|last|in one) (?:week|few days|days|fortnight|month)', 'every (?:day|week)', 'again and again', 'recurr\\w*', 'frequent',
        // "5 or 6 times a month", "something to prevent them" (2026.12.18).
        '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:or (?:\\d+|\\w+) )?times (?:a|per|each|every) (?:month|week)', '(?:something|tablets?|medicine|treatment) to (?:prevent|stop) them'] },
    ],
    emergency: [{ any: ['bleeding_long', 'heavy_bleeding', 'faint', 'near_faint', 'breathless', 'head_injury', 'swallowing_blood'], none: ['bleeding_stopped'], why: 'A nosebleed lasting more than 10 to 15 minutes, heavy, after a head injury or with faintness needs A&E.', redFlag: 'Nosebleed that will not stop', action: 'go-to-ae' }],
    routine: [{ any: ['anticoagulant', 'self_care_failed', 'recurrent'], role: 'gp', why: 'Nosebleeds that keep happening, or on blood thinners, should be seen by a GP.' }],
    selfCare: [{ why: 'Most nosebleeds stop by pinching the soft part of the nose and leaning forward for 10 to 15 minutes.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'mouth', name: 'Mouth ulcers, gums and teeth', system: 'ear-nose-throat', source: 'nhs-mouth-ulcers', role: 'pharmacist', presentation: ['mouth_problem', 'tooth_problem'],
    concepts: [
      { id: 'mouth_problem', label: 'a mouth ulcer or sore gums', patterns: ['ulcers? {www}(?:mouth|tongue|gum|gums|cheek|lip)', 'mouth ulcers?', 'ulcers? (?:in|on) {det}(?:mouth|tongue|gum|gums|cheek|lip)', 'gums? {ww}(?:bleed\\w*|sore|swollen)', 'bleeding gums', 'oral thrush', 'white patches? (?:in|on) {det}(?:mouth|tongue)', 'dry mouth', 'sore tongue',
        // A mouth ulcer described, not named (NHS Mouth ulcers; NHS England OTC guidance) (issue 11).
        '(?:hole|sore|spot|crater|white spot|blister) {www}(?:inside|inner side|in) (?:of )?{det}(?:cheek|lip|mouth|gum|tongue)', '(?:inside|inner side) of {det}(?:cheek|lip) {www}(?:sore|ulcer|white|hole|stings?)',
        '(?:wobbly|loose|wiggly) (?:baby )?tooth', '(?:bit|bitten) {det}(?:cheek|tongue|lip)'] },
      { id: 'tooth_problem', label: 'toothache or a dental abscess', patterns: ['tooth ?ache', '(?:throbbing|painful|sore|aching|bad|broken|cracked|rotten|abscessed) (?:back |front |wisdom |top |bottom )?tooth', 'teeth {ww}(?:ache|hurt|pain)', 'tooth {ww}(?:ache|hurts|pain|broken|abscess|infection)', 'dental (?:abscess|pain|problem)', 'wisdom (?:tooth|teeth)', 'dentist'] },
      { id: 'facial_swelling', label: 'facial or neck swelling', patterns: ['(?:face|cheek|jaw|neck) {ww}(?:swollen|swelling|puffed up)', '(?:swollen|swelling (?:of|in)) {det}(?:face|cheek|jaw|neck)'] },
    ],
    emergency: [{ any: ['facial_swelling'], anyOf: [['breathless', 'cant_swallow', 'near_eye', 'eye_swollen_shut', 'fever']], why: 'Swelling from a tooth or mouth that spreads to the eye or neck, or makes breathing or swallowing hard, needs A&E now.', redFlag: 'Spreading facial swelling', action: 'go-to-ae', source: 'nhs-dental-abscess' }],
    // NHS "Dental abscess": a face or jaw swelling from a tooth needs urgent help today (an urgent dentist or NHS 111) (2026.12.23).
    urgent: [{ since: '2026.12.23', all: ['tooth_problem', 'facial_swelling'], role: 'gp', source: 'nhs-dental-abscess', redFlag: 'Swelling from a tooth',
      why: 'A swollen face or jaw from a bad tooth can be a spreading abscess: it needs treatment today from an urgent dentist or NHS 111; go to A&E if it spreads to the eye or neck or makes breathing or swallowing hard.' }],
    routine: [{ durationDays: { min: 21 }, role: 'gp', why: 'A mouth ulcer or patch lasting 3 weeks or more should be seen (NICE NG12).', source: 'nice-ng12', redFlag: 'Mouth ulcer over 3 weeks' }],
    selfCare: [{ none: ['facial_swelling'], durationDays: { max: 20 }, why: 'Mouth ulcers and sore gums usually heal on their own; a pharmacist can suggest treatment, and a dentist sees tooth and gum problems.', advice: ['minor-pharmacy'], source: 'nhs-toothache' }],
  },
  {
    id: 'hoarse-voice', name: 'Hoarse voice', system: 'ear-nose-throat', source: 'nhs-hoarse', role: 'gp', presentation: ['hoarse'],
    concepts: [{ id: 'hoarse', label: 'a hoarse voice', patterns: ['hoarse\\w*', 'lost {det}voice', 'croaky (?:voice)?', 'voice (?:has )?(?:gone|changed|croaky)', 'laryngitis'] }],
    routine: [{ durationDays: { min: 21 }, why: 'A hoarse voice lasting 3 weeks or more should be seen by a GP (NICE NG12).', source: 'nice-ng12' }],
    selfCare: [{ durationDays: { max: 20 }, why: 'A hoarse voice with a cold usually gets better in a week or two; rest your voice and drink plenty.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'neck-lump', name: 'Lump in the neck or swollen glands', system: 'ear-nose-throat', source: 'nhs-swollen-glands', role: 'gp', presentation: ['neck_lump'],
    concepts: [{ id: 'neck_lump', label: 'a lump in the neck or swollen glands', patterns: ['(?:lump|swelling) (?:in|on) {det}(?:left |right )?(?:neck|armpit)', 'swollen glands?', 'glands? {ww}(?:up|swollen|up in {det}neck)', 'lymph nodes?'] }],
    urgent: [{ any: ['breathless', 'cant_swallow', 'stridor'], why: 'A neck swelling with breathing or swallowing difficulty needs a same-day assessment.' }],
    // NHS swollen glands: with a cold or sore throat they go down within 2 weeks; without one, or after 2 weeks, a GP checks (2026.12.19).
    routine: [{ none: ['cold', 'sore_throat', 'earache', 'flu_like', 'glands_with_infection'], why: 'A neck lump without an infection to explain it should be seen by a GP (NICE NG12).' },
      { durationDays: { min: 14 }, why: 'A neck lump or swollen glands lasting more than 2 weeks should be seen by a GP (NICE NG12).' }],
    selfCare: [{ any: ['cold', 'sore_throat', 'earache', 'flu_like', 'glands_with_infection'], durationDays: { max: 13 }, why: 'Swollen glands with a cold or sore throat usually go down within 2 weeks.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'foreign-body', name: 'Object stuck in the ear or nose, or swallowed', system: 'poisoning-injury', source: 'nhs-foreign-body', role: 'gp', presentation: ['foreign_body', 'battery_or_magnet'],
    concepts: [
      { id: 'foreign_body', label: 'an object stuck in the ear or nose', patterns: ['(?:stuck|pushed|put|shoved) {www}(?:up|in|into) {det}(?:nose|ear|nostril)', '(?:bead|pea|crayon|toy|stone|button|lego|insect|bug|object|something) {www}(?:in|up) {det}(?:nose|ear|nostril)'] },
      { id: 'battery_or_magnet', label: 'a button battery or magnet swallowed or stuck', patterns: ['(?:button|watch|coin) batter\\w*', 'batter(?:y|ies)', 'magnets?'] },
    ],
    emergency: [{ any: ['battery_or_magnet', 'breathless', 'breathless_severe', 'drooling', 'cant_swallow'], why: 'A swallowed or stuck button battery or magnet, or an object causing breathing or swallowing problems, needs A&E now.', redFlag: 'Battery, magnet or airway object', action: 'go-to-ae', source: 'nhs-button-battery' }],
    urgent: [{ why: 'An object stuck in the ear or nose should be removed today at an urgent treatment centre.' }],
  },
];
