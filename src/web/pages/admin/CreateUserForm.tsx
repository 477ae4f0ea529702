import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CreatedUser, CreateUserBody } from '../../../modules/accounts/contract.ts';
import { ROLES, type Role } from '../../../modules/accounts/roles.ts';
import { SelectField, SubmitButton, TextField } from '../../kit/form/fields.tsx';
import { KitForm } from '../../kit/form/KitForm.tsx';
import { useApiMutation } from '../../kit/query/useApiMutation.ts';
import { MIN_PASSWORD_LENGTH } from '../account/password-rules.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Values {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

const EMPTY: Values = { email: '', displayName: '', role: 'producer', password: '' };

/**
 * Creates an account with a password, or invites one (no password): the server then makes a
 * one-time password, which is shown here once, to hand over to the person.
 */
export function CreateUserForm({ onClose, onCreated }: { onClose(): void; onCreated(user: CreatedUser): void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({ defaultValues: EMPTY });
  const create = useApiMutation<CreatedUser, CreateUserBody>({ path: '/api/users', invalidates: ['/api/users'] });
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const [copied, setCopied] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const withPassword = form.watch('password') !== '';

  useEffect(() => {
    if (!created) headingRef.current?.focus();
  }, [created]);
  useEffect(() => {
    if (created) resultRef.current?.focus();
  }, [created]);

  const submit = (values: Values) => {
    const body: CreateUserBody = { email: values.email.trim(), displayName: values.displayName.trim(), role: values.role };
    if (values.password) body.password = values.password;
    return create.mutateAsync(body);
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  if (created) {
    return (
      <div className="card created-user" ref={resultRef} tabIndex={-1} role="region" aria-labelledby="created-title">
        <h2 id="created-title">{t('users.create.createdTitle')}</h2>
        <p>{t('users.create.created', { name: created.user.displayName, email: created.user.email })}</p>
        {created.oneTimePassword ? (
          <div className="one-time-password">
            <p>
              <strong>{t('users.create.oneTimePassword')}</strong>
            </p>
            <p className="one-time-password__row">
              <code data-testid="one-time-password">{created.oneTimePassword}</code>
              <button type="button" className="button button--small button--secondary" onClick={() => void copy(created.oneTimePassword ?? '')}>
                {copied ? t('users.create.copied') : t('users.create.copy')}
              </button>
            </p>
            <p className="muted">{t('users.create.oneTimeNote')}</p>
          </div>
        ) : (
          <p className="muted">{t('users.create.passwordSet')}</p>
        )}
        <p className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setCreated(null);
              setCopied(false);
            }}
          >
            {t('users.create.another')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('users.create.done')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <KitForm
      form={form}
      className="card form create-user"
      aria-labelledby="create-title"
      onSubmit={submit}
      onSaved={(result) => {
        form.reset(EMPTY);
        setCreated(result);
        onCreated(result);
      }}
      codeFields={{ conflict: { field: 'email', messageKey: 'users.create.emailTaken' } }}
    >
      <h2 id="create-title" ref={headingRef} tabIndex={-1}>
        {t('users.create.title')}
      </h2>
      <div className="form-grid">
        <TextField name="email" type="email" label={t('users.create.email')} required validate={(value) => EMAIL.test(String(value).trim()) || t('users.create.invalidEmail')} />
        <TextField name="displayName" label={t('users.create.displayName')} required />
        <SelectField name="role" label={t('users.create.role')} options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('users.create.password')}
          hint={t('users.create.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          minLength={MIN_PASSWORD_LENGTH}
        />
      </div>
      <p className="actions">
        <SubmitButton>{withPassword ? t('users.create.submit') : t('users.create.invite')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </p>
    </KitForm>
  );
}
