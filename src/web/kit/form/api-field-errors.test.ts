// Where the form kit shows an API refusal: on the field it concerns, in words for the rule
// broken, or on the form when no field shows it.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { placeApiError, ruleText } from './api-field-errors.ts';

const invalid = (details: unknown[]) => new ApiError(400, 'validation_failed', 'The request is invalid', details);
const FIELDS = ['email', 'name.vi', 'name.en', 'price.min', 'startsOn', 'endsOn'];

describe('placing an API error on a form', () => {
  it('puts each validation detail on its field, with the rule and the bound from the message', () => {
    const placed = placeApiError(
      invalid([
        { in: 'body', field: 'email', rule: 'format', message: 'must match format "email"' },
        { in: 'body', field: 'name.vi', rule: 'minLength', message: 'must NOT have fewer than 3 characters' },
      ]),
      { fields: FIELDS },
    );
    expect(placed.fields).toEqual({
      email: { kind: 'rule', messageKey: 'kit.rule.format' },
      'name.vi': { kind: 'rule', messageKey: 'kit.rule.minLength', limit: '3' },
    });
    expect(placed.form).toBe('summary');
  });

  it('shows a missing object on its first field, and renamed fields where the form has them', () => {
    const placed = placeApiError(
      invalid([
        { field: 'name', rule: 'required', message: "must have required property 'name'" },
        { field: 'priceMin', rule: 'minimum', message: 'must be >= 0' },
      ]),
      { fields: FIELDS, apiFields: { priceMin: 'price.min' } },
    );
    expect(Object.keys(placed.fields)).toEqual(['name.vi', 'price.min']);
    expect(placed.fields['price.min']).toEqual({ kind: 'rule', messageKey: 'kit.rule.minimum', limit: '0' });
  });

  it('keeps on the form the fields it does not show, and names them', () => {
    const placed = placeApiError(invalid([{ field: 'website', rule: 'format' }, { field: 'email', rule: 'format' }]), { fields: FIELDS });
    expect(placed.form).toBe('error');
    expect(placed.unplaced).toEqual(['website']);
    expect(Object.keys(placed.fields)).toEqual(['email']);
  });

  it('puts a business code on the field the page names for it, else on the form', () => {
    const taken = new ApiError(409, 'conflict', 'This already exists');
    expect(placeApiError(taken, { fields: FIELDS, codeFields: { conflict: 'email' } })).toEqual({ fields: { email: { kind: 'error' } }, form: 'summary', unplaced: [] });
    expect(placeApiError(taken, { fields: FIELDS })).toEqual({ fields: {}, form: 'error', unplaced: [] });
    expect(placeApiError(taken, { fields: FIELDS, codeFields: { conflict: { field: 'email', messageKey: 'users.create.emailTaken' } } }).fields).toEqual({
      email: { kind: 'error', messageKey: 'users.create.emailTaken' },
    });
    // A code field the form does not show cannot hold the error.
    expect(placeApiError(taken, { fields: ['name.vi'], codeFields: { conflict: 'email' } }).form).toBe('error');
  });

  it('treats a failure that is not the API’s answer as a form-level problem', () => {
    expect(placeApiError(new TypeError('boom'), { fields: FIELDS }).form).toBe('error');
  });
});

describe('rule texts', () => {
  it('name the bound only when it is known', () => {
    expect(ruleText('maxLength', 200)).toEqual({ messageKey: 'kit.rule.maxLength', limit: '200' });
    expect(ruleText('maxLength', undefined)).toEqual({ messageKey: 'kit.rule.invalid' });
    expect(ruleText('min', 1)).toEqual({ messageKey: 'kit.rule.minimum', limit: '1' });
    expect(ruleText('required')).toEqual({ messageKey: 'kit.rule.required' });
    expect(ruleText('somethingElse')).toEqual({ messageKey: 'kit.rule.invalid' });
  });
});
