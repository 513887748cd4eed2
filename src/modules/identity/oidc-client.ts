import * as client from 'openid-client';
import { isLoopback, type OidcSettings } from './oidc-settings.ts';

/** What the browser keeps between leaving for the provider and coming back (an HttpOnly cookie). */
export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
  name: string | null;
}

/**
 * The authorization code flow with PKCE, state and nonce, through openid-client. The provider's
 * discovery document is fetched on first use and kept; a failed fetch is retried on the next sign-in,
 * so Commons starts even while the provider is unreachable.
 */
export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  private config(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(this.settings.issuer, this.settings.clientId, this.settings.clientSecret, undefined, {
        execute: isLoopback(this.settings.issuer) ? [client.allowInsecureRequests] : [],
      })
      .catch((e) => {
        this.configuration = null;
        throw e;
      });
    return this.configuration;
  }

  async start(returnTo: string): Promise<{ url: URL; pending: OidcPending }> {
    const config = await this.config();
    const pending: OidcPending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier(), returnTo };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl.href,
      scope: this.settings.scopes,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url, pending };
  }

  /** Checks the provider's answer (state, PKCE, the ID token's signature, audience and nonce) and says who signed in. */
  async finish(query: string, pending: OidcPending): Promise<OidcIdentity> {
    const config = await this.config();
    // The URL the provider redirected to, built from our configured address, not the Host header.
    const current = new URL(this.settings.redirectUrl.href);
    current.search = query;
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    let email = typeof claims.email === 'string' ? claims.email : null;
    let emailVerified = typeof claims.email_verified === 'boolean' ? claims.email_verified : null;
    let name = typeof claims.name === 'string' ? claims.name : null;
    // Many providers put email in the UserInfo answer rather than the ID token (OIDC Core 5.4).
    if (!email) {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = typeof info.email === 'string' ? info.email : null;
      emailVerified = typeof info.email_verified === 'boolean' ? info.email_verified : null;
      name ??= typeof info.name === 'string' ? info.name : null;
    }
    return { issuer: claims.iss, subject: claims.sub, email: email?.trim().toLowerCase() ?? null, emailVerified, name };
  }
}
