/** Musculoskeletal phrasings, including the cauda equina red flags (NICE CKS sciatica). */
import type { Concept } from './concept.ts';

const LINK = '(?:(?:is|are|has|have|been|keeps|feels|really|very|so|still|getting|started) )*';
// A describing word before the body part: "aching knee", "sore shoulder", "stiff neck".
const SORE = '(?:aching|achy|sore|painful|stiff|bad|dodgy|swollen|niggling) (?:left |right |lower |upper )?';
const HURT = '(?:pain|pains|ache|aches|aching|hurts?|hurting|sore|stiff|stiffness|spasms?|twinge\\w*|agony|injury|injured|problems?|is killing me|giving me grief)';

export const MSK_CONCEPTS: Concept[] = [
  {
    id: 'back_pain',
    label: 'back pain',
    patterns: [
      `(?:lower |upper |bad )?(?:back|spine) ${LINK}${HURT}`, 'backache', 'bad back', '(?:ache|aching|pain|pains|hurting|soreness) (?:in|across|down) {det}(?:middle |lower |upper |small )?(?:of )?{det}back', 'lumbago', 'sciatica', 'slipped disc', `${SORE}back`,
      '(?:pain|ache|aches) in {det}(?:lower |upper )?back', '(?:hurt|pulled|strained|put out|did|twisted|injured|done|tweaked) {det}(?:lower |upper )?back', 'sore to (?:bend|move|walk|sit|stand)',
    ],
  },
  {
    id: 'neck_pain',
    label: 'neck pain',
    patterns: [`neck ${LINK}${HURT}`, 'neck ?ache', 'neck {ww}(?:stuck|locked|cricked|seized)', 'whiplash', 'crick in {det}neck', '(?:pain|ache) in {det}neck', `${SORE}neck`],
  },
  {
    id: 'shoulder_pain',
    label: 'shoulder pain',
    patterns: [`shoulders? ${LINK}${HURT}`, 'frozen shoulder', 'rotator cuff', '(?:pain|ache) in {det}(?:left |right )?shoulders?', '(?:hurt|injured|pulled|dislocated) {det}shoulder', `${SORE}shoulders?`],
  },
  {
    id: 'knee_pain',
    label: 'knee pain',
    patterns: ['(?:pain|ache|aching|sore) {ww}(?:round|around|behind|under|at|in) (?:the )?(?:front of |back of |side of )?{det}(?:left |right )?(?:knee ?cap|knee)', `knees? ${LINK}${HURT}`, 'knees? {ww}(?:gave way|gives way|giving way|clicking|locking|swollen)', '(?:pain|ache) in {det}(?:left |right )?knees?', '(?:twisted|hurt|injured) {det}knee', `${SORE}knees?`],
  },
  {
    id: 'joint_pain',
    label: 'joint, muscle or tendon pain',
    patterns: [
      `(?:hip|hips|ankle|elbow|wrist|foot|feet|heel|hand|finger|thumb|joint|joints|achilles|hamstring|tendon|muscle|arm|leg) ${LINK}${HURT}`,
      '(?:pain|ache) in {det}(?:left |right )?(?:hip|ankle|elbow|wrist|foot|heel|hand|finger|thumb|joints?|achilles)',
      'sprain\\w*', '(?:muscle|back|neck|groin|calf|hamstring) strain', 'strained {det}\\w+', 'tennis elbow', 'golfers elbow', 'plantar fasci\\w*', 'tendin\\w*', 'tendon\\w*', 'osteoarthritis', 'arthritis',
      'pulled (?:a )?(?:muscle|hamstring)', '(?:twisted|rolled|went over on) {det}(?:ankle|wrist|knee)', 'carpal tunnel', 'bursitis',
    ],
  },
  {
    id: 'hot_swollen_joint',
    label: 'a hot, swollen joint',
    patterns: ['(?:joint|knee|ankle|elbow|wrist|toe|hip) (?:(?:[a-z0-9]+|,) ){0,8}swollen (?:(?:[a-z0-9]+|,) ){0,10}(?<!(?:not|isnt|no) )(?:warm|hot)', '(?:joint|knee|ankle|elbow|wrist|toe|hip) (?:is )?(?:hot|warm) and swollen', 
      '(?:joint|knee|ankle|elbow|wrist|toe|hip|finger) (?:is )?{list}(?:hot|red) {list}swollen', '(?:hot|red) {list}swollen {ww}(?:joint|knee|ankle|elbow|wrist|toe|hip)',
      '(?:joint|knee|ankle|elbow|wrist|toe) {list}swollen {list}(?:hot|red)', 'gout',
      // "a painful swollen right knee since yesterday, it's hot and red": swelling named before the joint (2026.12.32).
      '(?:swollen|swelled up) {ww}(?:joint|knee|ankle|elbow|wrist|toe|hip) (?:(?:[a-z0-9]+|,) ){0,6}(?<!(?:not|isnt|no) )(?:hot|warm)\\b',
    ],
  },
  {
    id: 'saddle_numbness',
    label: 'numbness around the bottom or genitals ("saddle" numbness)',
    patterns: [
      '(?:numb|numbness|tingling|tingly|no feeling|cant feel \\w+|pins and needles) {ww}(?:down there|between {det}legs|(?:in|around|of) {det}(?:bum|bottom|buttocks|genitals|groin|privates|saddle|back passage|anus|vagina|penis|crotch))',
      'saddle (?:area )?(?:numb\\w*|an(?:a)?esthesia)', 'cant feel (?:the )?(?:toilet paper|when i wipe)', 'numb down there',
    ],
  },
  {
    id: 'incontinence',
    label: 'new loss of bladder or bowel control',
    patterns: [
      'wet (?:myself|himself|herself|themselves)', 'wetting (?:myself|himself|herself)', 'incontinen\\w*',
      '(?:lost|losing|loss of) (?:control (?:of|over) )?{det}(?:bladder|bowels?)(?: control)?', 'no (?:control (?:of|over) {det}(?:bladder|bowels?)|(?:bladder|bowel) control)', '(?:leaking|leaked|leak|leaks) {ww}(?:urine|wee|pee)',
      '(?:pooed|pooped|soiled) (?:myself|himself|herself)', '(?:cant|unable to) (?:control|hold) {det}(?:bladder|bowels?|wee|pee|urine)',
    ],
  },
  {
    id: 'bilateral_leg_symptoms',
    label: 'weakness or numbness in both legs',
    patterns: [
      '(?:both|my|his|her) legs (?:are |feel |have |keep )?{w}(?:weak|numb|giving way|tingling|heavy|dead)', '(?:numb|weak|numbness|weakness) (?:in )?both legs',
      '(?:sciatica|pain|numbness) {ww}both legs', 'legs (?:are |keep |have )?(?:gone )?(?:giving way|weak|numb)',
    ],
  },
];
