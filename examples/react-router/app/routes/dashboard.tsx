import { redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { createAuthClient } from 'deskree-auth-react/core';
import { authContext, authOptions } from '../auth.server';

// Protection in the loader: a signed-out request is redirected by the server.
export async function loader({ context }: LoaderFunctionArgs) {
  const auth = context.get(authContext)?.auth;
  if (!auth) throw redirect('/sign-in');
  // The admin token stays on the server: only the role names reach the page.
  const adminToken = process.env.DESKREE_ADMIN_TOKEN;
  const roles = adminToken
    ? await createAuthClient({ baseUrl: authOptions().baseUrl, adminToken }).getRoles()
    : [];
  return { email: auth.user.email, roles: roles.map((role) => role.name) };
}

export default function Dashboard() {
  const { email, roles } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Dashboard</h1>
      <p data-testid="server-email">Signed in on the server as {email}</p>
      <p data-testid="roles">{`Roles: ${roles.join(', ')}`}</p>
    </section>
  );
}
