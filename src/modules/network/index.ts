/** The network: member practices, hubs, sites, services, staff and their roles. */
export { networkRoutes } from './routes.ts';
export { describeNetwork, networkOpeningHours } from './service.ts';
export { initialiseNetwork, hasAnyNetwork, NetworkExists } from './setup.ts';
export type { InitialiseNetwork } from './setup.ts';
export { networkSharesRecords, listNetworks } from './queries.ts';
/** Organisations and sites without counts, for the analytics dashboard's filters. */
export { findOrganisationsAndSites, findNetworkIds } from './analytics-queries.ts';
/** Organisations, sites and services held in memory for other modules (names, kinds, accessibility). */
export { networkReference, findOrganisationRef, findSiteRef, findServiceRef, findSitesMeeting, findPracticesByOdsCode, organisationIdsWithOdsCode } from './reference.ts';
export type { NetworkReference, OrganisationRef, SiteRef, ServiceRef } from './reference.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { networkRoutes } from './routes.ts';

export const networkModule: CommonsModule = {
  name: 'network',
  tables: ['network', 'organisation', 'site', 'service'],
  routes: { prefix: 'network', plugin: networkRoutes },
};
export type { NetworkTables } from './tables.ts';
export type { OpeningHours } from './tables.ts';
