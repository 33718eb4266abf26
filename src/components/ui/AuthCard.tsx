import { useContext, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../cx.js';
import { AuthRootContext } from './AuthRootContext.js';

/** Classes for each part of the card. */
export interface AuthCardClassNames {
  header?: string;
  title?: string;
  description?: string;
  content?: string;
  footer?: string;
}

export interface AuthCardProps extends Omit<ComponentPropsWithoutRef<'section'>, 'title'> {
  title?: ReactNode;
  description?: ReactNode;
  footer?: ReactNode;
  /** Heading level of the title, so the card fits the page outline. Defaults to 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classNames?: AuthCardClassNames;
}

/**
 * The frame of every prebuilt screen: a titled region with content and a footer for links. Outside
 * an `AuthRoot` it becomes the stylesheet's scope itself (`dar-root`, light theme), so the Quick
 * start is styled. It keeps the messages it finds (an app's `MessagesProvider`, else English): the
 * parts inside the card speak the same language as the screen around them.
 *
 * @example
 * <AuthCard title="Sign in" footer={<LinkButton href="/sign-up">Create an account</LinkButton>}>…</AuthCard>
 */
export function AuthCard({
  title,
  description,
  footer,
  headingLevel = 2,
  classNames,
  className,
  children,
  ...props
}: AuthCardProps) {
  const titleId = useId();
  const insideRoot = useContext(AuthRootContext);
  const Heading = `h${headingLevel}` as const;
  const card = (
    <section
      data-slot="auth-card"
      aria-labelledby={title ? titleId : undefined}
      // Outside an AuthRoot: the scope an AuthRoot would give (an app's `data-theme` still wins).
      data-theme={insideRoot ? undefined : 'light'}
      className={cx(!insideRoot && 'dar-root', className)}
      {...props}
      // Components put their own name in `data-slot` (e.g. `sign-in-form`); the stylesheet finds cards by this part marker.
      data-dar-part="card"
    >
      {title || description ? (
        <header data-slot="auth-card-header" className={cx(classNames?.header)}>
          {title ? (
            <Heading data-slot="auth-card-title" id={titleId} className={cx(classNames?.title)}>
              {title}
            </Heading>
          ) : null}
          {description ? (
            <p data-slot="auth-card-description" className={cx(classNames?.description)}>
              {description}
            </p>
          ) : null}
        </header>
      ) : null}
      <div data-slot="auth-card-content" className={cx(classNames?.content)}>
        {children}
      </div>
      {footer ? (
        <footer data-slot="auth-card-footer" className={cx(classNames?.footer)}>
          {footer}
        </footer>
      ) : null}
    </section>
  );
  return insideRoot ? (
    card
  ) : (
    <AuthRootContext.Provider value={true}>{card}</AuthRootContext.Provider>
  );
}
