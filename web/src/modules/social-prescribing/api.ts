import { api, newIdempotencyKey, type BodyOf, type QueryOf, type ResponseOf } from '../../api/client.ts';

// /api/v1/social-prescribing: types from the server's OpenAPI document.
export type Referral = ResponseOf<'/api/v1/social-prescribing/referrals/{id}'>;
export type CaseloadPage = ResponseOf<'/api/v1/social-prescribing/referrals'>;
export type CaseloadItem = CaseloadPage['items'][number];
export type CaseloadQuery = QueryOf<'/api/v1/social-prescribing/referrals'>;
export type ReferralInput = BodyOf<'/api/v1/social-prescribing/referrals'>;
export type ContactInput = BodyOf<'/api/v1/social-prescribing/referrals/{id}/contacts'>;
export type GoalInput = BodyOf<'/api/v1/social-prescribing/referrals/{id}/goals'>;
export type GoalUpdate = BodyOf<'/api/v1/social-prescribing/referrals/{id}/goals/{goalId}', 'patch'>;
export type OnwardInput = BodyOf<'/api/v1/social-prescribing/referrals/{id}/onward-referrals'>;
export type WellbeingInput = BodyOf<'/api/v1/social-prescribing/referrals/{id}/wellbeing'>;
export type DischargeInput = BodyOf<'/api/v1/social-prescribing/referrals/{id}/discharge'>;
export type StatusInput = BodyOf<'/api/v1/social-prescribing/referrals/{id}/status'>;
export type Inbox = ResponseOf<'/api/v1/social-prescribing/inbox'>;
export type Outcomes = ResponseOf<'/api/v1/social-prescribing/outcomes'>;
export type Status = CaseloadItem['status'];
export type Settings = ResponseOf<'/api/v1/social-prescribing/settings'>;
export type SettingsInput = BodyOf<'/api/v1/social-prescribing/settings', 'put'>;

const S = '/social-prescribing';
const one = (id: string) => `${S}/referrals/${encodeURIComponent(id)}`;
export const fetchCaseload = (q: CaseloadQuery) => api.get<CaseloadPage>(`${S}/referrals`, q as Record<string, string | number>);
export const fetchReferral = (id: string) => api.get<Referral>(one(id));
export const fetchInbox = () => api.get<Inbox>(`${S}/inbox`);
export const readNotification = (id: string) => api.post<Inbox>(`${S}/inbox/${encodeURIComponent(id)}/read`);
export const fetchOutcomes = (q: { from?: string; to?: string }) => api.get<Outcomes>(`${S}/outcomes`, q);
export const fetchSettings = () => api.get<Settings>(`${S}/settings`);
export const saveSettings = (body: SettingsInput) => api.put<Settings>(`${S}/settings`, body);
export const refer = (body: ReferralInput, key = newIdempotencyKey()) => api.post<Referral>(`${S}/referrals`, body, { 'idempotency-key': key });

/** Every change to a referral answers with the whole plan as it now is. */
export const change = {
  allocate: (id: string, staffId?: string) => api.post<Referral>(`${one(id)}/allocate`, staffId ? { staffId } : {}),
  status: (id: string, body: StatusInput) => api.post<Referral>(`${one(id)}/status`, body),
  contact: (id: string, body: ContactInput) => api.post<Referral>(`${one(id)}/contacts`, body),
  goal: (id: string, body: GoalInput) => api.post<Referral>(`${one(id)}/goals`, body),
  goalProgress: (id: string, goalId: string, body: GoalUpdate) => api.patch<Referral>(`${one(id)}/goals/${encodeURIComponent(goalId)}`, body),
  onward: (id: string, body: OnwardInput) => api.post<Referral>(`${one(id)}/onward-referrals`, body),
  takeUp: (id: string, onwardId: string, takenUp: boolean) => api.patch<Referral>(`${one(id)}/onward-referrals/${encodeURIComponent(onwardId)}`, { takenUp }),
  wellbeing: (id: string, body: WellbeingInput) => api.post<Referral>(`${one(id)}/wellbeing`, body),
  discharge: (id: string, body: DischargeInput) => api.post<Referral>(`${one(id)}/discharge`, body),
  safeguarding: (id: string, concern: string) => api.post<Referral>(`${one(id)}/safeguarding`, { concern }),
};
