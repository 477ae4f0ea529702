import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { placeApiError, type PlacementRules } from './api-field-errors.ts';
import { FormStatus } from './FormStatus.tsx';
import { KitFormContext, type KitFormContextValue } from './form-context.ts';
import { useLeaveGuard } from './useLeaveGuard.tsx';

export interface KitFormProps<V extends FieldValues, R> {
  /** From useForm<V>({ defaultValues }) (react-hook-form). */
  form: UseFormReturn<V>;
  /** Sends the values (usually mutation.mutateAsync(toBody(values))); a thrown ApiError is shown. */
  onSubmit(values: V): Promise<R>;
  /** After a successful save (the form is then clean: leaving no longer asks). */
  onSaved?(result: R, values: V): void;
  /** Shown after a successful save until the next change. */
  successMessage?: string;
  /** Error code → the field it concerns, e.g. `{ conflict: 'email' }`. */
  codeFields?: PlacementRules['codeFields'];
  /** API request field → form field where the names differ, e.g. `{ 'price.min': 'priceMin' }`. */
  apiFields?: PlacementRules['apiFields'];
  /** Field labels by name, to name the fields of an error that no field shows. */
  labels?: Readonly<Record<string, string>>;
  /** Ask before leaving with unsaved changes (default true). */
  guard?: boolean;
  className?: string;
  'aria-labelledby'?: string;
  /** The form's name where no heading names it. */
  'aria-label'?: string;
  children: ReactNode;
}

/**
 * A form on react-hook-form that sends to the API: client rules first, then the API's refusal
 * placed on the right fields (validation details, or the code's field) in the user's language,
 * the first such field focused; a guard against leaving with unsaved changes.
 */
export function KitForm<V extends FieldValues, R>(props: KitFormProps<V, R>) {
  const { form, onSubmit, onSaved, successMessage, codeFields, apiFields, labels, guard = true, className, children } = props;
  const idPrefix = useId().replace(/:/g, '');
  const formRef = useRef<HTMLFormElement>(null);
  const tracked = useRef(new Set<string>());
  const [apiError, setApiError] = useState<unknown>(null);
  const [changedSince, setChangedSince] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState(false);
  const { isDirty, isSubmitting } = form.formState;
  const leave = useLeaveGuard(guard && isDirty && !isSubmitting);

  const placed = useMemo(
    () => (apiError ? placeApiError(apiError, { fields: [...tracked.current], codeFields, apiFields }) : null),
    [apiError, codeFields, apiFields],
  );

  const context = useMemo<KitFormContextValue>(
    () => ({
      idPrefix,
      apiError,
      apiProblem: (name) => (changedSince.has(name) ? undefined : placed?.fields[name]),
      track: (name) => {
        tracked.current.add(name);
        return () => tracked.current.delete(name);
      },
      changed: (name) => setChangedSince((previous) => (previous.has(name) ? previous : new Set(previous).add(name))),
    }),
    [idPrefix, apiError, placed, changedSince],
  );

  // After a refusal, focus goes to the first field it concerns (in page order), else to the message.
  useEffect(() => {
    if (!placed || !formRef.current) return;
    const names = new Set(Object.keys(placed.fields));
    const elements = [...formRef.current.querySelectorAll<HTMLElement>('[name]')];
    const first = elements.find((element) => names.has(element.getAttribute('name') ?? ''));
    (first ?? formRef.current.querySelector<HTMLElement>('.form-status [role="alert"]'))?.focus();
  }, [placed]);

  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    setChangedSince(new Set());
    setSaved(false);
    try {
      const result = await onSubmit(values);
      form.reset(values);
      leave.release();
      setSaved(true);
      onSaved?.(result, values);
    } catch (error) {
      setApiError(error);
    }
  });

  const onChange = useCallback(() => setSaved(false), []);

  return (
    <FormProvider {...form}>
      <KitFormContext.Provider value={context}>
        <form
          ref={formRef}
          className={className ?? 'form'}
          noValidate
          aria-labelledby={props['aria-labelledby']}
          aria-label={props['aria-label']}
          onSubmit={(event) => void submit(event)}
          onChange={onChange}
        >
          <FormStatus error={apiError} placed={placed} labels={labels} success={saved && !isDirty ? successMessage : undefined} />
          {children}
        </form>
        {leave.dialog}
      </KitFormContext.Provider>
    </FormProvider>
  );
}
