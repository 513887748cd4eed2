import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchStaffAccounts, fetchTokens } from './api.ts';

export const adminKeys = {
  staff: (q: string) => ['admin', 'staff', q] as const,
  tokens: ['admin', 'tokens'] as const,
};

export function useStaffAccounts(q: string) {
  return useQuery({ queryKey: adminKeys.staff(q), queryFn: () => fetchStaffAccounts({ q: q || undefined }) });
}

export function useTokens() {
  return useQuery({ queryKey: adminKeys.tokens, queryFn: fetchTokens });
}

/** A change made on an administration page: afterwards the network, staff and token lists are read again. */
export function useAdminMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([qc.invalidateQueries({ queryKey: ['network'] }), qc.invalidateQueries({ queryKey: ['admin'] })]);
    },
  });
}
