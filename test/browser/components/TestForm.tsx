import * as z from 'zod/mini';
import {
  AuthRoot,
  Form,
  FormRootError,
  SubmitButton,
  TextField,
  emailSchema,
  passwordSchema,
  useAuthForm,
  type AuthRootProps,
  type ServerErrorFieldMap,
} from '../../../src/components';

export interface TestFormProps extends Omit<AuthRootProps, 'onSubmit'> {
  onSubmit?: (values: { email: string; password: string }) => unknown;
  serverErrorFields?: ServerErrorFieldMap;
  withDescription?: boolean;
}

const schema = z.object({ email: emailSchema(), password: passwordSchema() });

/** A minimal two-field form, the smallest real composition of the primitives. */
export function TestForm({
  onSubmit,
  serverErrorFields,
  withDescription = false,
  ...root
}: TestFormProps) {
  const form = useAuthForm({ schema, defaultValues: { email: '', password: '' } });
  return (
    <AuthRoot {...root}>
      <Form
        form={form}
        onSubmit={onSubmit}
        serverErrorFields={serverErrorFields}
        aria-label="Test form"
      >
        <FormRootError />
        <TextField control={form.control} name="email" kind="email" label="Email" />
        <TextField
          control={form.control}
          name="password"
          kind="current-password"
          label="Password"
          description={withDescription ? 'At least 6 characters.' : undefined}
        />
        <SubmitButton>Sign in</SubmitButton>
      </Form>
    </AuthRoot>
  );
}
