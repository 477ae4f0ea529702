import { createContext, useContext } from 'react';
import type { FieldProblem } from './api-field-errors.ts';

/** What a KitForm gives its fields besides react-hook-form's context. */
export interface KitFormContextValue {
  /** The id prefix of the form's fields (`${idPrefix}-${name}`). */
  idPrefix: string;
  /** The last refusal of the API (its message is shown on the field its code concerns). */
  apiError: unknown;
  /** The API's problem with this field, if any (until the field is changed). */
  apiProblem(name: string): FieldProblem | undefined;
  /** A field takes part in placing API errors while it is mounted. */
  track(name: string): () => void;
  /** The field changed: its API problem is no longer shown. */
  changed(name: string): void;
}

export const KitFormContext = createContext<KitFormContextValue | null>(null);

export function useKitFormContext(): KitFormContextValue {
  const context = useContext(KitFormContext);
  if (!context) throw new Error('Form fields must be inside <KitForm>');
  return context;
}
