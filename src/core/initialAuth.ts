/**
 * What a server may tell the browser about the signed-in user when it renders a page: the user and
 * the token's claims, never a token. `AuthProvider`'s `initialAuth` takes it (see
 * `getInitialAuth` in `deskree-auth-react/server`); the tokens stay in the session cookie.
 */
import type { AuthUser, IdTokenClaims } from './credentials.js';

export interface InitialAuth {
  user: AuthUser;
  /** The verified id token's claims (not a credential: the signature is not included). */
  claims: IdTokenClaims;
  /** Never set: keeping tokens out of server-rendered HTML is the point of this shape. */
  idToken?: never;
  refreshToken?: never;
}
