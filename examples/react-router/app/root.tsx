import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  type MiddlewareFunction,
  type LoaderFunctionArgs,
} from 'react-router';
import type { ReactNode } from 'react';
import { CookieAuthProvider } from 'deskree-auth-react';
import { refreshAuthCookies } from 'deskree-auth-react/server';
import stylesHref from 'deskree-auth-react/styles.css?url';
import { authContext, authOptions, publicBaseUrl } from './auth.server';
import { Header } from './Header';

export const links = () => [
  { rel: 'stylesheet', href: stylesHref },
  { rel: 'icon', href: 'data:,' },
];

// Once per request, before the loaders: verify the cookie, refresh an expired id token, and send
// the new cookie back with whatever the route answers (page, data request or resource route).
export const middleware: MiddlewareFunction<Response>[] = [
  async ({ request, context }, next) => {
    const result = await refreshAuthCookies(request, authOptions());
    context.set(authContext, result);
    const response = await next();
    for (const cookie of result.setCookie) response.headers.append('set-cookie', cookie);
    return response;
  },
];

export function loader({ context }: LoaderFunctionArgs) {
  // No token here: loader data is serialized into the page.
  return { initialAuth: context.get(authContext)?.initialAuth, baseUrl: publicBaseUrl() };
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  const { initialAuth, baseUrl } = useLoaderData<typeof loader>();
  return (
    <CookieAuthProvider baseUrl={baseUrl} initialAuth={initialAuth}>
      <Header />
      <main>
        <Outlet />
      </main>
    </CookieAuthProvider>
  );
}
