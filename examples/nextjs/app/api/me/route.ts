import { getAuthFromRequest } from 'deskree-auth-react/server';
import { authOptions } from '../../../auth';

// Answers only signed-in users (session cookie or `Authorization: Bearer <idToken>`).
export async function GET(request: Request) {
  const auth = await getAuthFromRequest(request, authOptions());
  if (!auth) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  return Response.json({ uid: auth.user.uid, email: auth.user.email });
}
