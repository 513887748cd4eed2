// The database as Kysely sees it, assembled from the tables each module declares in its tables.ts
// (exported through its index.ts) and the platform's own. A new module adds its tables here too.
import type { PlatformTables } from '../platform/tables.ts';
import type { IdentityTables } from '../modules/identity/index.ts';
import type { NetworkTables } from '../modules/network/index.ts';
import type { PatientsTables } from '../modules/patients/index.ts';
import type { BookingTables } from '../modules/booking/index.ts';
import type { ConsultationsTables } from '../modules/consultations/index.ts';
import type { MessagingTables } from '../modules/messaging/index.ts';
import type { AnalyticsTables } from '../modules/analytics/index.ts';
import type { DirectoryTables } from '../modules/directory/index.ts';
import type { SocialPrescribingTables } from '../modules/social-prescribing/index.ts';
import type { NavigationTables } from '../modules/navigation/index.ts';
import type { PopulationHealthTables } from '../modules/population-health/index.ts';

export interface DB extends PlatformTables, IdentityTables, NetworkTables, PatientsTables, BookingTables, ConsultationsTables, MessagingTables, AnalyticsTables, DirectoryTables, SocialPrescribingTables, NavigationTables, PopulationHealthTables {}
