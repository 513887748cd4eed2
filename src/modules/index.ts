import type { CommonsModule } from '../platform/module.ts';
import { setPatientRelationships } from '../platform/patient-access.ts';
import { identityModule } from './identity/index.ts';
import { networkModule } from './network/index.ts';
import { patientsModule } from './patients/index.ts';
import { bookingModule } from './booking/index.ts';
import { triageModule } from './triage/index.ts';
import { consultationsModule } from './consultations/index.ts';
import { messagingModule } from './messaging/index.ts';
import { analyticsModule } from './analytics/index.ts';
import { directoryModule } from './directory/index.ts';
import { socialPrescribingModule } from './social-prescribing/index.ts';
import { navigationModule } from './navigation/index.ts';
import { populationHealthModule } from './population-health/index.ts';

/**
 * Every module of Commons, in the order the server registers them. The server (buildApp), the
 * `commons` CLI, the test harness and the boundary test loop over this list: adding a module is
 * one line here plus its own index.ts (docs/modules.md).
 */
export const MODULES: readonly CommonsModule[] = [
  identityModule,
  networkModule,
  patientsModule,
  bookingModule,
  triageModule,
  consultationsModule,
  messagingModule,
  analyticsModule,
  directoryModule,
  socialPrescribingModule,
  navigationModule,
  populationHealthModule,
];

// The patient-access rule is the union of what every module declares; set once, here, for every
// entry point that loads the modules (server, CLI, tests).
setPatientRelationships(MODULES.flatMap((m) => m.patientRelationships ?? []));
