import { api, type BodyOf, type ResponseOf } from '../../api/client.ts';

// /api/v1/population-health: types from the server's OpenAPI document.
export type Registers = ResponseOf<'/api/v1/population-health/registers'>;
export type Frailty = ResponseOf<'/api/v1/population-health/frailty'>;
export type CohortFilter = BodyOf<'/api/v1/population-health/cohorts/count'>['filter'];
export type CohortCount = ResponseOf<'/api/v1/population-health/cohorts/count', 'post'>;
export type Cohort = ResponseOf<'/api/v1/population-health/cohorts/{cohortId}'>;
export type CohortPage = ResponseOf<'/api/v1/population-health/cohorts'>;
export type MemberPage = ResponseOf<'/api/v1/population-health/cohorts/{cohortId}/members'>;
export type OutreachInput = BodyOf<'/api/v1/population-health/cohorts/{cohortId}/outreach'>;
export type Outreach = ResponseOf<'/api/v1/population-health/outreach/{outreachId}'>;
export type OutreachPage = ResponseOf<'/api/v1/population-health/outreach'>;
export type EntryPage = ResponseOf<'/api/v1/population-health/outreach/{outreachId}/entries'>;
export type Entry = EntryPage['items'][number];

const P = '/population-health';
const id = encodeURIComponent;
export const fetchRegisters = () => api.get<Registers>(`${P}/registers`);
export const fetchFrailty = () => api.get<Frailty>(`${P}/frailty`);
export const countCohort = (filter: CohortFilter) => api.post<CohortCount>(`${P}/cohorts/count`, { filter });
export const saveCohort = (name: string, filter: CohortFilter) => api.post<Cohort>(`${P}/cohorts`, { name, filter });
export const fetchCohorts = () => api.get<CohortPage>(`${P}/cohorts`, { limit: 50 });
export const fetchMembers = (cohortId: string, cursor?: string) => api.get<MemberPage>(`${P}/cohorts/${id(cohortId)}/members`, { limit: 50, ...(cursor ? { cursor } : {}) });
export const createOutreach = (cohortId: string, body: OutreachInput) => api.post<Outreach>(`${P}/cohorts/${id(cohortId)}/outreach`, body);
export const fetchOutreachLists = () => api.get<OutreachPage>(`${P}/outreach`, { limit: 50 });
export const fetchOutreach = (outreachId: string) => api.get<Outreach>(`${P}/outreach/${id(outreachId)}`);
export const fetchEntries = (outreachId: string, cursor?: string) => api.get<EntryPage>(`${P}/outreach/${id(outreachId)}/entries`, { limit: 100, ...(cursor ? { cursor } : {}) });
export const updateEntry = (outreachId: string, entryId: string, status: Entry['status']) => api.patch<Entry>(`${P}/outreach/${id(outreachId)}/entries/${id(entryId)}`, { status });
export const registersCsvUrl = `/api/v1${P}/registers/export`;
export type ClinicalSummary = ResponseOf<'/api/v1/population-health/patients/{patientId}'>;
export const fetchClinicalSummary = (patientId: string) => api.get<ClinicalSummary>(`${P}/patients/${id(patientId)}`);
export type Inequalities = ResponseOf<'/api/v1/population-health/inequalities'>;
export const fetchInequalities = () => api.get<Inequalities>(`${P}/inequalities`);
export const inequalitiesCsvUrl = `/api/v1${P}/inequalities/export`;
