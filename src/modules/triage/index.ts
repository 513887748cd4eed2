/** The triage module's public surface: what the server, the CLI and the web app may use. */

/** Assess one described problem: urgency, role, red flags, rationale, next step and advice. */
export { assess, selfHelpFor } from './engine.ts';
/** The follow-up questions the patient form shows for an input, one per page. */
export { followUpQuestions } from './follow-up.ts';
export type { FollowUpQuestion, QuestionKind, QuestionOption } from './questions.ts';
/** PHQ-9 and GAD-7 item wording, answer options and scoring. */
export { GAD7_ITEMS, MOOD_ANSWER_OPTIONS, MOOD_QUESTION_STEM, PHQ9_ITEMS, scoreGad7, scorePhq9 } from './mood-scores.ts';
export type { Gad7Band, InstrumentItem, InstrumentScore, Phq9Band, Phq9Score } from './mood-scores.ts';
/** The version of the rule set every result carries. */
export { RULES_VERSION } from './rules/index.ts';
export { ROLES, URGENCIES } from './types.ts';
export type { Advice, Answers, NextStep, RedFlag, Role, Sex, TriageInput, TriageResult, Urgency } from './types.ts';
/** HTTP and CLI entry points (wired by the server and `commons` command). */
export { AssessRequest, AssessResponse } from './schema.ts';
export { triageRoutes } from './routes.ts';
export { runTriageCommand } from './cli.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { triageRoutes } from './routes.ts';
import { runTriageCommand } from './cli.ts';

export const triageModule: CommonsModule = {
  name: 'triage',
  tables: [],
  routes: { prefix: 'triage', plugin: triageRoutes },
  commands: [{
    name: 'triage',
    usage: 'triage --age N --sex female|male [--pregnant] "text"',
    summary: 'run the triage engine on a description and print its verdict as JSON',
    run: async (argv) => runTriageCommand(argv),
  }],
};
