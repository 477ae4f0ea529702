// Every module of the web app, found by its src/web/pages/<module>/module.tsx: a module plugs in
// its routes, menu section and home panels without editing App.tsx or the back-office frame.
import type { Role } from '../../../modules/accounts/roles.ts';
import type { HomePanel, MenuSection, WebModule } from './module-types.ts';

const found = import.meta.glob<WebModule>('../../pages/*/module.tsx', { eager: true, import: 'webModule' });

/** The modules in their declared order (then by id, so the order never depends on the disk). */
export const MODULES: readonly WebModule[] = Object.values(found).sort(
  (a, b) => a.order - b.order || a.id.localeCompare(b.id),
);

/** The folder each module was found in, for the registry test. */
export const MODULE_FOLDERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(found).map(([file, module]) => [module.id, file.split('/').at(-2) ?? '']),
);

/** The site navigation: modules with a public entry, in order. */
export const NAV_ENTRIES = MODULES.flatMap((module) => (module.nav ? [module.nav] : []));

const allows = (roles: readonly Role[] | undefined, role: Role) => !roles || roles.includes(role);

/** The back-office menu sections (and in each, the links) that `role` may use. */
export function menuFor(role: Role): MenuSection[] {
  const sections: MenuSection[] = [];
  for (const module of MODULES) {
    const menu = module.backOffice?.menu;
    if (!menu || !menu.roles.includes(role)) continue;
    const links = menu.links.filter((link) => allows(link.roles, role));
    if (links.length > 0) sections.push({ ...menu, links });
  }
  return sections;
}

/** What the modules show on /admin to `role`, in module order. */
export function homePanelsFor(role: Role): HomePanel[] {
  return MODULES.flatMap((module) => (module.backOffice?.homePanels ?? []).filter((panel) => panel.roles.includes(role)));
}
