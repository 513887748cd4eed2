/** Minor illness a pharmacist or self-care can handle (NICE CKS, NHS Pharmacy First). */
import type { Concept } from './concept.ts';

export const MINOR_ILLNESS_CONCEPTS: Concept[] = [
  {
    id: 'cold',
    label: 'a cold',
    patterns: [
      '(?:a|the|common|head|bad|heavy|stinking|streaming|horrible|chesty) cold(?! (?:sweats?|clammy|hands|feet|skin|and clammy))', 'runny nose', 'blocked nose',
      'stuffy nose', 'snott\\w*', 'sneez\\w*', 'congest\\w*', 'sniffles', 'sniffly', 'snuffl\\w*', 'bunged up nose',
    ],
  },
  { id: 'flu_like', label: 'flu-like illness', patterns: ['flu ?like', 'flu', 'influenza', 'aches and pains', 'achy', 'aching all over'] },
  {
    id: 'sore_throat',
    label: 'a sore throat',
    patterns: ['sore throat', 'throat (?:is |feels )?(?:so |really |very |quite )?(?:sore|hurts|painful|pain|raw|scratchy)', 'tonsillitis', '(?:pain(?:ful)?|hurts?|agony|sore) (?:when (?:i |he |she )?|to )swallow\\w*', 'strep throat'],
  },
  { id: 'hay_fever', label: 'hay fever', patterns: ['hay ?fever', 'pollen', 'itchy (?:watery )?eyes', 'allergic rhinitis', 'seasonal allerg\\w*'] },
  { id: 'earache', label: 'earache', patterns: ['ear ?ache', 'ear (?:pain|infection|hurts|is sore)', '(?:pain|ache) in {det}(?:left |right )?ears?', 'pulling at {det}ears?', 'otitis'] },
  { id: 'sinusitis', label: 'sinusitis', patterns: ['sinus\\w*', 'blocked sinuses', 'facial pain'] },
  { id: 'sticky_eye', label: 'sticky eye (conjunctivitis)',     patterns: ['sticky eyes?', 'conjunctivitis', 'pink eyes?', 'eyes? {ww}(?:sticky|crusty|gunky|gooey|gluey|pink)', 'eyelashes {ww}stuck', 'gluey'] },
  { id: 'hives', label: 'hives or itchy rash', patterns: ['hives', 'urticaria', 'nettle rash', 'itchy (?:red )?(?:lumps|welts|bumps|rash)', 'welts'] },
  { id: 'insect_bite', label: 'an insect bite or sting', patterns: ['(?:insect|mosquito|horse ?fly|spider|bug|midge|flea|gnat|tick) bites?', 'bitten by {det}(?:insects?|mosquito(?:e)?s?|horse ?fl(?:y|ies)|spiders?|midges?|fleas?|gnats?|bugs?|bed ?bugs?)', '(?:midge|mosquito|flea|bug) (?:bites|bitten)'] },
  { id: 'infected_bite', label: 'an infected insect bite', patterns: ['infected (?:insect )?bite', 'bite {ww}(?:infected|spreading|red and hot)'] },
  { id: 'impetigo', label: 'impetigo', patterns: ['impetigo', '(?:crusty|golden|honey) {w}(?:sores|crusts|scabs|patches|blisters)'] },
  { id: 'shingles', label: 'shingles', patterns: ['shingles', 'herpes zoster'] },
  {
    id: 'minor_self_care',
    label: 'a minor problem pharmacists treat',
    patterns: [
      'travel sickness', 'sea ?sick\\w*', 'car ?sick\\w*', 'motion sickness', 'eyes? (?:feel |are |feeling )?{w}(?:dry|gritty)', 'hangover', 'splinter', 'bruis\\w*', 'dry eyes', 'chapped lips', 'minor cut', 'graze',
    ],
  },
];
