import type { ComponentPropsWithoutRef } from 'react';
import type { AuthError } from '../../core/errors.js';
import type { AuthCardClassNames } from './AuthCard.js';
import type { TextFieldClassNames } from './TextField.js';

/** Classes for the parts of a form in its own card (the account forms, the new-password pages). */
export interface CardFormClassNames {
  card?: string;
  cardParts?: AuthCardClassNames;
  form?: string;
  fields?: TextFieldClassNames;
  rootError?: string;
  submit?: string;
  success?: string;
}

/** What a screen rendered as a `<div>` around an `AuthCard` takes besides its own props. */
export interface CardScreenProps<ClassNames> extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'onError' | 'children'
> {
  onError?: (error: AuthError) => void;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classNames?: ClassNames;
}

/** Classes for the parts of a prebuilt screen that is itself the card (sign-in, sign-up, forgot password). */
export interface CardScreenFormClassNames extends AuthCardClassNames {
  root?: string;
  form?: string;
  field?: TextFieldClassNames;
  submit?: string;
  rootError?: string;
}
