/** Tummy and bowel. Vomiting blood, black stools and jaundice are in rules/emergency.ts and rules/urgent.ts. */
import type { Complaint } from './complaint.ts';

export const GASTROINTESTINAL: Complaint[] = [
  {
    id: 'gi-bleed', name: 'Bleeding from the gut with signs of blood loss', system: 'gastrointestinal', source: 'nice-cg141', role: 'gp', presentation: ['melaena', 'vomiting_blood', 'blood_in_stool'],
    emergency: [{ any: ['faint', 'near_faint', 'pale', 'breathless', 'confusion', 'dizzy', 'heavy_bleeding'], why: 'Bleeding from the gut with fainting, dizziness, pallor or breathlessness means significant blood loss and needs emergency care.', redFlag: 'Gut bleeding with signs of blood loss' }],
  },
  {
    id: 'appendicitis', name: 'Appendicitis and the acute abdomen', system: 'gastrointestinal', source: 'nhs-appendicitis', role: 'gp',
    presentation: ['appendix_pain', 'peritonism'],
    concepts: [
      { id: 'appendix_pain', label: 'pain moving to the lower right of the tummy', patterns: [
        '(?<!(?:after|since|from|removed|out|had) (?:my|his|her|their|the) )appendi\\w*(?! (?:out|removed|operation|op)\\b)', '(?:belly|tummy) ?button {near}(?:right|lower|bottom|down)', '(?:started|began|moved|moving|gone|went|spread\\w*) {ww}(?:to|down to|into|on|over to) {det}(?:lower |bottom )?right',
        '(?:lower|bottom) right (?:side )?(?:of )?{det}(?:tummy|stomach|belly|abdomen)', '(?:pain|ache|hurts?|sore|tender) {ww}(?:lower|bottom) right', 'right (?:lower|bottom) (?:side|tummy|abdomen)',
      ] },
      // "it sounds awful when he coughs": how the cough sounds, not tummy pain on coughing (2026.12.20).
      { id: 'cough_sound', label: 'how a cough sounds', patterns: ['(?:sounds|sounded|sounding) {ww}(?:when|if) (?:he |she |i |they )?coughs?'], subsumes: ['peritonism'] },
      // Not "can't sit still": someone with peritonitis lies still; restlessness is colic or a child's behaviour (2026.12.27).
      { id: 'peritonism', label: 'tummy pain worse on moving, coughing or walking, or a hard tummy', patterns: [
        '(?:hurts|pain|worse|agony) {ww}(?:when|if|to) (?:he |she |i |they )?(?:walk|walks|move|moves|cough|coughs|jump|jumps|laugh|bumps?|go over bumps|stand up straight)',
        '(?:cant|cannot|wont|doesnt want to) (?:walk(?! (?:far|very far|long|more than|up|upstairs|without|to the|the))|stand up straight|straighten up|move)', '(?:tummy|stomach|belly|abdomen) (?:is |feels |has gone )?(?:rigid|hard|board like|swollen and hard|tight and swollen)',
        '(?:lying|lay|lies) (?:very )?still', '(?:curled|curl) up in a ball', 'bent over',
        // "screaming if she moves or I touch it", "won't walk upright" (2026.12.33).
        '(?:screams?|screaming|cries|crying|yells?|yelling|winces?|wincing) (?:out )?(?:if|when) {ww}(?:moves?|moving|touch\\w*|press\\w*|walk\\w*)', '(?:wont|cant|cannot) (?:walk|stand) (?:up ?right|straight)',
      ] },
    ],
    emergency: [
      { any: ['abdominal_pain', 'vomiting', 'fever', 'nausea'], age: { max: 15 }, why: 'A child with tummy pain that has moved to the lower right, or that hurts more on walking or coughing, can have appendicitis and needs to be seen in hospital now.', redFlag: 'Possible appendicitis in a child', action: 'go-to-ae' },
      { all: ['peritonism'], any: ['abdominal_pain', 'abdo_severe', 'upper_abdo_pain'], anyOf: [['vomiting', 'fever', 'severe', 'worsening', 'sudden']], why: 'Tummy pain that is worse on moving or coughing, with vomiting or fever, or a hard tummy, needs hospital assessment now.', redFlag: 'Acute abdomen', action: 'go-to-ae' },
      { all: ['appendix_pain'], any: ['vomiting', 'fever', 'severe', 'worsening'], why: 'Pain that has moved to the lower right of the tummy with vomiting, fever or worsening pain can be appendicitis.', redFlag: 'Possible appendicitis', action: 'go-to-ae' },
    ],
    // "Hurts when she walks" with a foot or skin problem that explains it is not an abdominal sign (issue 11: a verruca read as appendicitis).
    urgent: [{ none: ['skin_minor', 'minor_injury', 'friction_blister', 'insect_bite'], why: 'Tummy pain that may be appendicitis must be examined today.' }],
  },
  {
    id: 'abdominal-pain', name: 'Tummy pain', system: 'gastrointestinal', source: 'nhs-stomach-ache', role: 'gp', presentation: ['abdominal_pain', 'abdo_severe'],
    emergency: [
      { any: ['sudden'], anyOf: [['severe', 'abdo_severe']], none: ['period_pain'], why: 'Sudden, severe tummy pain needs hospital assessment now.', redFlag: 'Sudden severe tummy pain', action: 'go-to-ae' },
      { any: ['vomiting_blood', 'melaena', 'blood_in_stool'], anyOf: [['severe', 'abdo_severe', 'faint', 'near_faint']], why: 'Severe tummy pain with bleeding needs emergency care.', redFlag: 'Tummy pain with bleeding' },
      { any: ['no_bowel_movement'], anyOf: [['vomiting', 'swollen_tummy']], why: 'Tummy pain with vomiting and being unable to poo or pass wind can be a blocked bowel.', redFlag: 'Possible bowel obstruction', source: 'nhs-bowel-obstruction' },
      { any: ['green_vomit'], why: 'Green (bile) vomit with tummy pain can be a blocked bowel.', redFlag: 'Green vomit', source: 'nhs-baby-vomiting' },
      { since: '2026.12.2', alone: true, all: ['no_bowel_movement'], anyOf: [['vomiting', 'green_vomit', 'swollen_tummy']], source: 'nhs-bowel-obstruction', action: 'go-to-ae',
        why: 'Being unable to poo or pass wind with vomiting or a swollen tummy can be a blocked bowel, which needs hospital care now.', redFlag: 'Possible bowel obstruction' },
      { since: '2026.12.2', any: ['faint', 'unresponsive'], anyOf: [['severe', 'abdo_severe', 'sudden']], why: 'Severe or sudden tummy pain with fainting needs emergency care.', redFlag: 'Tummy pain with collapse' },
      { since: '2026.12.19', alone: true, all: ['rigid_abdomen'], source: 'nhs-peritonitis', action: 'go-to-ae',
        why: 'A tummy that is hard as a board, or too painful to be touched, can be peritonitis, which needs hospital care now.', redFlag: 'Rigid or guarded tummy' },
    ],
    urgent: [
      { any: ['severe', 'fever', 'vomiting', 'worsening', 'jaundice', 'swollen_tummy'], none: ['period_pain'], why: 'Tummy pain with a fever, vomiting or that is severe or getting worse should be examined today.' },
      { age: { max: 4 }, why: 'Tummy pain in a child under 5 should be assessed today.' },
      { age: { min: 65 }, why: 'New tummy pain at 65 or over should be assessed today.' },
    ],
    routine: [{ none: ['diarrhoea', 'vomiting', 'constipation', 'heartburn', 'period_problem', 'period_pain', 'threadworms', 'bowel_change', 'bloating', 'urinary_symptoms'], why: 'Tummy pain that keeps coming back should be seen by a GP.' }],
    concepts: [
      { id: 'no_bowel_movement', label: 'unable to poo or pass wind', patterns: ['(?:cant|cannot|not|havent|hasnt|unable to) (?:poo|pooed|pass wind|passed wind|fart|farted|been to the toilet)', 'no (?:wind|farts?)'] },
      { id: 'swollen_tummy', label: 'a swollen tummy', patterns: ['(?:tummy|stomach|belly|abdomen) (?:is |has )?(?:gone )?(?:swollen|distended|bloated and hard|blown up)', '(?:swollen|distended) (?:tummy|stomach|belly|abdomen)'] },
      { id: 'blood_in_it', label: 'blood in it (the diarrhoea)', patterns: ['(?:was|is|some|with|got|had|there was|there is) blood in (?:it|them|there)'] },
      { id: 'green_vomit', label: 'green vomit (bile)', patterns: ['green (?:sick|vomit|bile)', '(?:sick|vomit\\w*|throw\\w* up|threw up|brought up|bring\\w* up|brought back|bring\\w* back) {www}(?:bright |dark |luminous |bottle |yellow |yellowy |yellowish )?green', 'bile', 'bilious'] },
    ],
  },
  {
    id: 'upper-abdominal-emergency', name: 'Pancreatitis, gallstones and ulcer', system: 'gastrointestinal', source: 'nhs-pancreatitis', role: 'gp',
    presentation: ['upper_abdo_pain'],
    concepts: [{ id: 'upper_abdo_pain', label: 'pain in the upper tummy or under the ribs', patterns: ['(?:upper |top of {det})(?:tummy|stomach|abdomen|belly)', 'under {det}(?:right |left )?ribs', 'pain {ww}(?:goes|going|spreads|spreading|radiat\\w*) {ww}(?:through|to|into) {det}back', 'gall ?stones?', 'gall ?bladder', 'pancreatitis', 'ulcer in {det}stomach', 'stomach ulcer'] }],
    emergency: [
      // NICE CKS Jaundice in adults: fever with jaundice and pain under the ribs is an infected bile duct (cholangitis), admitted the same day (2026.12.22).
      { since: '2026.12.22', all: ['jaundice'], any: ['fever', 'high_fever', 'rigors'], source: 'nice-cks-jaundice', action: 'go-to-ae', redFlag: 'Jaundice with fever and pain under the ribs',
        why: 'Yellow skin or eyes with a high temperature and pain under the ribs can be an infected bile duct: go to A&E now.' },
      { any: ['severe', 'abdo_severe'], anyOf: [['vomiting', 'fever', 'jaundice']], why: 'Severe upper tummy pain spreading to the back with vomiting, fever or yellow skin can be pancreatitis or an infected gallbladder.', redFlag: 'Severe upper abdominal pain' }
    ],
    urgent: [{ any: ['fever', 'jaundice', 'vomiting', 'severe'], why: 'Pain under the ribs with fever, yellowing or vomiting should be examined today.', source: 'nhs-gallstones' }],
    routine: [{ why: 'Pain in the upper tummy after meals is assessed by a GP.', source: 'nhs-gallstones' }],
  },
  {
    id: 'hernia', name: 'Hernia', system: 'gastrointestinal', source: 'nhs-hernia', role: 'gp', presentation: ['hernia'],
    concepts: [
      { id: 'hernia', label: 'a hernia or groin bulge', patterns: ['hernia', '(?:lump|bulge|swelling) in {det}(?:\\w+ )?(?:groin|belly button|tummy button)', '(?:groin|belly button) (?:lump|bulge)'] },
      { id: 'cant_push_back', label: 'a lump that cannot be pushed back', patterns: ['(?:cant|cannot|wont) (?:push|pop|get) it back', '(?:stuck|hard and tender) out', '(?:stayed|stays|staying) (?:out|down|popped out)', '(?:wont|will not|doesnt|does not|cant|cannot|not) (?:go|going|pop|popping|slip|slipping) back(?: in)?(?! (?:to|yet|into|at|for|on|until|till))'] },
    ],
    emergency: [{ any: ['severe', 'vomiting', 'no_bowel_movement', 'cant_push_back'], why: 'A painful hernia that cannot be pushed back, with vomiting, can be strangulated and needs surgery now.', redFlag: 'Possible strangulated hernia', action: 'go-to-ae' }],
    routine: [{ why: 'A hernia is assessed by a GP, who can refer for repair.' }],
  },
  {
    id: 'gastroenteritis-child', name: 'Diarrhoea and vomiting in children', system: 'child-infection', source: 'nice-cks-gastro', role: 'gp', presentation: ['diarrhoea', 'vomiting'],
    emergency: [{ age: { max: 4 }, any: ['drowsy', 'not_interested', 'floppy', 'mottled', 'no_urine'], why: 'A young child with diarrhoea or vomiting who is drowsy, not responding normally or not passing urine may be seriously dehydrated.', redFlag: 'Dehydration red features' },
      { any: ['green_vomit'], age: { max: 15 }, why: 'Green vomit in a child can be a blocked bowel and needs hospital assessment now.', redFlag: 'Green vomit in a child', source: 'nhs-baby-vomiting', action: 'go-to-ae' }],
    urgent: [{ age: { max: 15 }, any: ['blood_in_stool', 'blood_in_it'], why: 'Blood in a child\'s diarrhoea needs a same-day assessment.' },
      { age: { max: 4 }, any: ['not_feeding', 'reduced_urine', 'pale', 'cant_keep_fluids'], why: 'A young child with diarrhoea or vomiting who is drinking less or passing less urine needs a same-day check.' },
      { age: { max: 4 }, durationDays: { min: 2 }, all: ['vomiting'], why: 'Vomiting for 2 days or more in a young child needs a same-day check.' },
      // NHS diarrhoea and vomiting: a child of any age who is peeing less or cannot keep fluids down needs an urgent GP appointment or 111 (2026.12.20).
      { since: '2026.12.20', age: { min: 5, max: 15 }, any: ['reduced_urine', 'cant_keep_fluids', 'no_urine'], why: 'A child with diarrhoea or vomiting who is passing less urine or cannot keep drinks down may be getting dehydrated and needs a same-day check.', source: 'nhs-diarrhoea-vomiting' }],
    routine: [{ age: { max: 15 }, durationDays: { min: 7 }, all: ['diarrhoea'], why: 'Diarrhoea lasting a week in a child should be seen by a GP.' }],
    selfCare: [{ age: { min: 1, max: 15 }, durationDays: { max: 6 }, why: 'Most diarrhoea and vomiting in children settles in a few days with plenty of fluids.', advice: ['diarrhoea-vomiting'] }],
  },
  {
    id: 'threadworms', name: 'Threadworms', system: 'gastrointestinal', source: 'nhs-threadworms', role: 'pharmacist', presentation: ['threadworms'],
    concepts: [{ id: 'threadworms', label: 'threadworms', patterns: ['thread ?worms?', 'pin ?worms?', 'worms? in {det}(?:poo|stool|bottom|nappy)', '(?:white )?threads? (?:in|on) {det}(?:poo|stool)', 'scratch\\w* {det}(?:bum|bottom) {ww}(?:at night|in bed|in the night)', 'itchy (?:bottom|bum) {ww}(?:night|bed)', '(?:itch\\w*|scratch\\w*) {det}(?:bum|bottom) {www}(?:at night|in bed|in the night|night)', '(?:tiny |little |small )?(?:white )?thread (?:things|bits|like (?:things|bits|worms))', '(?:bottom|bum) {ww}itch\\w* {ww}night', 'worms'] }],
    selfCare: [{ why: 'Threadworms are treated with a medicine from a pharmacy for the whole household, and careful hand-washing.', advice: ['minor-pharmacy'], exempt: ['AL-PARTLY-RECOGNISED'] }],
  },
  {
    id: 'indigestion', name: 'Indigestion and swallowing problems', system: 'gastrointestinal', source: 'nhs-indigestion', role: 'gp', presentation: ['heartburn', 'dysphagia'],
    concepts: [{ id: 'dysphagia', label: 'difficulty swallowing', patterns: ['(?:difficulty|trouble|problems?|struggl\\w*) (?:with )?swallow\\w*', 'food {ww}(?:gets |getting |got )?stuck', 'hard to swallow', 'dysphagia'] }],
    urgent: [{ any: ['vomiting', 'melaena'], all: ['dysphagia'], why: 'Swallowing problems with vomiting should be assessed today.' }],
    routine: [{ any: ['dysphagia', 'cancer_concern'], why: 'Difficulty swallowing or indigestion with weight loss should be seen by a GP (NICE NG12 suspected cancer).', source: 'nhs-dysphagia', redFlag: 'Difficulty swallowing or weight loss with indigestion' },
      { since: '2026.12.8', all: ['heartburn'], durationDays: { min: 21 }, why: 'Heartburn most days for 3 weeks or more, or not helped by pharmacy medicines, should be seen by a GP.', source: 'nhs-indigestion' },
      { age: { min: 55 }, durationDays: { min: 21 }, why: 'Indigestion lasting 3 weeks or more at 55 or over should be seen by a GP (NICE NG12).', source: 'nice-ng12' },
      { all: ['self_care_failed'], why: 'Indigestion that pharmacy treatment has not helped should be seen by a GP.' }],
  },
  {
    id: 'bowel-change', name: 'Change in bowel habit', system: 'gastrointestinal', source: 'nhs-bowel-cancer', role: 'gp', presentation: ['bowel_change', 'bloating'],
    concepts: [{ id: 'bowel_change', label: 'a change in bowel habit', patterns: ['change (?:in|to) {det}bowel\\w*', 'bowel (?:habits? )?(?:changed|changes|different)', '(?:pooing|going to the toilet) (?:more|less) (?:often|than usual)', 'looser (?:stools|poos?)', '(?:poo|poos|stools?|bowels?) {ww}(?:looser|runnier|softer|more runny|more loose)', 'ibs', 'irritable bowel', 'coeliac'] },
      { id: 'bloating', label: 'bloating', patterns: ['bloat\\w*'] }],
    // In children loose poo is read as diarrhoea (gastroenteritis, teething), not as a change of habit (2026.12.8).
    // 2026.12.12: bloating alone is not a change of bowel habit. NHS bloating: see a GP when it lasts 3 weeks or more;
    // NICE NG12: persistent bloating in a woman of 50 or over is a reason to test for ovarian cancer.
    routine: [{ age: { min: 16 }, all: ['bowel_change'], why: 'A change in bowel habit or suspected IBS is assessed by a GP (NICE NG12 for those over 50).' },
      { since: '2026.12.12', age: { min: 16 }, all: ['bloating'], durationDays: { min: 21 }, why: 'Bloating that has lasted 3 weeks or more should be seen by a GP.', source: 'nhs-bloating' },
      { since: '2026.12.12', all: ['bloating'], sex: 'female', age: { min: 50 }, why: 'Bloating that keeps coming back in a woman of 50 or over should be checked by a GP (NICE NG12).', source: 'nice-ng12' }],
    selfCare: [{ since: '2026.12.12', all: ['bloating'], none: ['bowel_change'], durationDays: { max: 20 }, why: 'Short-lived bloating usually settles with regular meals, less fizzy drink and gassy food, and exercise; a pharmacist can suggest something for wind or constipation.', advice: ['minor-pharmacy'], source: 'nhs-bloating' }],
  },
  {
    id: 'bottom-problems', name: 'Piles, itchy bottom and anal fissure', system: 'gastrointestinal', source: 'nhs-haemorrhoids', role: 'pharmacist', presentation: ['piles'],
    concepts: [
      { id: 'piles', label: 'piles or a sore bottom', patterns: ['piles', 'ha?emorrhoids?', 'fissure', '(?:sore|itchy|painful) (?:bottom|bum|anus)', '(?:bottom|bum|anus) (?:is )?{w}(?:itchy|sore|painful)', 'pain when i poo', 'lump (?:around|on|near) {det}(?:anus|bottom|bum)', 'blood on {det}(?:toilet )?paper'] },
      { id: 'perianal_swelling', label: 'a painful swelling by the back passage', patterns: ['(?:swelling|lump|boil|abscess) {ww}(?:next to|near|by|around|beside) {det}(?:back passage|bottom|anus|bum)', 'perianal'] },
    ],
    urgent: [{ any: ['perianal_swelling'], why: 'A painful swelling by the back passage, especially with a temperature, can be an abscess needing drainage today.', role: 'gp', source: 'nhs-skin-abscess' }],
    routine: [{ any: ['blood_in_stool', 'self_care_failed'], durationDays: { min: 7 }, role: 'gp', why: 'Piles that bleed or have not settled after a week of treatment should be seen by a GP.' }],
    selfCare: [{ why: 'Piles usually settle with more fibre and fluids and a cream from a pharmacy.', advice: ['minor-pharmacy'] }],
  },
];
