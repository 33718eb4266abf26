import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type * as z4 from 'zod/v4/core';
import { schemaResolver } from './schemaResolver.js';

export interface UseAuthFormOptions<TValues extends FieldValues, TOutput> {
  /** A zod (or zod/mini) object schema; validated through Standard Schema. */
  schema: z4.$ZodType<TOutput, TValues>;
  defaultValues: DefaultValues<TValues>;
}

/**
 * `useForm` with the kit's settings: validate on submit first (no errors while typing an
 * untouched form), then live as the user fixes a field; focus the first invalid field.
 * Validates through Standard Schema (`schemaResolver`), which needs nothing from zod at runtime,
 * so zod/mini schemas work without pulling in full zod.
 *
 * @example
 * const form = useAuthForm({ schema: signInSchema(), defaultValues: { email: '', password: '' } });
 */
export function useAuthForm<TValues extends FieldValues, TOutput = TValues>({
  schema,
  defaultValues,
}: UseAuthFormOptions<TValues, TOutput>): UseFormReturn<TValues, unknown, TOutput> {
  return useForm<TValues, unknown, TOutput>({
    resolver: schemaResolver<TValues, TOutput>(schema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
}
