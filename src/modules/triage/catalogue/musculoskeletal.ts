/** Bones, joints and muscles. Cauda equina and hot swollen joints are in rules/emergency.ts and rules/urgent.ts; routine joint pain goes to the physiotherapist (rules/routine.ts). */
import type { Complaint } from './complaint.ts';

export const MUSCULOSKELETAL: Complaint[] = [
  {
    id: 'sprain', name: 'Sprains, strains and minor sports injuries', system: 'musculoskeletal', source: 'nhs-sprains', role: 'physiotherapist', presentation: ['minor_injury'],
    concepts: [
      { id: 'minor_injury', label: 'a sprain, strain or twisted joint', patterns: ['(?:pulled|tweaked|strained|twanged) (?:something|a muscle|my \\w+|his \\w+|her \\w+)? ?(?:in )?{det}(?:lower |upper )?(?:back|neck|shoulder|hamstring|groin|calf|thigh)', 'jammed {det}(?:finger|thumb|toe)', 
        'sprain\\w*', '(?:muscle|back|neck|groin|calf|hamstring|thigh) strain', 'strained {det}(?:\\w+ )?(?:muscle|back|neck|shoulder|hamstring|groin|calf|knee|ankle|wrist)', 'pulled (?:a )?(?:muscle|hamstring|calf|groin)',
        '(?:did|done|put|hurt|pulled|tweaked|twisted|twinged|ricked|jarred|strained|cricked) {det}(?:lower |upper )?back (?:in |out )?{ww}(?:lifting|moving|bending|carrying|gardening|picking|reaching|twisting)', '(?:slept|sleeping|fell asleep) {ww}(?:funny|awkward\\w*|wrong|at a (?:weird|funny|odd|strange) angle)', 'woke up with a (?:stiff|sore|painful|cricked) neck', 'crick in {det}neck', '(?:twisted|rolled|went over on|turned|jarred|tweaked) {det}(?:left |right )?(?:ankle|wrist|knee|foot)',
        '(?:ankle|wrist|knee) {ww}(?:twisted|rolled|went over)', 'sports? injur\\w*', 'hurt {det}(?:ankle|wrist|knee) (?:playing|at|doing|running)',
      ] },
      { id: 'open_fracture', label: 'a bone through the skin', patterns: ['bone {ww}(?:sticking|poking|coming|showing|gone) {ww}(?:through|out of) {det}skin', '(?:can|could) see {det}bone', 'open fracture'] },
      { id: 'fracture_signs', label: 'signs of a broken bone', patterns: ['(?:looks|is|gone|has gone) {ww}(?:bent|wonky|deformed|out of shape|misshapen|crooked)(?! (?:over|down|forward))', 
        '(?:cant|cannot|unable to|wont|not able to) (?:put (?:any )?weight|stand|walk(?! (?:\\w+ ){0,3}(?:as far|very far|far|for long|as long|long distances|more than|up hills|uphill|upstairs))|bear weight|weight bear)', 'heard (?:a )?(?:crack|snap|pop)', '(?:looks|is) (?:deformed|out of shape|bent|the wrong shape|at a funny angle)', 'knuckle {www}(?:sunk|sunken|flat|flatter|dropped|gone|missing|pushed in)', '(?:looks|is|gone|has gone) (?:sunk|sunken|pushed|dented) in', 'looks flatter than',
        'bone (?:sticking|poking) out', '(?:arm|leg|shin|wrist|ankle|thigh|forearm|elbow|knee) is bent', '(?:wont|doesnt|will not) let (?:me|us|anyone) (?:touch|move|look at) (?:it|his|her)', '(?:wont|will not|refus\\w* to|cant|cannot) use (?:it|his (?:arm|hand|wrist)|her (?:arm|hand|wrist))', 'broken (?:bone|arm|leg|wrist|ankle|hip|finger|toe|collar ?bone)', '(?:think|might|could) {ww}(?:broken|fractured) (?:it|something|my|his|her)', 'fractur\\w*', 'dislocat\\w*',
        // 'can't walk the dog as far' is a shorter walk, not a leg that will not bear weight (2026.12.41).
        // NHS Hip fracture: after a fall, a leg that looks shorter or a foot turned outwards.
        '(?:leg|foot) {www}(?:shorter|turned out\\w*|rolled out\\w*|pointing out\\w*|turning out\\w*)',
      ] },
    ],
    emergency: [{ since: '2026.12.7', alone: true, all: ['open_fracture'], why: 'A bone showing through the skin is an open fracture: call 999.', redFlag: 'Open fracture', source: 'nhs-broken-bones' },
      { any: ['fracture_signs'], why: 'An injury where you cannot put weight on it, heard a crack, or it looks out of shape may be a broken bone or dislocation; go to A&E or an urgent treatment centre now.', redFlag: 'Possible broken bone', action: 'go-to-ae', source: 'nhs-broken-bones' }],
    routine: [{ durationDays: { min: 14 }, why: 'A sprain or sports injury that has not settled after two weeks is seen first by the physiotherapist.' }],
    selfCare: [{ durationDays: { max: 13 }, why: 'Most sprains and strains get better with rest, ice, support and raising the limb, and painkillers from a pharmacy.', advice: ['back-and-joint-pain'] }],
  },
  {
    id: 'broken-bone', name: 'Possible broken bone or dislocation', system: 'poisoning-injury', source: 'nhs-broken-bones', role: 'gp', presentation: ['fracture_signs'],
    emergency: [{ any: ['fall', 'injury_event', 'joint_pain', 'knee_pain', 'shoulder_pain', 'back_pain', 'minor_injury', 'cant_get_up'], why: 'An injury that may be a broken bone or dislocation needs an X-ray today at A&E or an urgent treatment centre.', redFlag: 'Possible broken bone', action: 'go-to-ae' }],
    concepts: [{ id: 'injury_event', label: 'an injury', patterns: ['landed on {det}(?:outstretched )?(?:hand|wrist|arm|knee|shoulder)', '(?:fell|fall|tripped|slipped|crashed|knocked|came off|thrown off|flew off) (?:off |over |down |on |onto )?{ww}(?:bike|motorbike|motorcycle|scooter|quad|skateboard|stairs|ladder|horse|trampoline|pavement|ice|wall|roof)', 'car (?:crash|accident)', 'accident', '(?:punched|hit|thumped|smashed) {det}(?:wall|door|window|fridge|someone|somebody|him)', 'landed on', 'injur\\w*', 'tackled'] }],
  },
  {
    id: 'back-pain-red-flags', name: 'Back pain with warning signs', system: 'musculoskeletal', source: 'nhs-back-pain', role: 'gp', presentation: ['back_pain'],
    urgent: [{ any: ['fever', 'cancer_history', 'immunosuppressed'], why: 'Back pain with a fever, past cancer or a weak immune system needs a same-day assessment.', redFlag: 'Back pain with infection or cancer risk' },
      { since: '2026.12.7', any: ['foot_drop'], why: 'Back pain or sciatica with a new weak or dropping foot is a nerve deficit that needs a same-day assessment.', redFlag: 'Sciatica with foot drop', source: 'nice-cks-sciatica' },
      { any: ['injury_event', 'fall'], age: { min: 65 }, why: 'Back pain after a fall at 65 or over can be a fracture and should be assessed today.' },
      { all: ['severe'], any: ['night_pain', 'chest_pain'], why: 'Severe back pain that is constant, worse at night or with chest pain should be assessed today.' }],
    routine: [{ any: ['cancer_concern', 'night_pain'], why: 'Back pain with weight loss or pain at night should be seen by a GP.' }],
    concepts: [{ id: 'foot_drop', label: 'a weak or dropping foot', patterns: ['foot ?drop', 'drop ?foot', 'foot {ww}(?:slaps|slapping|drags|dragging|flops|flopping|catches|catching)', '(?:cant|cannot|unable to|struggling to) (?:lift|raise|pull up) {det}(?:toes|foot|front of {det}foot)', 'trip\\w* over {det}(?:own )?(?:foot|toes)'] },
      { id: 'night_pain', label: 'pain at night or at rest', patterns: ['(?:worse|wakes? me|waking me|keeps me awake) {ww}(?:at|in the) night', 'pain at night', 'constant (?:pain|ache)', 'even (?:when|at) rest'] }],
  },
  {
    id: 'older-fall', name: 'Fall in an older person', system: 'musculoskeletal', source: 'nice-ng249', role: 'gp', presentation: ['fall'],
    emergency: [{ since: '2026.12.4', any: ['neck_pain'], age: { min: 65 }, why: 'Neck pain after a fall at 65 or over can be a broken neck and needs an ambulance; keep still until help comes.', redFlag: 'Neck pain after a fall', source: 'nice-ng41' },
      { any: ['cant_get_up', 'fracture_signs', 'head_injury_signs'], age: { min: 65 }, why: 'An older person who cannot get up after a fall, cannot stand, or hit their head and is drowsy or being sick needs an ambulance.', redFlag: 'Fall with injury or long lie' }],
    concepts: [
      { id: 'cant_get_up', label: 'cannot get up after a fall', patterns: ['(?:cant|cannot|couldnt|could not|unable to) get (?:him|her|them|me|myself)? ?(?:back )?up', 'on the floor (?:for|all)', 'lying on the floor', 'been on the floor'] },
      { id: 'head_injury_signs', label: 'a head injury with warning signs', patterns: ['hit {det}head {www}(?:drowsy|sick|vomit\\w*|confused)'] },
    ],
  },
  {
    id: 'achilles-rupture', name: 'Torn Achilles tendon', system: 'musculoskeletal', source: 'nhs-achilles-rupture', role: 'gp', since: '2026.12.14', presentation: ['achilles_rupture'],
    concepts: [{ id: 'achilles_rupture', label: 'a snapped Achilles tendon', patterns: [
      '(?:kicked|hit|struck|shot) (?:me )?in {det}back of {det}(?:ankle|heel|calf|leg)', 'achilles {ww}(?:snapped|ruptured|torn|tore|went|popped|gone)', '(?:snapped|ruptured|torn|tore) {det}achilles',
      '(?:cant|cannot|unable to) (?:stand|go|get|push up|walk) on (?:tip ?toes?|tiptoe|{det}toes)', '(?:cant|cannot|unable to) push off',
    ] }],
    urgent: [{ why: 'A sudden snap or kick felt at the back of the ankle, then being unable to push off or stand on tiptoe, can be a torn Achilles tendon, which needs assessment today (A&E or an urgent treatment centre).', redFlag: 'Possible Achilles tendon rupture' }],
  },
  {
    id: 'child-limp', name: 'A child who will not walk or bear weight', system: 'musculoskeletal', source: 'nice-ng143', role: 'gp', presentation: ['limp_child'],
    concepts: [{ id: 'limp_child', label: 'limping or not bearing weight', patterns: ['limp(?:ing)?(?! (?:baby|child|body|and))', 'hopping', 'crawling instead', '(?:wont|doesnt|will not|refuses to|isnt) (?:put (?:any )?weight|walk|stand|bear weight) on', '(?:refus\\w*|wont|will not|doesnt want) (?:to )?(?:walk|stand|put (?:any )?weight|bear weight)'] }],
    urgent: [{ age: { max: 15 }, why: 'A child who will not walk or bear weight, especially with a fever, needs a same-day examination (possible joint or bone infection).', redFlag: 'Child not bearing weight' }],
    routine: [{ age: { min: 16 }, durationDays: { min: 14 }, why: 'A limp that has not settled after two weeks should be seen by a GP.' }],
  },
  {
    id: 'injury-swelling', name: 'Injury with swelling or loss of use', system: 'musculoskeletal', source: 'nhs-broken-bones', role: 'gp', presentation: ['injury_event', 'minor_injury'],
    concepts: [{ id: 'loss_of_use', label: 'cannot use the injured part', patterns: ['(?:cant|cannot|unable to) (?:hold|grip|lift|use|move|bend|straighten) (?:anything|it|things|{det}(?:arm|hand|wrist|fingers|leg|knee|thumb))', 'landed on {det}(?:outstretched )?(?:hand|wrist|arm)'] }],
    urgent: [{ any: ['loss_of_use'], why: 'An injury you cannot use, or a fall on an outstretched hand with swelling, needs an X-ray today (urgent treatment centre).' }],
  },
  {
    id: 'polymyalgia', name: 'Polymyalgia rheumatica', system: 'musculoskeletal', source: 'nhs-pmr', role: 'gp', presentation: ['pmr'],
    concepts: [{ id: 'pmr', label: 'stiffness in both shoulders and hips', patterns: ['polymyalgia', 'pmr', '(?:both )?shoulders and hips {ww}(?:stiff|ache|aching|pain)', 'stiff {ww}shoulders and hips', 'cant (?:lift|raise) {det}arms (?:above|over) {det}head'] }],
    urgent: [{ any: ['jaw_claudication', 'visual_disturbance', 'headache'], why: 'Shoulder and hip stiffness with headache, jaw pain or vision change can be giant cell arteritis, which needs same-day treatment.', source: 'cks-gca' }],
    routine: [{ why: 'Stiffness in the shoulders and hips in an older person is assessed by a GP with blood tests.' }],
  },
  {
    id: 'cramp', name: 'Leg cramps', system: 'musculoskeletal', source: 'nhs-cramp', role: 'pharmacist', presentation: ['cramp', 'claudication'],
    concepts: [{ id: 'cramp', label: 'leg cramps', patterns: ['(?:leg|calf|calves|foot|night) cramps?', 'cramp in {det}(?:leg|calf|calves|foot|feet|legs)'] },
      // "a cramping pain in my left calf and have to stop": the calf pain of claudication (NICE CG147), not a clot; a calf that is
      // also swollen, red or warm is still read as a possible clot (2026.12.18).
      { id: 'claudication_calf', label: 'calf pain that stops a walk', subsumes: ['calf_clot'], patterns: ['(?:cramp\\w*|pain|ache|aching|tight\\w*) in {det}(?:left |right )?(?:calf|calves) {www}(?:have|had|has|having) to (?:stop|rest|stand still)'] },
      { id: 'claudication', label: 'leg pain on walking that eases with rest', patterns: ['(?:walk|walking|walked) {www}(?:cramp|ache|aching|pain|hurt|tight)\\w*', '(?:have|had|has|having) to stop {www}(?:walk\\w*|rest\\w*|carry on|pain|ache)', '(?:stop|rest|resting|stand still) {www}(?:goes off|goes away|eases|settles|wears off|can carry on)', '(?:cramp\\w*|ache\\w*|aching|pain|hurts?|tight\\w*) {www}(?:after|when|on) (?:walking|i walk|a walk)', 'after walking (?:about |around |only )?\\d+ (?:yards|metres|meters|steps|minutes)'] }],
    routine: [{ since: '2026.12.4', any: ['claudication'], role: 'gp', source: 'nhs-pad', why: 'Leg pain that comes on walking and eases with rest can be narrowed leg arteries (peripheral arterial disease), which a GP assesses.' }],
    selfCare: [{ why: 'Leg cramps usually ease with stretching; a pharmacist can advise.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'widespread-pain', name: 'Widespread pain and stiffness', system: 'musculoskeletal', source: 'nhs-fibromyalgia', role: 'gp', presentation: ['widespread_pain'],
    concepts: [{ id: 'widespread_pain', label: 'pain all over', patterns: ['fibromyalgia', 'pain all over', 'hurts? all over', 'every joint', 'rheumatoid', 'joints? {ww}(?:stiff|swollen) {ww}(?:morning|mornings)', 'morning stiffness'] }],
    routine: [{ why: 'Pain in many joints or all over, or morning stiffness, is assessed by a GP with blood tests.' }],
  },
  {
    id: 'compartment-syndrome', name: 'Acute compartment syndrome', system: 'musculoskeletal', source: 'nhs-compartment-syndrome', role: 'gp', since: '2026.12.2', presentation: ['tight_swollen_limb'],
    emergency: [{ any: ['severe', 'pain_out_of_proportion', 'pain_relief_failed'], anyOf: [['tingling', 'worsening', 'rapidly_worsening', 'sudden', 'pain_relief_failed']], action: 'go-to-ae',
      why: 'Intense pain in a tight, swollen arm or leg after an injury, with tingling or pain that painkillers do not touch, can be compartment syndrome, which needs surgery quickly.', redFlag: 'Possible compartment syndrome' }],
    urgent: [{ why: 'A tight, swollen, painful arm or leg after an injury should be examined today.' }],
  },
  {
    id: 'plaster-cast-trouble', name: 'Pain, tingling or swelling under a plaster cast', system: 'musculoskeletal', source: 'nhs-broken-leg', role: 'gp', since: '2026.12.9', presentation: ['in_cast'],
    concepts: [{ id: 'in_cast', label: 'an arm or leg in a plaster cast', patterns: ['(?:in|on) {det}(?:plaster|cast|pot|backslab)(?! (?:of|character))', '(?:cast|plaster|pot) (?:on|put on|fitted)', 'plaster cast'] }],
    emergency: [{ any: ['severe', 'pain_out_of_proportion', 'pain_relief_failed', 'rapidly_worsening'], anyOf: [['tingling', 'worsening', 'rapidly_worsening', 'pain_relief_failed', 'blue_lips']], action: 'go-to-ae', source: 'nhs-compartment-syndrome',
      why: 'Pain under a cast that keeps getting worse, is not helped by painkillers, or comes with tingling or numb fingers or toes can mean the swelling is cutting off the blood supply (compartment syndrome): go to A&E now.', redFlag: 'Worsening pain or tingling under a cast' }],
    urgent: [{ any: ['tingling', 'worsening', 'severe', 'rapidly_worsening', 'pain_relief_failed'], why: 'Pain, swelling or tingling under a cast should be checked today: the cast may be too tight.', redFlag: 'Pain or swelling under a cast' }],
  },
];
