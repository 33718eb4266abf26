import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { CookieAuthProvider } from 'deskree-auth-react';
import { getInitialAuth } from 'deskree-auth-react/server';
import 'deskree-auth-react/styles.css';
import { authOptions, publicBaseUrl } from '../auth';
import { Header } from './Header';

export const metadata = { title: 'deskree-auth-react · Next.js', icons: { icon: 'data:,' } };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The user and claims only (never a token): the page renders signed in on the server and in the
  // first client render; the tokens stay in the session cookie.
  const initialAuth = await getInitialAuth({ headers: await headers() }, authOptions());
  return (
    <html lang="en">
      <body>
        <CookieAuthProvider baseUrl={publicBaseUrl()} initialAuth={initialAuth}>
          <Header />
          <main>{children}</main>
        </CookieAuthProvider>
      </body>
    </html>
  );
}
