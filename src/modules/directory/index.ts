/** The community directory: offers from voluntary organisations, councils, NHS services and practice health champions. */
export { directoryRoutes } from './routes.ts';
/** Offers by id (a referral stores offer ids) and the directory search, for other modules. */
export { findOffersByIds, searchOffers } from './search.ts';
export type { SearchOptions } from './search.ts';
export { CATEGORIES, CATEGORY_LABELS } from './categories.ts';
export type { Category } from './categories.ts';
export type { DirectoryOffer, SearchQuery as DirectorySearchQuery } from './schema.ts';
/** Lets the module that holds referrals (social prescribing) report how many people were referred to each offer. */
export { setReferralCounter } from './attendance.ts';
export type { ReferralCounter } from './attendance.ts';
export { importDirectory, exportDirectory } from './import-export.ts';
export type { DirectoryImportReport } from './import-export.ts';
export { insertPostcodes } from './postcodes.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { directoryRoutes } from './routes.ts';
import { directoryCommands } from './cli.ts';

export const directoryModule: CommonsModule = {
  name: 'directory',
  tables: ['directory_organisation', 'directory_member', 'directory_location', 'directory_offer', 'directory_schedule', 'directory_session', 'directory_attendance', 'directory_postcode'],
  routes: { prefix: 'directory', plugin: directoryRoutes },
  commands: directoryCommands,
};
export type { DirectoryTables } from './tables.ts';
