import { runTriageCommand } from '../modules/triage/index.ts';

/** `commons triage --age 45 --sex male "text"`: the engine's verdict as JSON. */
export async function triageCommand(argv: string[]): Promise<number> {
  return runTriageCommand(argv);
}
