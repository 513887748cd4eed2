import type { ModuleRoutes } from './deps.ts';
import { identityRoutes } from '../modules/identity/index.ts';
import { networkRoutes } from '../modules/network/index.ts';
import { patientRoutes } from '../modules/patients/index.ts';
import { bookingRoutes } from '../modules/booking/index.ts';
import { triageRoutes } from '../modules/triage/index.ts';
import { consultationRoutes } from '../modules/consultations/index.ts';
import { messagingRoutes } from '../modules/messaging/index.ts';

/** Each module's routes and the prefix they live under: /api/v1/<prefix>. */
export const moduleRoutes: [string, ModuleRoutes][] = [
  ['identity', identityRoutes],
  ['network', networkRoutes],
  ['patients', patientRoutes],
  ['booking', bookingRoutes],
  ['triage', triageRoutes],
  ['consultations', consultationRoutes],
  ['messaging', messagingRoutes],
];
