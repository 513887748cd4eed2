/** Skin, hair and nails. Non-blanching rashes are in rules/emergency.ts. */
import type { Complaint } from './complaint.ts';

/** Rashes with their own entry; the general rash entry leaves them to it. */
const SPECIFIC_RASHES = [
  'nappy_rash', 'hives', 'insect_bite', 'skin_minor', 'eczema', 'chickenpox', 'shingles', 'blistery_band', 'child_rash_illness', 'acne', 'psoriasis',
  'impetigo', 'cellulitis', 'hay_fever', 'minor_self_care', 'tick', 'head_lice', 'threadworms',
  'eye_vessel_burst', 'milia', 'contact_irritant', 'sunburn', 'ingrown_toenail',
];

export const SKIN: Complaint[] = [
  {
    id: 'cellulitis', name: 'Cellulitis (spreading skin infection)', system: 'skin', source: 'nice-ng141', role: 'gp', presentation: ['cellulitis'],
    concepts: [{ id: 'cellulitis', label: 'red, hot, swollen skin', patterns: ['(?:spot|spots|sore|bite|wound|cut|lump|graze) {www}(?:red|hot|warm) {list}(?:hot|warm|swollen)', 
      'cellulitis', 'erysipelas', '(?:swelling|swollen|swelled) (?:up )?(?:and )?(?:red|hot) and (?:hot|red|warm)', '(?:skin|leg|arm|foot|hand|face|area|it|its|shin|calf|thigh|ankle|knee|elbow|forearm|breast) (?:is |has gone |has become |went |gone |looks )?{list}(?:red|hot|warm) {list}(?:hot|warm|swollen|tender|painful|spreading)',
      '(?:red|hot|warm) {list}(?:hot|warm|swollen) {list}(?:skin|leg|arm|foot|hand|patch|area)', 'redness {ww}spread\\w*', '(?:red|redness|red patch|red area) {www}(?:spread\\w*|got bigger|getting bigger|gotten bigger)',
      '(?:spread|spreading|gone|going|grown|moved) past (?:the|my) (?:line|pen mark|pen line|mark|marker line|marks|lines)', '(?:drew|drawn|draw) (?:round|around) (?:it|the red\\w*)',
    ] }],
    emergency: [{ any: ['confusion', 'mottled', 'rigors', 'feels_like_dying', 'breathless_severe'], why: 'A skin infection with confusion, shaking or mottled skin can be sepsis.', redFlag: 'Skin infection with sepsis signs', source: 'nice-ng51' },
      { any: ['near_eye', 'eye_swollen_shut'], age: { max: 15 }, anyOf: [['fever', 'spreading']], why: 'Red, swollen skin around a child\'s eye with fever can be an infection spreading behind the eye.', redFlag: 'Possible orbital cellulitis', action: 'go-to-ae' }],
    // NHS "Insect bites and stings": a red, swollen, sore or itchy patch round a bite is usual and an infected bite is treated by a
    // pharmacist (Pharmacy First); a fever, spreading redness or a bite near the eye is seen today. A ring-shaped rash growing
    // outwards is ringworm (2026.12.26).
    // Psoriasis 'spreading to my legs' is the plaques spreading, seen routinely by RT-PSORIASIS (2026.12.32).
    urgent: [{ since: '2026.12.26', none: ['insect_bite', 'ring_rash', 'psoriasis'], why: 'Red, hot, swollen or spreading skin can be cellulitis, which needs antibiotics today.', redFlag: 'Possible cellulitis' },
      { since: '2026.12.26', any: ['insect_bite', 'ring_rash'], anyOf: [['fever', 'high_fever', 'near_eye', 'rigors', 'diabetes', 'immunosuppressed']], why: 'Red, hot, swollen skin with a temperature, near the eye, or with diabetes or a weak immune system can be cellulitis, which needs antibiotics today.', redFlag: 'Possible cellulitis' },
      { since: '2026.12.26', all: ['insect_bite', 'spreading'], why: 'Redness spreading out from a bite can be cellulitis, which needs antibiotics today.', redFlag: 'Possible cellulitis' }],
  },
  {
    id: 'shingles', name: 'Shingles', system: 'skin', source: 'cks-shingles', role: 'pharmacist', presentation: ['shingles', 'blistery_band'],
    concepts: [
      { id: 'blistery_band', label: 'a painful blistering rash on one side', patterns: ['blist\\w* rash', 'rash {ww}(?:of )?blisters', 'band of {w}(?:rash|blisters|spots)', 'rash {ww}(?:on )?one side {ww}(?:of )?{det}(?:body|chest|back|face|forehead|waist)', 'painful rash {ww}(?:blist\\w*)'] },
      // A burning or tingling pain where the band comes up is how shingles starts (NICE CKS Shingles); read as a burn it raised the urgency (2026.12.26).
      { id: 'burning_pain', label: 'a burning or tingling pain', patterns: ['(?:burning|burn|tingly|tingling|stinging|prickly) (?:pain|pains|feeling|sensation|ache)'] },
      { id: 'eye_swollen_shut', label: 'an eye swollen shut', patterns: ['eye {ww}swollen shut', '(?:cant|cannot) open {det}eye', 'eyelid {ww}(?:swollen|puffy|red)'] },
      { id: 'orbital_signs', label: 'the eye pushed forward or painful to move', patterns: ['eye {www}(?:pushing|pushed|bulging|sticking|poking) (?:forward|out)', '(?:bulging|protruding) eye', '(?:hurts|painful|pain|sore) (?:for (?:her|him|me) )?(?:to|when) (?:\\w+ )?(?:look|looking|move|moving|turn|turning) {det}(?:eye|eyes|sideways|left|right|up|down)', '(?:cant|cannot) move {det}eye'] },
      { id: 'near_eye', label: 'near the eye', patterns: ['(?:near|around|by|above|over|next to|towards|into|under|round|on) {det}(?:left |right )?(?:eye|eyes|eyelid|eyebrow)', 'eyelids?', '(?:forehead|tip of {det}nose) {www}eye', 'forehead'] },
    ],
    urgent: [{ any: ['near_eye', 'red_eye_painful', 'visual_disturbance'], role: 'gp', why: 'Shingles near the eye can damage sight and needs same-day assessment and treatment.', redFlag: 'Shingles near the eye' },
      { any: ['immunosuppressed'], role: 'gp', why: 'Shingles with a weak immune system needs a same-day assessment.' },
      { pregnancy: 'pregnant', role: 'gp', why: 'Shingles in pregnancy needs a same-day assessment.' }],
    routine: [{ age: { max: 17 }, role: 'gp', why: 'Shingles in a child or teenager is assessed by a GP.' }],
    // A painful band of blisters on one side, told without the word "shingles", goes to the pharmacist as shingles does (2026.12.19).
    selfCare: [{ since: '2026.12.19', age: { min: 18 }, source: 'pharmacy-first', why: 'Shingles in an adult can be treated by a pharmacist (Pharmacy First), best within 3 days of the rash.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'diabetic-foot', name: 'Diabetic foot problem', system: 'endocrine', source: 'nice-ng19', role: 'gp', presentation: ['foot_problem'],
    concepts: [{ id: 'foot_problem', label: 'a foot wound, ulcer or infection', patterns: [
      '(?:sore|wound|ulcer|cut|blister|hole|crack|infection|red patch|black patch) {www}(?:foot|feet|toe|toes|heel|sole)', '(?:foot|feet|toe|toes|heel|sole) {www}(?:sore|wound|ulcer|cut|blister|infected|red|swollen|black|smells|smelly|pus|weeping|oozing)',
    ] }],
    emergency: [{ all: ['diabetes'], any: ['fever', 'rigors', 'confusion', 'black_skin', 'spreading'], anyOf: [['foot_problem']], why: 'A diabetic foot infection with fever, spreading redness or blackened skin threatens the limb and needs hospital care now.', redFlag: 'Limb-threatening diabetic foot', action: 'go-to-ae' }],
    urgent: [{ all: ['diabetes'], why: 'A new foot wound, ulcer, redness or swelling in a person with diabetes must be seen within a working day (NICE NG19).', redFlag: 'Diabetic foot problem' }],
  },
  {
    id: 'infected-wound', name: 'Wounds, cuts and wound infection', system: 'skin', source: 'nhs-cuts', role: 'nurse', presentation: ['wound', 'minor_cut'],
    concepts: [
      { id: 'wound', label: 'a cut or wound', patterns: ['(?:cut|gash|slashed|sliced) {det}(?:left |right )?(?:finger|hand|arm|leg|foot|head|face|thumb|knee|lip)', 'deep cut', '(?:gash|laceration|graze|wound|cut)s?', 'stab\\w*', 'puncture'] },
      { id: 'minor_cut', label: 'a small cut or graze', patterns: ['(?:cut|nicked|sliced|grazed|scraped|skinned) {det}(?:left |right )?(?:finger|fingertip|thumb|hand|knee|knees|elbow|elbows|shin|shins|palm|knuckle|knuckles)', 'graz\\w*', 'paper cut', '(?:small|little|minor|tiny|shallow) (?:cut|nick|scratch|graze)'] },
      { id: 'wound_infected', label: 'an infected wound', patterns: ['(?:wound|cut|graze|scratch|bite|stitches|scar) {www}(?:infected|pus|oozing|weeping|smell\\w*|red|hot|swollen|angry|yellow)', 'infected (?:wound|cut|graze|scratch|stitches)',
        // 2026.12.14: "the wound from the operation 2 weeks ago has gone red", "yellow stuff coming out", "smelly discharge from the stitches".
        '(?:wound|scar|stitches|incision) (?:[a-z0-9]+ ){0,8}(?:has |have )?(?:gone|turned|is|are|looks|getting) (?:red|hot|swollen|angry|infected)', '(?:yellow|green) (?:stuff|gunk|goo|pus) (?:coming|oozing|leaking) (?:out|from)', '(?:smelly|smells|foul|offensive) discharge from {det}(?:stitches|wound|scar|cut)'] },
      { id: 'after_operation', label: 'after an operation', history: true, patterns: ['(?:from|after|since) {det}(?:\\w+ )?(?:operation|op|surgery|c ?section|caesarean)', 'post ?op\\w*'] },
      // 2026.12.13: a red streak running up the limb from a wound is infection spreading along the lymph channels (NHS cuts and grazes).
      { id: 'red_streak', label: 'a red streak spreading from the wound', patterns: ['red (?:streaks?|lines?|tracks?) {ww}(?:going |spreading |running |tracking |coming )?(?:up|along|from|towards)'] },
      { id: 'gaping_wound', label: 'a deep or gaping cut', patterns: ['(?:need|needs|might need|will need) (?:stitches|stitching|glue|steri ?strips)', 'gaping', 'gapes?(?: open)?', '(?:wont|will not|doesnt) (?:close|stay closed)', 'edges? {ww}apart', 'deep (?:cut|gash|wound)', 'can see (?:fat|bone|tendon)'] },
      { id: 'blister', label: 'blisters', patterns: ['blister\\w*'] },
      { id: 'black_skin', label: 'blackened or dusky skin', patterns: ['(?:black|blackened|dark purple) (?:skin|toe|toes|patch|area)', '(?:skin|toe|toes) {ww}(?:gone |going |turned |turning )?(?:black|dark purple|dusky)', 'gangren\\w*'] },
      { id: 'pain_out_of_proportion', label: 'pain far worse than the wound looks', patterns: ['worse than it looks', 'pain (?:is )?(?:out of proportion|unbelievable|beyond anything)', '(?:pain|agony) {ww}(?:unbelievable|out of this world)'] },
    ],
    emergency: [{ any: ['heavy_bleeding'], why: 'A wound that is bleeding heavily needs emergency care.', redFlag: 'Heavy bleeding' }],
    // 2026.12.19: NHS cuts and grazes: a wound with pus coming out is infected and needs an urgent GP appointment or NHS 111.
    urgent: [{ any: ['wound_infected'], anyOf: [['fever', 'spreading', 'severe', 'worsening', 'skin_infected']], role: 'gp', why: 'An infected wound with pus, fever or spreading redness needs antibiotics today.' },
      { since: '2026.12.14', all: ['wound_infected', 'after_operation'], role: 'gp', why: 'A wound from an operation that looks infected should be checked today.', redFlag: 'Infected surgical wound', source: 'nice-ng125' },
      { since: '2026.12.13', alone: true, all: ['red_streak'], role: 'gp', why: 'A red streak spreading from a wound is infection travelling up the limb and needs antibiotics today.', redFlag: 'Red streak from a wound' },
      { any: ['gaping_wound'], role: 'gp', why: 'A deep or gaping cut may need closing today at an urgent treatment centre.', source: 'nhs-cuts' }],
    routine: [{ any: ['wound_infected'], why: 'A wound that may be infected is checked by the practice nurse.' }],
    selfCare: [{ since: '2026.12.4', role: 'pharmacist', all: ['minor_cut'], none: ['gaping_wound', 'wound_infected', 'dirty_wound', 'deep_wound', 'bite_animal', 'heavy_bleeding', 'diabetes'],
      why: 'A small cut or graze whose edges meet and that has stopped bleeding can be cleaned, covered with a plaster and watched at home; a pharmacist can advise.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'necrotising-fasciitis', name: 'Rapidly spreading deep skin infection', system: 'skin', source: 'nice-ng141', role: 'gp', presentation: ['pain_out_of_proportion', 'black_skin'],
    emergency: [{ any: ['wound', 'cellulitis', 'fever', 'blister', 'black_skin', 'spreading', 'rapidly_worsening'], why: 'Severe pain out of proportion to a wound, dusky or blistering skin or fever can be a flesh-eating infection (necrotising fasciitis), which needs surgery now.', redFlag: 'Possible necrotising fasciitis', action: 'go-to-ae' }],
  },
  {
    id: 'tetanus', name: 'Tetanus', system: 'poisoning-injury', source: 'nhs-tetanus', role: 'gp', presentation: ['lockjaw'],
    concepts: [
      { id: 'lockjaw', label: 'a stiff, locked jaw or muscle spasms', patterns: ['lock ?jaw', 'jaw (?:is |has gone |went |feels )?{w}(?:stiff|locked|tight|clamped|rigid)', '(?:cant|cannot|unable to|hardly|can hardly|struggl\\w* to|difficulty|trouble) open\\w* {det}mouth', '(?:neck|back|stomach|tummy)? ?muscles? {ww}(?:spasm\\w*|locking|rigid|going stiff)'] },
      { id: 'muscle_spasm', label: 'muscle spasms', patterns: ['spasms?', 'muscles? {ww}(?:locking|rigid|going stiff|cramping)'] },
      { id: 'dirty_wound', label: 'a dirty or puncture wound', patterns: ['rusty', '(?:stood|stepped|trod) on {det}(?:rusty )?(?:nail|glass|thorn|something)', 'puncture wound', 'thorn', 'soil', 'manure', '(?:cut|scratch\\w*|wound) {www}(?:garden|gardening|farm|rusty|dirty)', 'gardening'] },
    ],
    emergency: [{ any: ['wound', 'dirty_wound', 'bite_animal', 'burn_injury', 'muscle_spasm'], why: 'A stiff jaw or muscle spasms after a wound can be tetanus, which needs hospital treatment now.', redFlag: 'Possible tetanus', action: 'go-to-ae' }],
    urgent: [{ why: 'A locked or stiff jaw needs a same-day assessment.' }],
  },
  {
    id: 'dirty-wound', name: 'Dirty or puncture wound (tetanus risk)', system: 'poisoning-injury', source: 'nhs-tetanus', role: 'gp', presentation: ['dirty_wound'],
    urgent: [{ any: ['wound', 'deep_wound'], why: 'A deep or dirty wound may need cleaning and a tetanus booster today.' }],
    concepts: [{ id: 'deep_wound', label: 'a deep wound', patterns: ['deep (?:cut|wound|puncture|gash)', 'went (?:right )?in', 'went through'] }],
  },
  {
    id: 'animal-bite', name: 'Animal or human bite', system: 'poisoning-injury', source: 'nhs-animal-bites', role: 'gp', presentation: ['bite_animal'],
    concepts: [{ id: 'bite_animal', label: 'an animal or human bite', patterns: ['(?:bitten|bit|nipped) {www}by {det}(?:\\w+ ){0,2}(?:dog|dogs|cat|animal|horse|rat|fox|bat|ferret|hamster|monkey|puppy|kitten)', '(?:dog|cat|puppy|kitten) {ww}(?:bit|has bitten|nipped|sank its teeth)', '(?:dog|cat|animal|human|horse|rat|fox|bat|monkey) bites?', 'bitten by {det}(?:dog|cat|animal|horse|rat|fox|bat|monkey|child|person|someone|man|woman)', '(?:dog|cat) (?:bit|has bitten|scratched)'] }],
    emergency: [{ any: ['heavy_bleeding', 'near_eye'], why: 'A bite that is bleeding heavily or is on the face needs emergency care.', action: 'go-to-ae' }],
    urgent: [{ why: 'A bite that has broken the skin needs same-day assessment for antibiotics and a tetanus booster (NICE NG184).', source: 'nice-ng184' }],
  },
  {
    id: 'burn', name: 'Burns and scalds', system: 'poisoning-injury', source: 'nhs-burns', role: 'gp', presentation: ['burn_injury'],
    concepts: [
      { id: 'small_burn', label: 'a small burn or blister', patterns: ['(?:small|tiny|little|minor) (?:burn|scald|blister)', '(?:size of|smaller than) {det}(?:5p|1p|2p|10p|20p|penny|coin|pea|fingernail|thumbnail|stamp)', '(?:about|only|just) (?:[1-3]|one|two|three) ?cm'] },
      { id: 'burn_injury', label: 'a burn or scald', patterns: ['caught {det}(?:\\w+ )?(?:on|against) {det}(?:oven|hob|iron|grill|hot pan|pan|kettle|oven shelf|oven door|radiator|hair straighteners|straighteners|curling tongs)', '(?:pulled|knocked|tipped|spilt|spilled) {det}(?:kettle|pan|saucepan|teapot|hot \\w+|boiling \\w+) (?:over|onto|on)', '(?:kettle|pan|saucepan|teapot|hot tea|hot coffee|hot water|boiling water) {www}(?:splashed|spilt|spilled|poured|went) (?:down|over|on)', '(?:burnt|burned|burn) {det}(?:left |right )?(?:hand|arm|leg|foot|face|finger|fingers|chest|thumb|skin|neck|back)', 'scald\\w*', '(?<!(?:it|its|that|this|which|still|really|and|be|was|is|skin|eyes|throat|mouth|tongue) )burns?(?! (?:when|while|on) (?:i |he |she )?(?:pee|wee))(?! (?:pain|pains|feeling|feelings|feel|sensation|sensations|ache|sting|tingle)\\b)(?<!(?:tingly|tingling|itchy|itching|prickly|stinging) burns?)(?! (?:pain |feeling |feel |sensation |sensations )?(?:up )?(?:in|across|behind|at|up|under|around|into|through) {det}(?:chest|throat|tummy|stomach|gullet|oesophagus|breastbone|sternum|ribs|mouth|tongue|eyes?|bladder|bum|bottom|back passage))', 'boiling (?:water|kettle|oil)', '(?:boiling|hot|chip|cooking) (?:\\w+ )?(?:oil|fat)', '(?:spilled|spilt|poured|tipped) {det}(?:pan|pot|cup|mug|kettle) of (?:\\w+ ){0,2}(?:oil|fat|water|tea|coffee|soup)', 'touched {det}(?:hot|oven|iron)', 'caught fire'] },
      { id: 'smoke_inhaled', label: 'breathed in smoke', patterns: ['(?:breathed|inhaled|breathing) (?:in )?(?:smoke|fumes)', 'smoke inhalation'] },
      { id: 'burn_serious', label: 'a large, deep, electrical or chemical burn', patterns: [
        'electric\\w*', 'chemical', 'acid', '(?:white|charred|black|leathery|waxy) {ww}skin', 'skin (?:is |has gone |looks )?(?:white|charred|black|leathery|waxy)', '(?:bigger|larger) than {det}(?:\\w+ ){0,2}(?:hand|palm|tummy|chest|back|arm|leg|head|face)', 'skin {ww}(?:coming|came|peeling|peeled) (?:away|off)', 'all (?:down|over|across) {det}(?:chest|arm|arms|leg|legs|back|front|tummy|face)', '(?:went|poured|spilt|spilled|splashed|tipped) (?:all )?(?:over|down|across|onto) {det}(?:chest|arm|arms|leg|legs|back|front|tummy|face|body|neck)', '(?:big|large|huge|massive) (?:area|patch|part)', 'skin {ww}(?:peeling|peeled) {ww}(?:off|away|raw)', 'large (?:burn|blister|area)', 'whole (?:arm|leg|hand|chest|back)',
        '(?:on|to) {det}(?:face|genitals|private parts)', 'doesnt hurt(?! (?:too much|that much|so much|as much|now|anymore|any more|a lot)\\b)', 'leathery', 'charred', 'skins? (?:has |is |s )?(?:gone |turned |going )?(?:white|charred|black|leathery|waxy)', '(?:peeling|blistered|raw|red) and white', '(?:covers|covering|covered|all over|most of) {det}(?:her |his |their )?(?:chest|back|tummy|arm|leg|body|face)',
      ] },
    ],
    emergency: [{ any: ['burn_serious', 'breathless', 'smoke_inhaled'], why: 'A large or deep burn, an electrical or chemical burn, a burn on the face or genitals, or breathing in smoke needs A&E now.', redFlag: 'Serious burn', action: 'go-to-ae' },
      { age: { max: 4 }, any: ['blister'], why: 'A blistering burn in a child under 5 needs A&E.', action: 'go-to-ae' }],
    // A small blister on a burn smaller than a coin, cooled at once, is looked after at home (NHS "Burns and scalds"); four
    // writers of independent sets judged it so (2026.12.32). A large, painful, infected or spreading one is seen today.
    urgent: [{ any: ['blister', 'severe', 'wound_infected', 'spreading'], none: ['small_burn'], why: 'A blistering or painful burn should be assessed today.' },
      { since: '2026.12.32', all: ['small_burn'], any: ['severe', 'wound_infected', 'spreading'], why: 'A burn that is very painful, infected or spreading should be assessed today.' }],
    selfCare: [{ why: 'A small, minor burn is cooled under running water for 20 minutes and covered; a pharmacist can advise.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'eczema', name: 'Eczema and dry, itchy skin', system: 'skin', source: 'nhs-eczema', role: 'gp', presentation: ['eczema'],
    concepts: [
      { id: 'eczema', label: 'eczema', patterns: ['eczema', 'dermatitis', 'dry (?:itchy |cracked )?skin', 'itchy dry', 'flaky skin',
        // Dry skin said the other way round (NHS England OTC guidance: mild dry skin) (issue 11).
        'skin (?:is |has gone |gets |feels |getting |going )?(?:so |really |very |a bit )?(?:dry|flaky|scaly)', '(?:hands|lips|legs|feet|heels) {ww}(?:dry|flaky|chapped|cracked) {ww}(?:and )?(?:cracked|sore|dry|flaky)?',
        // "the skin on my shins is very dry", "my hands and shins get really dry and flaky" (2026.12.16).
        'skin on {det}\\w+ (?:and {det}\\w+ )?(?:is |gets |feels |has gone |goes |are )?(?:ever so |so |really |very |a bit )?(?:dry|flaky|scaly)', '(?:get|gets|getting|go|goes|are|is) (?:really |very |so |a bit )?dry and (?:flaky|itchy|cracked|scaly)'] },
      { id: 'skin_infected', label: 'infected, weeping or blistering skin', patterns: ['weep\\w*', 'ooz\\w*', 'crust\\w*', 'pus', 'blister\\w* {ww}(?:painful|spreading|all over)', 'painful blisters', 'punched out'] },
    ],
    urgent: [{ any: ['skin_infected'], anyOf: [['fever', 'spreading', 'worsening', 'severe']], why: 'Eczema that is suddenly painful, weeping or blistering with fever can be infected (including eczema herpeticum) and needs same-day treatment.', redFlag: 'Infected eczema' }],
    routine: [{ any: ['self_care_failed', 'skin_infected', 'worsening'], why: 'Eczema that is not controlled by moisturisers, or looks infected, is reviewed by a GP.' }],
    selfCare: [{ why: 'Dry skin and mild eczema improve with regular moisturisers; a pharmacist can advise.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'acne', name: 'Acne', system: 'skin', source: 'nhs-acne', role: 'gp', presentation: ['acne'],
    // NHS "Acne": acne that leaves scars or forms painful lumps under the skin (nodules, cysts) is moderate to severe and
    // treated by a GP (2026.12.32).
    concepts: [{ id: 'acne', label: 'acne', patterns: ['acne', 'spots on {det}(?:face|back|chest|chin|forehead|cheeks|nose|shoulders|jaw ?line)', 'pimples?', 'spotty (?:face|skin|back|chin)', 'blackheads', 'whiteheads', 'zits?', 'breakouts?', 'breaking out'] },
      { id: 'acne_severe', label: 'acne leaving scars or painful lumps', patterns: ['leaving (?:\\w+ )?(?:marks|scars)', '(?<!nothing (?:\\w+ )?(?:or )?)scarr\\w*', '(?:big|painful|deep|hard) (?:\\w+ )?(?:lumps|cysts|nodules)', 'cystic'] }],
    routine: [{ any: ['self_care_failed', 'distress_about_problem', 'acne_severe'], why: 'Acne that pharmacy treatments have not helped, or that scars or affects mood, is treated by a GP.' }],
    selfCare: [{ why: 'Mild acne can be treated with products from a pharmacy.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'psoriasis', name: 'Psoriasis', system: 'skin', source: 'nhs-psoriasis', role: 'gp', presentation: ['psoriasis'],
    concepts: [{ id: 'psoriasis', label: 'psoriasis', patterns: ['psoria\\w*', 'scaly (?:patches|plaques|skin)', 'silvery (?:patches|scales)'] }],
    routine: [{ why: 'Psoriasis is diagnosed and treated by a GP.' }],
  },
  {
    id: 'skin-minor', name: 'Minor skin problems', system: 'skin', source: 'nice-cks-minor', role: 'pharmacist', presentation: ['skin_minor', 'ring_rash'],
    concepts: [
      // NHS "Ringworm": a ring-shaped rash, often with a raised edge and a clearer middle, that grows outwards; that growing is
      // how ringworm looks, not cellulitis spreading (2026.12.26).
      { id: 'ring_rash', label: 'a ring-shaped rash (ringworm)', patterns: [
        '(?:round|circular|ring shaped|ring like) {ww}(?:red |pink |scaly |itchy )?(?:ring|rash|patch|patches|mark|circle)', 'red ring', 'ring of (?:red )?(?:rash|skin)', '(?:scaly|red|itchy) (?:red )?circle',
        '(?:rash|patch|ring) {www}(?:raised|scaly) (?:edge|border)', 'raised (?:red )?(?:edge|border)', '(?:clear\\w*|paler|normal) (?:in )?(?:the )?(?:middle|centre|center)', 'in a ring',
      ] },{ id: 'skin_minor', label: 'a minor skin problem', patterns: [
      'athletes foot', '(?:itchy|cracked|peeling|flaky|white|soggy) {ww}(?:skin )?between {det}(?:little |big |small )?toes', 'between {det}(?:little |big |small )?toes {ww}(?:itchy|cracked|peeling|flaky)', 'fungal (?:nail|infection)', 'ringworm', 'warts?', 'verruca\\w*', 'cold sores?',
      'sunburn\\w*', 'burnt in the sun', 'fell asleep in the (?:sun|park|garden)', 'chilblains?', 'toes {www}(?:itchy|red|swollen) {www}(?:winter|cold)', '(?:tingl\\w*|blister\\w*) {ww}(?:on|around) {det}lips?', 'lips? {ww}(?:tingl\\w*|blister\\w*)',
      '(?:hard|painful) (?:spot|lump|bump) {www}(?:bottom|sole) of {det}foot', '(?:tiny |little |small )?black dots', 'scalp (?:is )?{w}itchy', 'white flakes', 'flak(?:y|ing) scalp', 'corns?', 'calluses', 'prickly heat', 'heat rash', '(?:spots|rash|bumps|pimples) {list}(?:wrapped (?:her |him |them )?up|too warm|too hot|overheat\\w*|snowsuit)', 'chapped', 'dandruff', 'itchy scalp', 'scabies', 'hives', 'nettle rash',
      // NHS England OTC guidance conditions in lay words (issue 11): athlete's foot, ringworm, fungal nails, cold sores, chilblains.
      '(?:skin|feet) between {det}(?:little |big |small )?toes {ww}(?:itchy|cracked|cracking|peeling|flaky|white|soggy|split\\w*|red|raw|smelly|stinks)', 'athlete s foot', 'athletes feet', 'tinea',
      'jock itch',
      '(?:thick|thickened|yellow|crumbly|discoloured|discolored|brittle) {ww}(?:toe ?nails?|nails?)', '(?:toe ?nails?|nails?) {ww}(?:thick|thickened|yellow|crumbly|discoloured|brittle|crumbling)',
      'blister\\w* {www}(?:lips?|mouth)', '(?:winter|cold weather|the cold) {www}(?:toes|fingers) {www}(?:itchy|red|swollen|purple)(?: {list}(?:itchy|red|swollen|purple))?',
    ] }],
    routine: [{ any: ['self_care_failed'], durationDays: { min: 14 }, role: 'gp', why: 'A skin problem that has not improved after two weeks of pharmacy treatment should be seen by a GP.' }],
    selfCare: [{ why: 'This common skin problem is treated with products from a pharmacy.', advice: ['minor-pharmacy'] },
      // A ringworm patch grows outwards as it heals in the middle: its spreading is not an alarm (NHS "Ringworm") (2026.12.26).
      { since: '2026.12.26', all: ['ring_rash'], source: 'nhs-ringworm', why: 'Ringworm is treated with an antifungal cream from a pharmacy; the ring often grows outwards before it clears.', advice: ['minor-pharmacy'], exempt: ['AL-SPREADING'] }],
  },
  {
    id: 'head-lice', name: 'Head lice', system: 'skin', source: 'nhs-head-lice', role: 'pharmacist', presentation: ['head_lice'],
    concepts: [{ id: 'head_lice', label: 'head lice', patterns: ['head ?lice', 'lice', 'nits', 'louse'] }],
    selfCare: [{ why: 'Head lice are treated by wet combing or lotions from a pharmacy.', advice: ['minor-pharmacy'], exempt: ['AL-PARTLY-RECOGNISED'] }],
  },
  {
    id: 'nappy-rash', name: 'Nappy rash', system: 'skin', source: 'nhs-nappy-rash', role: 'pharmacist', presentation: ['nappy_rash'],
    concepts: [{ id: 'nappy_rash', label: 'nappy rash', patterns: ['nappy rash', 'rash {ww}nappy area', '(?:sore|red) (?:bottom|bum) {ww}nappy',
      '(?:bum|bottom|botty|skin) {www}(?:red|sore|raw) {www}(?:nappy|nappies)', '(?:red|sore|raw) {www}(?:in |around |under )?{det}nappy (?:area|region)', 'nappy area {www}(?:red|sore|raw|spotty)', '(?:bum|bottom|botty) {www}(?:red|sore|raw) {www}(?:creases|folds)', '(?:rash|red|sore|spots) {www}where {det}nappy (?:goes|sits|is|touches)'] }],
    routine: [{ any: ['self_care_failed', 'fever', 'skin_infected', 'blister'], durationDays: { min: 0 }, role: 'gp', why: 'Nappy rash that is not clearing, or with blisters or a fever, should be seen by a GP.' }],
    selfCare: [{ why: 'Nappy rash usually clears with frequent changes and a barrier cream from a pharmacy.', advice: ['minor-pharmacy'], exempt: ['AL-VERY-YOUNG'] }],
  },
  {
    id: 'boil-abscess', name: 'Boils and skin abscesses', system: 'skin', source: 'nhs-skin-abscess', role: 'gp', presentation: ['boil'],
    concepts: [
      { id: 'boil', label: 'a boil or abscess', patterns: ['(?:a|the|my|his|her|their|painful|big|infected|huge|large|nasty|another|recurrent|several) boils', '(?:a|the|my|his|her|their|painful|big|infected|huge|large|nasty|another) boil', 'boils? (?:on|under|in|near|keeps?|that|which)', 'abscess', 'carbuncle', '(?:lump|spot) {ww}(?:full of pus|pus)', 'infected (?:spot|cyst|hair follicle)',
        // "a painful lump next to my backside, it's hot and swollen": an abscess by the anus (NHS skin abscess) (2026.12.18).
        '(?:lump|swelling) {www}(?:backside|bottom|bum|anus|back passage|armpit) {list}(?:hot|red|pus|throbbing)', '(?:lump|spot|swelling) {www}(?:yellow|white|green) (?:head|top|centre|center|middle)',
        // A lump said with its signs further on, and the pilonidal abscess at the top of the buttock cleft (NHS skin abscess, pilonidal sinus) (2026.12.24).
        '(?:lump|swelling) {www}(?:armpit|groin|bum|bottom|backside) {list}{list}{list}(?:pus|hot and red|red and hot|throbbing)', '(?:lump|swelling) {www}(?:bum crack|top of {det}(?:bum|bottom)|tail ?bone|coccyx)'] },
      { id: 'cyst_benign', label: 'a cyst', patterns: ['cysts?', 'lipoma'] },
    ],
    urgent: [{ any: ['fever', 'spreading', 'severe', 'near_eye', 'diabetes'], why: 'A boil or abscess with a fever, spreading redness or on the face should be seen today.' }],
    routine: [{ why: 'A boil or abscess that is large, painful or keeps coming back is seen by a GP.', source: 'nhs-boils' }],
  },
  {
    id: 'mole-skin-lesion', name: 'Changing mole or skin lesion', system: 'skin', source: 'nhs-moles', role: 'gp', presentation: ['skin_lesion'],
    concepts: [{ id: 'skin_lesion', label: 'a mole or skin lesion that has changed', patterns: ['moles?', 'freckle', 'skin (?:lesion|growth|tag)', '(?:sore|spot|patch) {ww}(?:wont|doesnt|will not|does not) heal', 'non healing'] }],
    routine: [{ why: 'A mole or skin lesion that has changed, bleeds or will not heal should be seen by a GP (NICE NG12).', redFlag: 'Changing skin lesion' }],
  },
  {
    id: 'hair-loss', name: 'Hair loss', system: 'skin', source: 'nhs-hair-loss', role: 'gp', presentation: ['hair_loss'],
    concepts: [{ id: 'hair_loss', label: 'hair loss', patterns: ['hair (?:loss|is falling out|falling out|thinning|coming out)', 'losing {det}hair', 'bald (?:patch|patches|spots?)', 'alopecia'] }],
    routine: [{ why: 'Hair loss is assessed by a GP.' }],
  },
  {
    id: 'angioedema', name: 'Swelling of the lips, face or eyes', system: 'skin', source: 'nhs-angioedema', role: 'gp', presentation: ['lip_face_swelling'],
    emergency: [{ any: ['breathless', 'wheeze', 'throat_swelling', 'dysphagia', 'faint', 'near_faint', 'dizzy'], why: 'Swelling of the face or lips with breathing or swallowing difficulty or faintness can be anaphylaxis.', redFlag: 'Swelling with airway signs' }],
    urgent: [{ why: 'New swelling of the lips, face or eyes should be assessed today.' }],
  },
  {
    id: 'rash-unwell', name: 'Rash with feeling unwell', system: 'skin', source: 'nhs-rashes-children', role: 'gp', presentation: ['rash'],
    emergency: [{ any: ['drowsy', 'floppy', 'mottled', 'confusion', 'breathless_severe'], why: 'A rash in someone who is drowsy, floppy or confused can be meningitis or sepsis.', redFlag: 'Rash with serious illness' },
      { since: '2026.12.13', alone: true, all: ['skin_peeling', 'mouth_eye_sores'], why: 'Skin peeling or blistering with sores in the mouth or eyes can be a severe drug reaction (Stevens-Johnson syndrome), which needs A&E now.', redFlag: 'Peeling skin with mouth or eye sores', action: 'go-to-ae', source: 'nhs-sjs' },
      { any: ['skin_peeling', 'mouth_eye_sores'], anyOf: [['fever', 'new_medicine', 'blister']], why: 'A painful rash with blistering or peeling skin and sores in the mouth or eyes, often after a new medicine, can be a severe drug reaction.', redFlag: 'Blistering rash with mucosal sores' }],
    urgent: [{ any: ['fever'], age: { max: 15 }, why: 'A child with a rash and a fever should be checked today.' },
      { any: ['fever', 'spreading', 'new_medicine', 'pregnant'], why: 'A new rash with fever, after a new medicine, spreading fast or in pregnancy should be assessed today.' }],
    routine: [{ none: SPECIFIC_RASHES, why: 'A rash that is not going away should be seen by a GP.' }],
    concepts: [
      { id: 'skin_peeling', label: 'peeling or blistering skin', patterns: ['skin {www}(?:is |are )?(?:peeling|coming off|blistering)', 'skin (?:is |are )?(?:going |gone |turning )?(?:red )?and (?:peeling|blistering)', 'peeling skin', '(?:lips|skin|face) {ww}(?:peeling|coming off) in (?:sheets|layers|bits)'] },
      { id: 'mouth_eye_sores', label: 'sores in the mouth or eyes', patterns: ['sores? in {det}(?:mouth|eyes)', 'mouth {ww}(?:sores|ulcers|blisters)', '(?:mouth|lips) and (?:my |his |her )?eyes (?:are |feel )?(?:really |very |so )?(?:sore|painful|stinging|burning|red)', 'eyes and (?:my |his |her )?(?:mouth|lips) (?:are |feel )?(?:really |very |so )?(?:sore|painful|stinging|burning)',
        // 2026.12.12: "inside my mouth are raw and peeling, and my eyes are sore".
        '(?:sore|painful|red|stinging|blistered) (?:eyes and (?:mouth|lips)|(?:mouth|lips) and eyes)',
        '(?:mouth|lips) (?:are |is )?(?:raw|peeling|blistered|blistering|sore)(?: and (?:raw|peeling|blistered|sore))? (?:, )?(?:and )?{det}eyes (?:are |feel |look )?(?:\\w+ )?(?:sore|red|painful|stinging|burning|gritty)'] },
      { id: 'new_medicine', label: 'a new medicine', patterns: ['(?:started|starting|began|new|course of|since (?:starting|taking)|been on) (?:on )?(?:amoxicillin|penicillin|trimethoprim|nitrofurantoin|flucloxacillin|doxycycline|clarithromycin|erythromycin|co ?amoxiclav|cefalexin|ciprofloxacin|metronidazole|lamotrigine|carbamazepine|allopurinol|phenytoin)', 'new (?:tablets?|medicine|medication|pills?|antibiotics?|drug)', '(?:starting|after starting|since starting) {det}(?:new )?(?:tablets?|medicines?|medication|antibiotics?|pills?|course)', 'started {det}(?:tablets?|medicine|medication|antibiotics?|pills?)', 'since (?:starting|taking) {det}\\w+',
        // A rash as a reaction to a medicine just given (issue 11: said without "new").
        '(?:reaction|allergic|allergy) to {det}(?:new )?(?:antibiotics?|tablets?|medicines?|medication|pills?|penicillin|amoxicillin|\\w+cillin|\\w+mycin)', '(?:antibiotics?|tablets?|medicines?|medication|pills?) {det}(?:doctor|gp|nurse|pharmacist|hospital|dentist) {ww}(?:gave|prescribed|started)'] },
    ],
  },
  {
    id: 'purpuric-rash', name: 'Purple or bruise-like spots', system: 'skin', source: 'nhs-meningitis', role: 'gp', since: '2026.12.2', presentation: ['purple_rash'],
    // 2026.12.10: spots that fade under pressure (the glass test) are not the non-blanching rash of NICE NG143.
    concepts: [{ id: 'rash_blanches', label: 'spots that fade when pressed', patterns: ['(?:fade|fades|faded|fading|go|goes|went|disappear\\w*|vanish\\w*) {ww}(?:when|if|under) {ww}(?:press\\w*|push\\w*|roll\\w*|glass)', 'blanch\\w*'] }],
    emergency: [
      { none: ['rash_blanches'], any: ['fever', 'high_fever', 'unwell_general', 'drowsy', 'vomiting', 'headache', 'stiff_neck', 'flu_like', 'rigors', 'confusion', 'mottled'], action: 'call-999',
        why: 'Purple or bruise-like spots with a fever or feeling unwell can be meningitis or sepsis and need 999.', redFlag: 'Purple or bruise-like rash with illness' },
      { age: { max: 15 }, none: ['rash_blanches'], why: 'New purple or bruise-like spots in a child can be meningitis or sepsis and need emergency assessment.', redFlag: 'Purple or bruise-like rash in a child' },
    ],
    urgent: [{ none: ['rash_blanches'], why: 'New purple or bruise-like spots should be checked by a GP today: they can come from a blood problem.', source: 'nice-ng12' }],
  },
];
