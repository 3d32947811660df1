import { NavLink } from 'react-router';
import type { NavItem } from '../types';

export interface MainNavProps {
  items: readonly NavItem[];
}

/** The screens of the dashboard; the current one is marked with aria-current="page". */
export function MainNav({ items }: MainNavProps) {
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <NavLink to={item.path} className="main-nav__link">
              {item.label}
              {item.badge && item.badge.count > 0 && (
                <span className="main-nav__badge">
                  <span aria-hidden="true">{item.badge.count.toLocaleString('en')}</span>
                  <span className="visually-hidden">
                    {` (${item.badge.count.toLocaleString('en')} ${item.badge.label})`}
                  </span>
                </span>
              )}
              {item.comingSoon && (
                <span className="main-nav__soon">
                  <span aria-hidden="true">soon</span>
                  <span className="visually-hidden"> (coming soon)</span>
                </span>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
