import { api } from '../../api/client.ts';
import type { Network, Organisation, Service, Site } from '../network/api.ts';

// Wire shapes and calls of the administration routes (src/modules/network/admin-*.ts, src/modules/identity/staff-admin-*.ts).

export type OpeningHours = Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', [string, string][]>>;
export interface StaffAccount {
  id: string; displayName: string; email: string; status: 'invited' | 'active' | 'deactivated'; locked: boolean;
  roles: { organisationId: string; role: string }[];
}
export interface PasswordLink { purpose: 'invitation' | 'reset'; token: string; path: string; expiresAt: string }
export interface ApiToken { id: string; organisationId: string; name: string; scopes: string[]; integration: boolean; createdAt: string; revokedAt: string | null }

export const updateNetwork = (body: { name?: string; dataSharingAcrossPractices?: boolean }) => api.patch<Network>('/network', body);
export const createOrganisation = (body: { kind: string; name: string; odsCode?: string | null; address?: string | null; postcode?: string | null; phone?: string | null }) =>
  api.post<Organisation>('/network/organisations', body);
export const updateOrganisation = (id: string, body: { name?: string; address?: string | null; postcode?: string | null; phone?: string | null }) => api.patch<Organisation>(`/network/organisations/${id}`, body);
export const createSite = (body: { organisationId: string; name: string; address?: string | null; postcode?: string | null; openingHours?: OpeningHours; accessibility?: string[] }) =>
  api.post<Site>('/network/sites', body);
export const createService = (body: { code: string; name: string; role: string; nationalCategory: string; defaultMode?: string }) => api.post<Service>('/network/services', body);

export const fetchStaffAccounts = (query: { q?: string; cursor?: string }) => api.get<{ items: StaffAccount[]; nextCursor: string | null }>('/identity/staff', { ...query, limit: 200 });
export const inviteStaff = (body: { displayName: string; email: string; roles: { organisationId: string; role: string }[] }) =>
  api.post<{ staff: StaffAccount; invitation: PasswordLink }>('/identity/staff', body);
export const grantRole = (id: string, body: { organisationId: string; role: string }) => api.post<StaffAccount>(`/identity/staff/${id}/roles`, body);
export const removeRole = (id: string, organisationId: string, role: string) => api.delete<StaffAccount>(`/identity/staff/${id}/roles/${organisationId}/${role}`);
export const deactivateStaff = (id: string) => api.post<StaffAccount>(`/identity/staff/${id}/deactivate`);
export const reactivateStaff = (id: string) => api.post<StaffAccount>(`/identity/staff/${id}/reactivate`);
export const unlockStaff = (id: string) => api.post<StaffAccount>(`/identity/staff/${id}/unlock`);
export const issuePasswordLink = (id: string) => api.post<PasswordLink>(`/identity/staff/${id}/password-link`);

export const fetchTokens = () => api.get<{ items: ApiToken[] }>('/identity/tokens').then((r) => r.items);
export const createToken = (body: { name: string; organisationId: string; scopes: string[]; integration?: boolean }) => api.post<{ id: string; token: string }>('/identity/tokens', body);
export const revokeToken = (id: string) => api.delete<void>(`/identity/tokens/${id}`);

export const lookUpPasswordLink = (token: string) => api.post<{ purpose: 'invitation' | 'reset'; displayName: string; email: string; expiresAt: string }>('/identity/password-links/lookup', { token });
export const acceptPasswordLink = (token: string, password: string) => api.post<{ email: string }>('/identity/password-links/accept', { token, password });

/** The full address of a set-password link, for the administrator to pass on. */
export const linkAddress = (link: PasswordLink) => `${window.location.origin}${link.path}`;
