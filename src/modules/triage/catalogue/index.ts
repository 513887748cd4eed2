/**
 * The catalogue of presenting complaints, one file per body system (see complaint.ts), and
 * the rules compiled from it. CATALOGUE_SINCE is the rules version in which the catalogue's
 * content last changed; bump it with RULES_VERSION when a complaint changes.
 */
import type { Concept } from '../vocabulary/concept.ts';
import { CARDIOVASCULAR } from './cardiovascular.ts';
import { CHILD_INFECTION } from './child-infection.ts';
import { compileCatalogue } from './compile.ts';
import type { Complaint } from './complaint.ts';
import { EAR_NOSE_THROAT } from './ear-nose-throat.ts';
import { ENDOCRINE } from './endocrine.ts';
import { EYE } from './eye.ts';
import { GASTROINTESTINAL } from './gastrointestinal.ts';
import { GENERAL } from './general.ts';
import { MENTAL_HEALTH } from './mental-health.ts';
import { MUSCULOSKELETAL } from './musculoskeletal.ts';
import { NEUROLOGICAL } from './neurological.ts';
import { OBSTETRIC_GYNAECOLOGICAL } from './obstetric-gynaecological.ts';
import { POISONING_INJURY } from './poisoning-injury.ts';
import { RESPIRATORY } from './respiratory.ts';
import { SKIN } from './skin.ts';
import { UROLOGICAL } from './urological.ts';
import { EVERYDAY_SELF_CARE } from './everyday-self-care.ts';
import { MINOR_PROBLEMS } from './minor-problems.ts';
import { WARNING_COMBINATIONS } from './warning-combinations.ts';

export type { BodySystem, Complaint, Feature } from './complaint.ts';
export { BODY_SYSTEMS } from './complaint.ts';

export const CATALOGUE_SINCE = '2026.12.1';

export const CATALOGUE: readonly Complaint[] = [
  ...CARDIOVASCULAR, ...RESPIRATORY, ...NEUROLOGICAL, ...GASTROINTESTINAL, ...UROLOGICAL, ...MUSCULOSKELETAL, ...SKIN, ...EYE,
  ...EAR_NOSE_THROAT, ...MENTAL_HEALTH, ...OBSTETRIC_GYNAECOLOGICAL, ...CHILD_INFECTION, ...ENDOCRINE, ...POISONING_INJURY, ...GENERAL,
  ...WARNING_COMBINATIONS, ...MINOR_PROBLEMS, ...EVERYDAY_SELF_CARE,
];

/** Concepts the catalogue's complaints introduce, in catalogue order. */
export const CATALOGUE_CONCEPTS: readonly Concept[] = CATALOGUE.flatMap((c) => c.concepts ?? []);

export const CATALOGUE_RULES = compileCatalogue(CATALOGUE, CATALOGUE_SINCE);
