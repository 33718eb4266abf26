import type { LoaderFunctionArgs } from 'react-router';
import { authContext } from '../auth.server';

// A resource route that answers only signed-in users (session cookie or `Authorization: Bearer`).
export function loader({ context }: LoaderFunctionArgs) {
  const auth = context.get(authContext)?.auth;
  if (!auth) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  return Response.json({ uid: auth.user.uid, email: auth.user.email });
}
