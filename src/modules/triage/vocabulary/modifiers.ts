/** Words that change how serious another symptom is: onset, severity, course. */
import type { Concept } from './concept.ts';

export const MODIFIER_CONCEPTS: Concept[] = [
  { id: 'sudden', label: 'sudden onset', patterns: ['sudden(?:ly)?', 'all of a sudden', 'out of (?:the )?nowhere', 'came on (?:fast|quickly|instantly|in seconds)', 'thunderclap'] },
  {
    id: 'severe',
    label: 'severe',
    patterns: ['severe(?:ly)?', 'agony', 'agonising', 'agonizing', 'excruciating', 'unbearable', 'terrible', 'horrendous', 'really bad', 'very bad', 'extreme(?:ly)?', 'intense'],
  },
  { id: 'worsening', label: 'getting worse', patterns: ['(?:getting|got|is getting|becoming|gone|going|keeps getting) worse', 'worsening', 'worse and worse', 'deteriorat\\w*'] },
];
