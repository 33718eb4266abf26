// Next.js 16 proxy (middleware.ts before 16): refreshes an expired session cookie on the server, so
// nobody is bounced to /sign-in because their tab was closed for an hour, and protects /dashboard
// before any page code runs.
import { NextResponse, type NextRequest } from 'next/server';
import { refreshAuthCookies } from 'deskree-auth-react/server';
import { authOptions } from './auth';

export async function proxy(request: NextRequest) {
  const { auth, setCookie, requestHeaders } = await refreshAuthCookies(request, authOptions());
  const response =
    auth || !request.nextUrl.pathname.startsWith('/dashboard')
      ? // Pages and route handlers of this request see the refreshed cookie.
        NextResponse.next({ request: { headers: requestHeaders } })
      : NextResponse.redirect(new URL('/sign-in', request.url));
  for (const cookie of setCookie) response.headers.append('set-cookie', cookie);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
