import { api, withQuery, type BodyOf, type QueryOf, type ResponseOf } from '../../api/client.ts';

// Calls of /api/v1/analytics (src/modules/analytics/routes.ts); types from the OpenAPI document.

export type ViewName = 'demand' | 'attendance' | 'role-mix' | 'access' | 'satisfaction';
export type AnalyticsFilters = QueryOf<'/api/v1/analytics/report'>;
export type ViewData = ResponseOf<'/api/v1/analytics/views/{view}'>;
export type DataTable = ViewData['tables'][number];
export type Figure = ViewData['headline'][number];
export type Report = ResponseOf<'/api/v1/analytics/report'>;
export type FilterOptions = ResponseOf<'/api/v1/analytics/filters'>;
export type RepeatedDnas = ResponseOf<'/api/v1/analytics/repeated-dnas'>;
export type ComplaintPage = ResponseOf<'/api/v1/analytics/complaints'>;
export type Complaint = ComplaintPage['items'][number];
export type ComplaintBody = BodyOf<'/api/v1/analytics/complaints'>;
export type ComplaintResponseBody = BodyOf<'/api/v1/analytics/complaints/{complaintId}/response', 'put'>;

export const fetchFilterOptions = () => api.get<FilterOptions>('/analytics/filters');
export const fetchView = (view: ViewName, f: AnalyticsFilters, signal?: AbortSignal) => api.get<ViewData>(`/analytics/views/${view}`, f, signal);
export const fetchReport = (f: AnalyticsFilters) => api.get<Report>('/analytics/report', f);
export const refreshRollup = () => api.post<ResponseOf<'/api/v1/analytics/refresh', 'post'>>('/analytics/refresh');
export const fetchRepeatedDnas = (f: { from?: string; to?: string; organisationId?: string }) => api.get<RepeatedDnas>('/analytics/repeated-dnas', f);
export const fetchComplaints = (f: { from?: string; to?: string; organisationId?: string; cursor?: string }) => api.get<ComplaintPage>('/analytics/complaints', f);
export const logComplaint = (body: ComplaintBody) => api.post<Complaint>('/analytics/complaints', body);
export const respondToComplaint = (id: string, body: ComplaintResponseBody) => api.put<Complaint>(`/analytics/complaints/${id}/response`, body);

/** The address of a table's CSV download (a plain link: the browser sends the session cookie and saves the file). */
export const exportHref = (view: ViewName, table: string, f: AnalyticsFilters) => withQuery('/api/v1/analytics/export', { ...f, view, table });
