/** The community directory: offers from voluntary organisations, councils, NHS services and practice health champions. */
export { directoryRoutes } from './routes.ts';
/** Offers by id (a referral stores offer ids) and the directory search, for other modules. */
export { findOffersByIds, searchOffers } from './search.ts';
export type { SearchOptions } from './search.ts';
export { CATEGORIES, CATEGORY_LABELS } from './categories.ts';
export type { Category } from './categories.ts';
export type { DirectoryOffer, SearchQuery as DirectorySearchQuery } from './schema.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { directoryRoutes } from './routes.ts';

export const directoryModule: CommonsModule = {
  name: 'directory',
  tables: ['directory_organisation', 'directory_member', 'directory_location', 'directory_offer', 'directory_schedule', 'directory_session', 'directory_attendance', 'directory_postcode'],
  routes: { prefix: 'directory', plugin: directoryRoutes },
};
export type { DirectoryTables } from './tables.ts';
