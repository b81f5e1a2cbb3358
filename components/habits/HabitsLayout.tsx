import { useEffect, useRef, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { HabitIcon, type HabitIconName } from './icons';

export const HABIT_SECTIONS = ['overview', 'privacy', 'sharing', 'policy', 'settings'] as const;
export type HabitsSection = (typeof HABIT_SECTIONS)[number];

const NAV: readonly { id: HabitsSection; label: () => string; icon: HabitIconName }[] = [
  { id: 'overview', label: () => i18n.t('habits.nav.overview'), icon: 'chart' },
  { id: 'privacy', label: () => i18n.t('habits.nav.privacy'), icon: 'shield' },
  { id: 'sharing', label: () => i18n.t('habits.nav.sharing'), icon: 'share' },
  { id: 'policy', label: () => i18n.t('habits.nav.policy'), icon: 'policy' },
  { id: 'settings', label: () => i18n.t('habits.nav.settings'), icon: 'settings' },
];

const TITLES: Record<HabitsSection, (() => string) | null> = {
  overview: null,
  privacy: () => i18n.t('habits.section.privacy'),
  sharing: () => i18n.t('habits.section.sharing'),
  policy: () => i18n.t('habits.section.policy'),
  settings: () => i18n.t('habits.section.settings'),
};

export function isHabitsSection(value: string): value is HabitsSection {
  return (HABIT_SECTIONS as readonly string[]).includes(value);
}

export interface HabitsLayoutProps {
  section: HabitsSection;
  /** Move focus to the section heading (after the employee picked a section, not on first load). */
  focusHeading?: boolean;
  children: ReactNode;
}

/** Page frame: brand, title, and links to the sections (plain #hash links, so each is deep-linkable). */
export function HabitsLayout({ section, focusHeading = false, children }: HabitsLayoutProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const title = TITLES[section]?.() ?? null;
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [section, focusHeading]);
  return (
    <div className="hb-root hb-page">
      <header className="hb-top">
        <div className="hb-top-inner">
          <div className="hb-brand">
            <span className="hb-logo">
              <HabitIcon name="sparkle" size={16} />
            </span>
            {/* i18n-ignore: the product name */}
            <span className="hb-brand-name">Lastmile</span>
          </div>
          <nav className="hb-nav" aria-label={i18n.t('habits.nav.label')}>
            {NAV.map((n) => (
              <a key={n.id} className="hb-nav-link" href={`#${n.id}`} aria-current={section === n.id ? 'page' : undefined}>
                <HabitIcon name={n.icon} size={16} />
                {n.label()}
              </a>
            ))}
          </nav>
        </div>
      </header>
      <main className="hb-main" id={section}>
        <div className="hb-page-head">
          <h1 className="hb-h1" ref={title === null ? headingRef : undefined} tabIndex={-1}>
            {i18n.t('habits.title')}
          </h1>
          {title !== null && (
            <h2 className="hb-h2" ref={headingRef} tabIndex={-1}>
              {title}
            </h2>
          )}
        </div>
        {children}
      </main>
    </div>
  );
}
