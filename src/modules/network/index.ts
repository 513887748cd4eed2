/** The network: member practices, hubs, sites, services, staff and their roles. */
export { networkRoutes } from './routes.ts';
export { describeNetwork, listStaff } from './service.ts';
