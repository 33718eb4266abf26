import { forwardRef, useState, type ComponentPropsWithoutRef } from 'react';
import { uiMessages } from '../i18n/en/ui.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { cx } from '../cx.js';

export interface PasswordInputProps extends Omit<ComponentPropsWithoutRef<'input'>, 'type'> {
  /** Classes for the wrapper and the toggle button. */
  classNames?: { wrapper?: string; toggle?: string };
}

/**
 * A password input with a show/hide toggle. The toggle is a real button with a translated
 * accessible name and `aria-pressed`, and `aria-controls` pointing at the input.
 * Props (including `id`, `aria-*` from `FormControl`) go to the `<input>`, not the wrapper.
 *
 * @example
 * <FormControl><PasswordInput autoComplete="current-password" {...field} /></FormControl>
 */
// forwardRef for React 18, where a `ref` prop never reaches a function component (see Input).
export const PasswordInput = forwardRef<HTMLInputElement, PasswordInputProps>(
  function PasswordInput({ className, classNames, id, ...props }, ref) {
    const [visible, setVisible] = useState(false);
    const messages = useMessageSlice(uiMessages);
    return (
      <div
        data-slot="password-input"
        data-state={visible ? 'visible' : 'hidden'}
        className={cx(classNames?.wrapper)}
      >
        <input
          ref={ref}
          data-slot="field-input"
          id={id}
          type={visible ? 'text' : 'password'}
          // Spellcheck on a revealed password would send it to a cloud spellchecker in some browsers.
          spellCheck={false}
          autoCapitalize="none"
          className={cx(className)}
          {...props}
        />
        <button
          type="button"
          data-slot="password-toggle"
          aria-label={messages['password.show']}
          aria-pressed={visible}
          aria-controls={id}
          className={cx(classNames?.toggle)}
          onClick={() => setVisible((shown) => !shown)}
        >
          <EyeIcon crossed={visible} />
        </button>
      </div>
    );
  },
);

function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg
      data-slot="password-toggle-icon"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
      {crossed ? <path d="M3 3l18 18" /> : null}
    </svg>
  );
}
