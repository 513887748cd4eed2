import { api, Problem, setCsrfToken } from '../../api/client.ts';

// Wire shapes of /api/v1/identity (src/modules/identity/schema.ts).
export interface SessionOrganisation {
  id: string;
  name: string;
  kind: string;
  odsCode: string | null;
  roles: string[];
}
export interface Session {
  staffId: string;
  networkId: string;
  displayName: string;
  email: string;
  activeOrganisationId: string;
  organisations: SessionOrganisation[];
  permissions: string[];
  csrfToken: string;
}

function remember(s: Session): Session {
  setCsrfToken(s.csrfToken);
  return s;
}

/** The signed-in session, or null when nobody is signed in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    return remember(await api.get<Session>('/identity/session'));
  } catch (e) {
    if (e instanceof Problem && (e.status === 401 || e.status === 404)) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export async function logIn(body: { email: string; password: string }): Promise<Session> {
  return remember(await api.post<Session>('/identity/login', body));
}

export async function logOut(): Promise<void> {
  await api.post<void>('/identity/logout');
  setCsrfToken(null);
}

export async function switchOrganisation(organisationId: string): Promise<Session> {
  return remember(await api.post<Session>('/identity/session/organisation', { organisationId }));
}

/** How staff can sign in on this server (src/modules/identity/oidc-routes.ts). */
export interface SignInMethods {
  password: boolean;
  oidc: { label: string; startUrl: string } | null;
}
export const fetchSignInMethods = () => api.get<SignInMethods>('/identity/sign-in-methods');
