import type { ReactNode } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { cx } from '../cx.js';
import { FormControl } from '../form/FormControl.js';
import { FormDescription } from '../form/FormDescription.js';
import { FormField } from '../form/FormField.js';
import { FormItem } from '../form/FormItem.js';
import { FormLabel } from '../form/FormLabel.js';
import { FormMessage } from '../form/FormMessage.js';
import { Input } from './Input.js';
import { PasswordInput } from './PasswordInput.js';

/** What the field holds; decides `type`, `autoComplete` and the input used. */
export type TextFieldKind = 'email' | 'current-password' | 'new-password' | 'text';

/** Classes for each part of a `TextField`. */
export interface TextFieldClassNames {
  item?: string;
  label?: string;
  input?: string;
  description?: string;
  message?: string;
}

export interface TextFieldProps<
  TValues extends FieldValues,
  TName extends FieldPath<TValues>,
  TOutput = TValues,
> {
  control?: Control<TValues, unknown, TOutput>;
  name: TName;
  label: ReactNode;
  kind?: TextFieldKind;
  description?: ReactNode;
  placeholder?: string;
  /** Overrides the `autoComplete` derived from `kind` (e.g. `"username"`). */
  autoComplete?: string;
  disabled?: boolean;
  className?: string;
  classNames?: TextFieldClassNames;
}

/**
 * One labelled, validated input: `FormField` + `FormItem` + label + control + message.
 * `kind` sets the attributes password managers rely on (`autoComplete="current-password"`
 * vs `"new-password"` decides whether they fill or generate).
 *
 * @example
 * <TextField control={form.control} name="email" kind="email" label={t['label.email']} />
 */
export function TextField<
  TValues extends FieldValues,
  TName extends FieldPath<TValues>,
  TOutput = TValues,
>({
  control,
  name,
  label,
  kind = 'text',
  description,
  placeholder,
  autoComplete,
  disabled,
  className,
  classNames,
}: TextFieldProps<TValues, TName, TOutput>) {
  return (
    <FormField
      control={control}
      name={name}
      disabled={disabled}
      render={({ field, fieldState }) => {
        const inputProps = {
          ...field,
          value: typeof field.value === 'string' ? field.value : '',
          placeholder,
          className: classNames?.input,
        };
        return (
          <FormItem className={cx(classNames?.item, className)} data-kind={kind}>
            <FormLabel className={classNames?.label}>{label}</FormLabel>
            <FormControl>
              {kind === 'current-password' || kind === 'new-password' ? (
                <PasswordInput autoComplete={autoComplete ?? kind} {...inputProps} />
              ) : (
                <Input
                  type={kind === 'email' ? 'email' : 'text'}
                  autoComplete={autoComplete ?? (kind === 'email' ? 'email' : undefined)}
                  // Mobile keyboards otherwise capitalise the first letter of an address.
                  autoCapitalize={kind === 'email' ? 'none' : undefined}
                  spellCheck={kind === 'email' ? false : undefined}
                  {...inputProps}
                />
              )}
            </FormControl>
            {/* The error replaces the hint: "At least 6 characters." above "Password must be at least 6 characters" says it twice. */}
            {description && !fieldState.error ? (
              <FormDescription className={classNames?.description}>{description}</FormDescription>
            ) : null}
            <FormMessage className={classNames?.message} />
          </FormItem>
        );
      }}
    />
  );
}
