// What a module of the web app declares about itself in src/web/pages/<module>/module.tsx, so
// that App.tsx and the back-office frame assemble the modules without a shared list to edit.
import type { ComponentType, LazyExoticComponent } from 'react';
import type { Role } from '../../../modules/accounts/roles.ts';

/** A page: usually `lazy(() => import('./SomePage.tsx'))`, so it loads on first visit. */
export type PageComponent = ComponentType | LazyExoticComponent<ComponentType>;

export interface ModuleRoute {
  /** Relative path: from the site root for public routes, from /admin for back-office routes. */
  path: string;
  page: PageComponent;
  /**
   * Who may open it. Public routes: omitted = everyone, given = signed-in users of these roles.
   * Back-office routes: omitted = every signed-in user.
   */
  roles?: readonly Role[];
  /** A public route for any signed-in user (roles narrows it further). */
  signedIn?: boolean;
}

export interface MenuLink {
  to: string;
  labelKey: string;
  /** Narrower than the section's roles, for a link only some of them may follow. */
  roles?: readonly Role[];
  /** Active only on exactly this path (not on the pages under it). */
  end?: boolean;
}

/** The module's part of the back-office menu: a titled list of links. */
export interface MenuSection {
  titleKey: string;
  roles: readonly Role[];
  links: readonly MenuLink[];
}

/** Something a module shows on /admin (the staff dashboard and the other roles' workspace). */
export interface HomePanel {
  roles: readonly Role[];
  panel: PageComponent;
}

export interface WebModule {
  /** The folder's name under src/web/pages (checked by the registry test). */
  id: string;
  /** Place in the header, on the home page and in the back-office menu: smaller comes first. */
  order: number;
  /** Its entry in the site navigation and on the home page. */
  nav?: { path: string; labelKey: string; summaryKey: string };
  routes?: readonly ModuleRoute[];
  backOffice?: {
    routes: readonly ModuleRoute[];
    menu?: MenuSection;
    homePanels?: readonly HomePanel[];
  };
}

/** Identity, for the type check and editor help in module.tsx files. */
export const defineModule = (module: WebModule): WebModule => module;
