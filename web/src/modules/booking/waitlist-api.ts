import { api, type BodyOf, type QueryOf, type ResponseOf } from '../../api/client.ts';

// /api/v1/booking waitlist, release rules and quotas: types from the server's OpenAPI document.
export type WaitlistEntry = ResponseOf<'/api/v1/booking/waitlist'>['items'][number];
export type WaitlistQuery = QueryOf<'/api/v1/booking/waitlist'>;
export type WaitlistInput = BodyOf<'/api/v1/booking/waitlist'>;
export type ReleaseRules = ResponseOf<'/api/v1/booking/release-rules'>;
export type ReleaseRuleInput = BodyOf<'/api/v1/booking/release-rules', 'put'>;
export type Quota = ResponseOf<'/api/v1/booking/quotas'>['items'][number];
export type QuotaInput = BodyOf<'/api/v1/booking/quotas', 'put'>;

const B = '/booking';
export const fetchWaitlist = (q: WaitlistQuery) => api.get<{ items: WaitlistEntry[] }>(`${B}/waitlist`, q as Record<string, string>).then((r) => r.items);
export const addToWaitlist = (body: WaitlistInput) => api.post<WaitlistEntry>(`${B}/waitlist`, body);
export const removeFromWaitlist = (id: string) => api.delete<null>(`${B}/waitlist/${encodeURIComponent(id)}`);
export const fetchReleaseRules = () => api.get<ReleaseRules>(`${B}/release-rules`);
export const saveReleaseRule = (body: ReleaseRuleInput) => api.put<ReleaseRules>(`${B}/release-rules`, body);
export const fetchQuotas = () => api.get<{ items: Quota[] }>(`${B}/quotas`).then((r) => r.items);
export const saveQuota = (body: QuotaInput) => api.put<Quota>(`${B}/quotas`, body);
