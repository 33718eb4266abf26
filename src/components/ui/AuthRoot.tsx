import { Slot } from './Slot.js';
import type { ComponentPropsWithoutRef } from 'react';
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/resolveMessages.js';
import { MessagesProvider } from '../i18n/MessagesProvider.js';
import { cx } from '../cx.js';
import { AuthRootContext } from './AuthRootContext.js';

/** Colour scheme; `system` follows `prefers-color-scheme`. */
export type AuthTheme = 'light' | 'dark' | 'system';

export interface AuthRootProps extends ComponentPropsWithoutRef<'div'> {
  theme?: AuthTheme;
  locale?: Locale;
  messages?: Partial<Messages>;
  /** Omit the `dar-root` class: the stylesheet then styles nothing inside, even if imported. */
  unstyled?: boolean;
  /** Merge onto the child element instead of rendering a `<div>`. */
  asChild?: boolean;
}

/**
 * The scope of the kit's stylesheet and messages. Every style in `styles.css` is under
 * `.dar-root`. Prebuilt screens rendered outside any `AuthRoot` are their own scope (light theme; the
 * messages of an enclosing `MessagesProvider`, else English), so importing the CSS is enough; wrap
 * them yourself to pick the theme, locale or unstyled.
 *
 * @example
 * import 'deskree-auth-react/styles.css';
 * <AuthRoot theme="system" locale={fr}><SignInForm /></AuthRoot>
 */
export function AuthRoot({
  theme = 'light',
  locale,
  messages,
  unstyled = false,
  asChild = false,
  className,
  ...props
}: AuthRootProps) {
  const Component = asChild ? Slot : 'div';
  return (
    <AuthRootContext.Provider value={true}>
      <MessagesProvider locale={locale} messages={messages}>
        <Component
          data-slot="auth-root"
          data-theme={theme}
          className={cx(!unstyled && 'dar-root', className)}
          {...props}
        />
      </MessagesProvider>
    </AuthRootContext.Provider>
  );
}
