import { createContext, useContext } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchSession, fetchSignInMethods, logIn, logOut, switchOrganisation, type Session } from './api.ts';

export const sessionKey = ['identity', 'session'] as const;

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false });
}

/**
 * Provided by the router around signed-in pages only. Pages read the session from here rather than
 * from the query, so signing out (which empties the query) never re-renders a page without one.
 */
export const SignedInContext = createContext<Session | null>(null);

/** The session of a page that is only shown when signed in. */
export function useSignedIn(): Session {
  const session = useContext(SignedInContext);
  if (!session) throw new Error('useSignedIn outside a signed-in page');
  return session;
}

export function useCan(permission?: string): boolean {
  const { data } = useSession();
  return !permission || !!data?.permissions.includes(permission);
}

export function useLogIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (session) => {
      qc.clear();
      qc.setQueryData(sessionKey, session);
    },
  });
}

export function useLogOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: logOut,
    onSettled: () => {
      qc.clear();
      qc.setQueryData(sessionKey, null);
    },
  });
}

/** Work as another practice or hub: everything on screen is reloaded for it. */
export function useSwitchOrganisation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: switchOrganisation,
    onSuccess: async (session) => {
      qc.setQueryData(sessionKey, session);
      await qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'identity' });
    },
  });
}

export function useSignInMethods() {
  return useQuery({ queryKey: ['identity', 'sign-in-methods'], queryFn: fetchSignInMethods, staleTime: Infinity, retry: false });
}
