import { lazy, type ReactNode } from 'react';
import { IconList, IconPerson, IconPhone, IconRota, IconSearch, IconUser } from './icons.tsx';
import { PatientSearchPage } from '../modules/patients/PatientSearchPage.tsx';
import { PatientPage } from '../modules/patients/PatientPage.tsx';
import { PatientFormPage } from '../modules/patients/PatientFormPage.tsx';
import { PatientImportPage } from '../modules/patients/PatientImportPage.tsx';
import { DayListPage } from '../modules/booking/DayListPage.tsx';
import { ConsultationsPage } from '../modules/consultations/ConsultationsPage.tsx';

const DashboardPage = lazy(() => import('../modules/analytics/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const ReportPage = lazy(() => import('../modules/analytics/ReportPage.tsx').then((m) => ({ default: m.ReportPage })));
const DirectorySearchPage = lazy(() => import('../modules/directory/DirectorySearchPage.tsx').then((m) => ({ default: m.DirectorySearchPage })));
const OfferPage = lazy(() => import('../modules/directory/OfferPage.tsx').then((m) => ({ default: m.OfferPage })));
const OfferFormPage = lazy(() => import('../modules/directory/OfferFormPage.tsx').then((m) => ({ default: m.OfferFormPage })));
const MyOffersPage = lazy(() => import('../modules/directory/MyOffersPage.tsx').then((m) => ({ default: m.MyOffersPage })));
const DirectoryPrintPage = lazy(() => import('../modules/directory/PrintPage.tsx').then((m) => ({ default: m.PrintPage })));
const ChampionActivityPage = lazy(() => import('../modules/directory/ActivityPage.tsx').then((m) => ({ default: m.ActivityPage })));

const NavigationPage = lazy(() => import('../modules/navigation/NavigationPage.tsx').then((m) => ({ default: m.NavigationPage })));
const CaseloadPage = lazy(() => import('../modules/social-prescribing/CaseloadPage.tsx').then((m) => ({ default: m.CaseloadPage })));
const PlanPage = lazy(() => import('../modules/social-prescribing/PlanPage.tsx').then((m) => ({ default: m.PlanPage })));
const OutcomesPage = lazy(() => import('../modules/social-prescribing/OutcomesPage.tsx').then((m) => ({ default: m.OutcomesPage })));
const PopulationHealthPage = lazy(() => import('../modules/population-health/PopulationHealthPage.tsx').then((m) => ({ default: m.PopulationHealthPage })));
const CohortBuilderPage = lazy(() => import('../modules/population-health/CohortBuilderPage.tsx').then((m) => ({ default: m.CohortBuilderPage })));
const InequalitiesPage = lazy(() => import('../modules/population-health/InequalitiesPage.tsx').then((m) => ({ default: m.InequalitiesPage })));
const OutreachPage = lazy(() => import('../modules/population-health/OutreachPage.tsx').then((m) => ({ default: m.OutreachPage })));
const MonitoringPage = lazy(() => import('../modules/population-health/MonitoringPage.tsx').then((m) => ({ default: m.MonitoringPage })));
const AdminPage = lazy(() => import('../modules/admin/AdminPage.tsx').then((m) => ({ default: m.AdminPage })));

// Pages with heavy dependencies (charts) load when first opened; Layout shows a loader meanwhile.
const WaitlistPage = lazy(() => import('../modules/booking/WaitlistPage.tsx').then((m) => ({ default: m.WaitlistPage })));
const RotaPage = lazy(() => import('../modules/booking/RotaPage.tsx').then((m) => ({ default: m.RotaPage })));

/**
 * Every page of the staff app, in navbar order. Entries with a label appear in the navbar;
 * a permission hides the link and guards the page. Adding a module's page is one entry here.
 */
export interface AppRoute {
  path: string;
  label?: string;
  icon?: ReactNode;
  permission?: string;
  element: ReactNode;
}

export const appRoutes: AppRoute[] = [
  { path: '/patients', label: 'Find a patient', icon: <IconSearch />, permission: 'patients:read', element: <PatientSearchPage /> },
  { path: '/patients/new', permission: 'patients:write', element: <PatientFormPage /> },
  { path: '/patients/import', permission: 'patients:write', element: <PatientImportPage /> },
  { path: '/patients/:patientId', permission: 'patients:read', element: <PatientPage /> },
  { path: '/patients/:patientId/edit', permission: 'patients:write', element: <PatientFormPage /> },
  { path: '/day-list', label: 'Day list', icon: <IconList />, permission: 'appointments:read', element: <DayListPage /> },
  { path: '/waitlist', label: 'Waitlist', icon: <IconList />, permission: 'appointments:read', element: <WaitlistPage /> },
  { path: '/consultations', label: 'Online consultations', icon: <IconList />, permission: 'consultations:submit', element: <ConsultationsPage /> },
  { path: '/navigation', label: 'Care navigation', icon: <IconPhone />, permission: 'navigation:record', element: <NavigationPage /> },
  { path: '/social-prescribing', label: 'Social prescribing', icon: <IconPerson />, permission: 'social-prescribing:caseload', element: <CaseloadPage /> },
  { path: '/social-prescribing/outcomes', permission: 'social-prescribing:caseload', element: <OutcomesPage /> },
  { path: '/social-prescribing/:referralId', permission: 'social-prescribing:caseload', element: <PlanPage /> },
  { path: '/rota', label: 'Rota and capacity', icon: <IconRota />, permission: 'rota:manage', element: <RotaPage /> },
  { path: '/analytics', label: 'Dashboard', icon: <IconList />, permission: 'analytics:read', element: <DashboardPage /> },
  { path: '/analytics/report', permission: 'analytics:read', element: <ReportPage /> },
  { path: '/population-health', label: 'Population health', icon: <IconPerson />, permission: 'population-health:aggregates', element: <PopulationHealthPage /> },
  { path: '/population-health/cohorts', permission: 'population-health:aggregates', element: <CohortBuilderPage /> },
  { path: '/population-health/inequalities', permission: 'population-health:aggregates', element: <InequalitiesPage /> },
  { path: '/population-health/outreach/:outreachId', permission: 'population-health:patients', element: <OutreachPage /> },
  { path: '/population-health/monitoring/:patientId', permission: 'population-health:patients', element: <MonitoringPage /> },
  { path: '/admin', label: 'Administration', icon: <IconUser />, permission: 'organisation:manage', element: <AdminPage /> },
  // The community directory; offer pages are open to every directory role and the API decides what each person may see.
  { path: '/directory', label: 'Community directory', icon: <IconSearch />, permission: 'directory:read', element: <DirectorySearchPage /> },
  { path: '/directory/mine', label: 'My groups', icon: <IconList />, permission: 'directory:own-offers', element: <MyOffersPage /> },
  { path: '/directory/activity', label: 'Champion activity', icon: <IconUser />, permission: 'directory:manage', element: <ChampionActivityPage /> },
  { path: '/directory/offers/new', element: <OfferFormPage /> },
  { path: '/directory/offers/:offerId', element: <OfferPage /> },
  { path: '/directory/offers/:offerId/edit', element: <OfferFormPage /> },
  { path: '/directory/print', element: <DirectoryPrintPage /> },
];

/** Where to land after signing in: the first page this person may use. */
export function homePath(permissions: readonly string[]): string {
  return appRoutes.find((r) => r.label && (!r.permission || permissions.includes(r.permission)))?.path ?? '/patients';
}

