import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { createAuthClient } from 'deskree-auth-react/core';
import { getAuthFromRequest } from 'deskree-auth-react/server';
import { authOptions } from '../../auth';

// Read on the server: the HTML already names the user. The proxy has redirected signed-out
// visitors; checking again here keeps the page safe if the matcher changes.
export default async function Dashboard() {
  const auth = await getAuthFromRequest({ headers: await headers() }, authOptions());
  if (!auth) redirect('/sign-in');
  // The admin token stays on the server: only the role names reach the page.
  const roles = process.env.DESKREE_ADMIN_TOKEN
    ? await createAuthClient({
        baseUrl: authOptions().baseUrl,
        adminToken: process.env.DESKREE_ADMIN_TOKEN,
      }).getRoles()
    : [];
  return (
    <section>
      <h1>Dashboard</h1>
      <p data-testid="server-email">Signed in on the server as {auth.user.email}</p>
      <p data-testid="roles">{`Roles: ${roles.map((role) => role.name).join(', ')}`}</p>
    </section>
  );
}
