import { useEffect } from 'react';
import { get, useFormContext, useFormState, type RegisterOptions } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { ruleText } from './api-field-errors.ts';
import { useKitFormContext } from './form-context.ts';

export interface FieldRules {
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number | string;
  max?: number | string;
  /** Returns true, or the problem as a text in the user's language (t(…)). */
  validate?: (value: unknown) => true | string;
}

/** The bound a client rule names, for its text ("at least {{limit}} characters"). */
function clientLimit(type: string, rules: FieldRules): string | number | undefined {
  return { minLength: rules.minLength, maxLength: rules.maxLength, min: rules.min, max: rules.max }[type];
}

/**
 * What a field of a KitForm needs: its id and the ids it is described by, its registration
 * with react-hook-form, and the text of its problem (client rule or API answer), in the user's
 * language. Changing the field clears the API's problem with it.
 */
export function useKitField(name: string, rules: FieldRules, explicitId?: string) {
  const { t } = useTranslation();
  const kit = useKitFormContext();
  const { register } = useFormContext();
  const { errors } = useFormState({ name });
  const id = explicitId ?? `${kit.idPrefix}-${name.replace(/\W+/g, '-')}`;

  useEffect(() => kit.track(name), [kit, name]);

  const options: RegisterOptions = {
    required: rules.required,
    minLength: rules.minLength,
    maxLength: rules.maxLength,
    min: rules.min,
    max: rules.max,
    validate: rules.validate,
  };
  const registration = register(name, options);
  const onChange: typeof registration.onChange = (event) => {
    kit.changed(name);
    return registration.onChange(event);
  };

  const client = get(errors, name) as { type?: string; message?: string } | undefined;
  const api = kit.apiProblem(name);
  let problem: string | undefined;
  if (client?.type) {
    if (client.message) problem = client.message;
    else {
      const text = ruleText(client.type, clientLimit(client.type, rules));
      const messageKey = text.messageKey;
      problem = t(messageKey, { limit: text.limit });
    }
  } else if (api?.kind === 'rule') {
    const messageKey = api.messageKey;
    problem = t(messageKey, { limit: api.limit });
  } else if (api?.kind === 'error') {
    const messageKey = api.messageKey;
    problem = messageKey ? t(messageKey) : errorMessage(t, kit.apiError instanceof ApiError ? kit.apiError : null);
  }

  return { id, errorId: `${id}-error`, hintId: `${id}-hint`, registration: { ...registration, onChange }, problem };
}
