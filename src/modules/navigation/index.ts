/** Care navigation: what a caller needed, where reception sent them, and how often that was away from a GP appointment. */
export { navigationRoutes } from './routes.ts';
export { NEEDS, DECISIONS as NAVIGATION_DECISIONS } from './needs.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { navigationRoutes } from './routes.ts';

export const navigationModule: CommonsModule = {
  name: 'navigation',
  tables: ['nav_contact'],
  routes: { prefix: 'navigation', plugin: navigationRoutes },
};
export type { NavigationTables } from './tables.ts';
