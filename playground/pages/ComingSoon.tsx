import { Alert, AuthCard } from '../../src/components';

/** Stands in for a prebuilt component that has not landed in `src/components` yet. */
export function ComingSoon({ component, title }: { component: string; title: string }) {
  return (
    <AuthCard title={title} headingLevel={1}>
      <Alert variant="info" title="Coming soon">
        <code>&lt;{component} /&gt;</code> is not in <code>src/components</code> yet. This page will
        show it once it lands.
      </Alert>
    </AuthCard>
  );
}
