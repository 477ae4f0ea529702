import { ANSWER_TYPES, LOCAL_RULES } from '../../../modules/outlets/criteria/definition.ts';

/** Keys built from a value (see src/web/i18n/i18n.test.ts). */
export const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'pointsOfSaleAdmin.criteria.form.answers.': ANSWER_TYPES,
  'pointsOfSaleAdmin.criteria.form.rules.': LOCAL_RULES,
  'pointsOfSaleAdmin.criteria.modes.': ['form', 'json'],
};
