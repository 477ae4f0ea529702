import type { Role } from '../../../src/modules/accounts/roles.ts';

/** Who may call a route: anyone, any signed-in user, or the listed roles. Keyed `METHOD /url`. */
export type AccessPolicy = Record<string, 'public' | 'signed-in' | readonly Role[]>;

const files = import.meta.glob<AccessPolicy>(['./*.ts', '!./policy.ts'], { eager: true, import: 'POLICY' });

/** Every module's policy file merged; a route written in two files is a mistake. */
export function collectPolicy(): AccessPolicy {
  const merged: AccessPolicy = {};
  for (const [file, policy] of Object.entries(files)) {
    for (const [route, access] of Object.entries(policy)) {
      if (route in merged) throw new Error(`${route} is in two access policy files (again in ${file})`);
      merged[route] = access;
    }
  }
  return merged;
}
