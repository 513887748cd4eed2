import { useQuery } from '@tanstack/react-query';
import { fetchNetwork, fetchSetupStatus, fetchStaff } from './api.ts';

export const networkKeys = {
  network: ['network'] as const,
  staff: (organisationId?: string) => ['network', 'staff', organisationId ?? 'all'] as const,
};

/** Practices, hubs, sites, services and role names: changes rarely, so kept for ten minutes. */
export function useNetwork() {
  return useQuery({ queryKey: networkKeys.network, queryFn: fetchNetwork, staleTime: 10 * 60_000 });
}

export function useStaff(organisationId?: string) {
  return useQuery({ queryKey: networkKeys.staff(organisationId), queryFn: () => fetchStaff({ organisationId }), staleTime: 5 * 60_000 });
}

/** "GP", "First contact physiotherapist" … from the network's role list. */
export function useRoleLabel() {
  const { data } = useNetwork();
  return (role: string) => data?.roles.find((r) => r.id === role)?.label ?? role;
}

/** Whether any network exists yet; asked by the sign-in page, which explains `commons init` when not. */
export function useSetupStatus() {
  return useQuery({ queryKey: ['network', 'setup'], queryFn: fetchSetupStatus, staleTime: 60_000, retry: false });
}
