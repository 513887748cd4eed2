import { api } from '../../api/client.ts';

// Wire shapes of /api/v1/network (src/modules/network/schema.ts).
export interface Organisation { id: string; kind: string; odsCode: string | null; name: string; address: string | null; postcode: string | null; phone: string | null; registeredPatients: number }
export interface Site { id: string; organisationId: string; kind: string; name: string; address: string | null; postcode: string | null; accessibility: string[] }
export interface Service { id: string; code: string; name: string; role: string; nationalCategory: string; defaultMode: string; description: string | null }
export interface Network {
  id: string; name: string; odsCode: string | null; dataSharingAcrossPractices: boolean;
  organisations: Organisation[]; sites: Site[]; services: Service[]; roles: { id: string; label: string }[];
}
export interface Staff { id: string; displayName: string; email: string; active: boolean; roles: { organisationId: string; role: string }[] }

export const fetchNetwork = () => api.get<Network>('/network');
export const fetchStaff = (query: { organisationId?: string } = {}) => api.get<{ items: Staff[] }>('/network/staff', query).then((r) => r.items);
/** Public: false until `commons init` (or `commons demo`) has created a network. */
export const fetchSetupStatus = () => api.get<{ initialised: boolean }>('/network/setup');
