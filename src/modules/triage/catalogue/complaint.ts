/**
 * The catalogue of presenting complaints: what patients contact general practice about, and
 * every condition for which NHS guidance says call 999 or go to A&E. One file per body system.
 * Each complaint names the words that identify it, then its features by urgency (emergency,
 * urgent, routine, self-care), its first-contact role and the guideline it is written from.
 * compile.ts turns each feature into an ordinary rule (rules/rule.ts), so the engine, the
 * fingerprint and the tests treat catalogue knowledge exactly like every other rule.
 *
 * Facts and thresholds come from the cited source; the wording is ours.
 */
import type { AdviceId } from '../advice.ts';
import type { Condition, EmergencyAction } from '../rules/rule.ts';
import type { SourceId } from '../rules/sources.ts';
import type { Role } from '../types.ts';
import type { Concept } from '../vocabulary/concept.ts';

export const BODY_SYSTEMS = [
  'cardiovascular', 'respiratory', 'neurological', 'gastrointestinal', 'urological', 'musculoskeletal', 'skin', 'eye',
  'ear-nose-throat', 'mental-health', 'obstetric-gynaecological', 'child-infection', 'endocrine', 'poisoning-injury', 'general',
] as const;
export type BodySystem = (typeof BODY_SYSTEMS)[number];

/** One feature: the complaint plus these conditions gives this urgency. */
export interface Feature extends Omit<Condition, 'anyOf'> {
  /** At least one of these concepts, besides the complaint itself. */
  any?: string[];
  /** Further groups, each needing one present concept. */
  anyOf?: string[][];
  /**
   * The feature identifies the problem on its own (the complaint's words need not appear),
   * e.g. "jaw locked and neck in spasm after a wound" is tetanus without the word "tetanus".
   */
  alone?: boolean;
  /** One sentence a patient can read: why this urgency. */
  why: string;
  /** Shown to clinicians in redFlags[]. */
  redFlag?: string;
  action?: EmergencyAction;
  /** Defaults to the complaint's role (emergencies always go to emergency services). */
  role?: Role;
  advice?: AdviceId[];
  /** Defaults to the complaint's source. */
  source?: SourceId;
  /** Rules version that added this feature; defaults to the complaint's, then CATALOGUE_SINCE. */
  since?: string;
  /** General alarm features (rules/alarms.ts) that do not apply to this self-care feature. */
  exempt?: string[];
}

export interface Complaint {
  /** Kebab-case, stable; rule ids are made from it (EM-<ID>, UR-<ID>-2 …). */
  id: string;
  name: string;
  system: BodySystem;
  source: SourceId;
  /** First-contact role for urgent and routine features. */
  role: Role;
  /** Rules version that added this complaint; defaults to CATALOGUE_SINCE. */
  since?: string;
  /** Concept ids; any one present means the patient describes this complaint. */
  presentation: string[];
  /** Concepts this complaint introduces (shared ones live in vocabulary/). */
  concepts?: Concept[];
  emergency?: Feature[];
  urgent?: Feature[];
  routine?: Feature[];
  selfCare?: Feature[];
}
