/** Diabetes, thyroid and other hormone problems. Diabetic foot is in skin.ts; thirst in a child in child-infection.ts. */
import type { Complaint } from './complaint.ts';

export const ENDOCRINE: Complaint[] = [
  {
    id: 'diabetes-emergency', name: 'A person with diabetes who is drowsy, confused or fitting', system: 'endocrine', source: 'nhs-hypo', role: 'gp', presentation: ['diabetes'],
    emergency: [{ any: ['drowsy', 'unresponsive', 'seizure', 'confusion', 'cant_swallow'], why: 'A person with diabetes who is drowsy, confused, fitting or cannot swallow sugar may have a severe hypo or ketoacidosis and needs an ambulance.', redFlag: 'Diabetes with drowsiness or confusion' }],
  },
  {
    id: 'hypoglycaemia', name: 'Low blood sugar (hypo)', system: 'endocrine', source: 'nhs-hypo', role: 'gp', presentation: ['hypo'],
    concepts: [{ id: 'hypo', label: 'a hypo (low blood sugar)', patterns: ['hypos?', 'hypoglyc\\w*', '(?:blood )?sugars? (?:is |are |was |were |went |have been |keep |keeps )?(?:going )?(?:low|dropping|very low|crashing)', '(?:low|dropping) (?:blood )?sugars?', '(?:bm|glucose|reading) (?:of |was |is )?(?:[1-3]|[1-3]p\\d)'] }],
    emergency: [{ any: ['unresponsive', 'seizure', 'confusion', 'drowsy', 'self_care_failed'], why: 'A hypo with drowsiness, confusion or a fit, or one that is not improving with sugar, needs an ambulance.', redFlag: 'Severe hypo' }],
    urgent: [{ any: ['recurrent', 'sudden'], why: 'Hypos that keep happening need a same-day review of diabetes treatment.' }],
    routine: [{ why: 'A hypo that recovered with sugar should be reported to the diabetes team or GP to review treatment.' }],
  },
  {
    id: 'high-sugar', name: 'High blood sugar and ketoacidosis', system: 'endocrine', source: 'nhs-dka', role: 'gp', presentation: ['high_sugar'],
    concepts: [
      { id: 'high_sugar', label: 'high blood sugar or ketones', patterns: ['(?:blood )?sugars? (?:is |are |was |were |have been |keep |keeps )?(?:going )?(?:very |really |too )?(?:high|up|over \\d+|sky high)', '(?:sugars?|glucose|bms?|readings?) {ww}(?:1[5-9]|[2-9]\\d)\\b', 'high (?:blood )?sugars?', 'ketones?', 'dka', 'ketoacidosis', 'hyperglyc\\w*'] },
      { id: 'ketones_high', label: 'high ketones', patterns: ['(?:high|raised|positive) ketones', 'ketones (?:are |of |at |is |was |were )?(?:high|raised|positive|(?:[3-9]|\\d{2})(?:p\\d+)?)', 'dka', 'ketoacidosis', 'pear drops', 'smells? of nail varnish'] },
      // 2026.12.13: NHS diabetic ketoacidosis: blood ketones 0.6 to 2.9 mean test again and contact the diabetes team or GP today;
      // 3 or above is an emergency (ketones_high). "1.2" reads as "1p2" after normalising.
      { id: 'ketones_raised', label: 'blood ketones raised (0.6 to 2.9)', patterns: ['ketones (?:are |of |at |is |was |were )?(?:0p[6-9]\\d*|[12](?:p\\d+)?)'] },
      { id: 'unwell_general', label: 'feeling unwell', patterns: ['(?:feel|feeling|felt|been|is|am|im) (?:really |very |quite |so |a bit |generally )?(?:unwell|ill|rough|awful|terrible|off colour|run down)', 'under the weather'] },
    ],
    emergency: [{ any: ['vomiting', 'breathless', 'drowsy', 'confusion', 'abdominal_pain', 'ketones_high'], why: 'High blood sugar with vomiting, tummy pain, fast breathing or drowsiness can be diabetic ketoacidosis, which needs hospital treatment now.', redFlag: 'Possible diabetic ketoacidosis', action: 'go-to-ae' }],
    urgent: [{ any: ['unwell_general', 'infection', 'fever', 'thirst_polyuria', 'diarrhoea', 'ketones_raised', 'cold', 'flu_like'], why: 'High blood sugars while unwell need a same-day review (sick-day rules).' }],
    routine: [{ why: 'Blood sugars that are running high are reviewed by the practice diabetes team.', role: 'nurse' }],
  },
  {
    id: 'thyroid', name: 'Thyroid problems', system: 'endocrine', source: 'nhs-thyroid', role: 'gp', presentation: ['thyroid'],
    concepts: [{ id: 'thyroid', label: 'a thyroid problem', patterns: ['thyroid', 'goitre', 'levothyroxine', 'graves', 'hashimoto\\w*'] }],
    routine: [{ why: 'Thyroid symptoms or treatment are reviewed by a GP with a blood test.' }],
  },
  {
    id: 'weight-change', name: 'Unexplained weight change', system: 'general', source: 'nhs-weight-loss', role: 'gp', presentation: ['weight_gain'],
    concepts: [{ id: 'weight_gain', label: 'weight gain or wanting help with weight', patterns: ['(?:put on|gained|gaining|putting on) {ww}weight', 'weight gain', 'overweight', 'obes\\w*', 'lose weight', 'weight loss (?:help|injections|jabs|programme)', 'wegovy', 'mounjaro'] }],
    routine: [{ age: { min: 16 }, why: 'Weight gain or help with losing weight is discussed with a GP or the practice team.' }],
  },
  {
    id: 'adrenal-crisis', name: 'Adrenal insufficiency (steroid dependence)', system: 'endocrine', source: 'nhs-999', role: 'gp', presentation: ['adrenal'],
    concepts: [{ id: 'adrenal', label: 'Addison\'s disease or steroid dependence', patterns: ['addisons', 'adrenal (?:insufficiency|crisis)', 'hydrocortisone', 'steroid (?:card|emergency card|dependent)',
      // 2026.12.12: long-term prednisolone suppresses the adrenal glands too (NHS adrenal insufficiency; the steroid emergency card is for them).
      '(?:on|take|taking|takes) (?:prednisolone|pred|steroid tablets|oral steroids) (?:\\w+ ){0,3}(?:long term|for years|every day|daily)', 'long term (?:prednisolone|steroid tablets|oral steroids)'] }],
    emergency: [{ any: ['vomiting', 'diarrhoea', 'faint', 'near_faint', 'confusion', 'drowsy', 'cant_keep_fluids'], why: 'With Addison\'s or steroid dependence, vomiting or feeling faint can be an adrenal crisis: give the emergency injection and call 999.', redFlag: 'Possible adrenal crisis' }],
    urgent: [{ any: ['fever', 'infection', 'unwell_general'], why: 'An illness in someone dependent on steroids needs same-day advice on doubling the dose.' }],
  },
];
