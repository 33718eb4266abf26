import type { AuthError } from '../src/core/errors';
import {
  AuthCard,
  Form,
  FormRootError,
  LinkButton,
  SubmitButton,
  TextField,
  emailSchema,
  format,
  messageKey,
  passwordSchema,
  useAuthForm,
  useMessages,
  type PasswordRules,
} from '../src/components';
import * as z from 'zod/mini';

export interface DemoFormProps {
  rules?: PasswordRules;
  /** What the fake request does: resolve after `delayMs`, or reject with this error. */
  failWith?: AuthError;
  delayMs?: number;
}

/** A sign-up-shaped form built only from the primitives, as an app would compose them. */
export function DemoForm({ rules, failWith, delayMs = 0 }: DemoFormProps) {
  const t = useMessages();
  // Same rules as newPasswordSchema, plus an email: what a sign-up form with confirmation needs.
  const schema = z
    .object({ email: emailSchema(), password: passwordSchema(rules), confirmPassword: z.string() })
    .check(
      z.refine((v) => v.password === v.confirmPassword, {
        error: messageKey('validation.passwordMismatch'),
        path: ['confirmPassword'],
      }),
    );
  const form = useAuthForm({
    schema,
    defaultValues: { email: '', password: '', confirmPassword: '' },
  });
  const submit = async () => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (failWith) throw failWith;
  };
  const min = rules?.minLength ?? 6;
  return (
    <AuthCard
      title={t['title.signUp']}
      description={t['description.signUp']}
      footer={<LinkButton href="#sign-in">{t['link.haveAccount']}</LinkButton>}
    >
      <Form form={form} onSubmit={submit} aria-label={t['title.signUp']}>
        <FormRootError />
        <TextField control={form.control} name="email" kind="email" label={t['label.email']} />
        <TextField
          control={form.control}
          name="password"
          kind="new-password"
          label={t['label.password']}
          description={format(t['description.password'], { min })}
        />
        <TextField
          control={form.control}
          name="confirmPassword"
          kind="new-password"
          label={t['label.confirmPassword']}
        />
        <SubmitButton pendingLabel={t['loading.signingUp']}>{t['button.signUp']}</SubmitButton>
      </Form>
    </AuthCard>
  );
}
