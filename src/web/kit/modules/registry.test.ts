// The module registry as the app assembles it: every src/web/pages/<module>/module.tsx is found,
// routes do not collide, and each menu link leads to a page its roles may open.
import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../modules/accounts/roles.ts';
import { MODULE_FOLDERS, MODULES, NAV_ENTRIES, homePanelsFor, menuFor } from './registry.ts';

const backOfficeRoutes = MODULES.flatMap((module) => module.backOffice?.routes ?? []);
const publicRoutes = MODULES.flatMap((module) => module.routes ?? []);
const mayOpen = (roles: readonly Role[] | undefined, role: Role) => !roles || roles.includes(role);

describe('the module registry', () => {
  it('finds the modules, each named after its folder', () => {
    expect(MODULES.map((module) => module.id)).toEqual(
      expect.arrayContaining(['catalogue', 'fairs', 'points-of-sale', 'conferences', 'training', 'map', 'admin']),
    );
    for (const module of MODULES) expect(MODULE_FOLDERS[module.id]).toBe(module.id);
  });

  it('keeps the navigation in the declared order', () => {
    expect(NAV_ENTRIES.map((entry) => entry.path)).toEqual(['/catalogue', '/fairs', '/points-of-sale', '/conferences', '/training', '/map']);
  });

  it('never gives two pages the same path', () => {
    for (const routes of [publicRoutes, backOfficeRoutes]) {
      const paths = routes.map((route) => route.path);
      expect(paths.filter((path, index) => paths.indexOf(path) !== index)).toEqual([]);
    }
  });

  it('leads every navigation entry to a public page', () => {
    for (const entry of NAV_ENTRIES) {
      expect(publicRoutes.some((route) => matchPath(`/${route.path}`, entry.path))).toBe(true);
    }
  });

  it('leads every menu link, for each role that sees it, to a back-office page that role may open', () => {
    const broken: string[] = [];
    for (const role of ROLES) {
      for (const section of menuFor(role)) {
        for (const link of section.links) {
          const route = backOfficeRoutes.find((candidate) => matchPath(`/admin/${candidate.path}`, link.to));
          if (!route || !mayOpen(route.roles, role)) broken.push(`${role}: ${link.to}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('shows each role only its sections and links', () => {
    const titles = (role: Role) => menuFor(role).map((section) => section.titleKey);
    const staff = ['admin.catalogue.section', 'adminFairs.section', 'pointsOfSaleAdmin.section', 'conferences.admin.section', 'adminTraining.section'];
    expect(titles('admin')).toEqual([...staff, 'admin.system']);
    expect(titles('organizer')).toEqual(staff);
    expect(menuFor('producer')).toEqual([]);
    expect(homePanelsFor('producer').length).toBeGreaterThan(0);
  });
});
