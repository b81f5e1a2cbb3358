import { CHECK_PATH } from '../icon-paths';
import { SvgIcon } from '../svg-icon';

/** Stroked 24×24 icons of the habit views (drawn for Lastmile). */
const PATHS = {
  flame: 'M12 21c-3.9 0-6.5-2.6-6.5-6.1 0-3.2 2.2-5.2 3.6-7.3.9-1.3 1.3-2.9 1.2-4.6 3.5 1.9 5.6 4.9 5.7 8 .8-.6 1.3-1.6 1.4-2.7 1.4 1.6 2.1 3.5 2.1 5.6 0 4.1-3 7.1-7.5 7.1zM12 21c-1.7 0-2.9-1.2-2.9-2.8 0-1.8 1.6-2.8 2.6-4.4 1.6 1.1 3.2 2.6 3.2 4.4 0 1.6-1.2 2.8-2.9 2.8z',
  snowflake: 'M12 2v20M4.9 6.5l14.2 11M4.9 17.5l14.2-11M9.5 3.5L12 6l2.5-2.5M9.5 20.5L12 18l2.5 2.5',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 2',
  trophy: 'M8 4h8v5a4 4 0 0 1-8 0zM8 6H5a3 3 0 0 0 3 4M16 6h3a3 3 0 0 1-3 4M12 13v4M8.5 20h7M9.5 17h5v3h-5z',
  target: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM12 11.2a.8.8 0 1 0 0 1.6.8.8 0 0 0 0-1.6z',
  chart: 'M4 20V4M4 20h16M8 16v-5M12 16V8M16 16v-3',
  shield: 'M12 3l7 3v5c0 4.6-3 8.4-7 10-4-1.6-7-5.4-7-10V6zM9 12l2 2 4-4',
  download: 'M12 4v11M7.5 10.5L12 15l4.5-4.5M5 20h14',
  trash: 'M4 7h16M9.5 7V4.5h5V7M6.5 7l1 13h9l1-13M10 11v5.5M14 11v5.5',
  settings: 'M4 7h10M18 7h2M4 17h2M10 17h10M16 5v4M8 15v4',
  pause: 'M9 5v14M15 5v14',
  arrowUp: 'M12 19V5M6 11l6-6 6 6',
  arrowDown: 'M12 5v14M6 13l6 6 6-6',
  external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
  check: CHECK_PATH,
  leaf: 'M5 19c0-8 5-14 15-14 0 10-6 15-14 15M5 19l7-7',
  share: 'M12 15V4M7.5 8.5L12 4l4.5 4.5M5 13v6a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-6',
  policy: 'M7 3h7l4 4v13a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM14 3v4h4M9 12h6M9 16h6',
} as const;

export type HabitIconName = keyof typeof PATHS | 'sparkle';

/** Decorative: hidden from assistive tech; the surrounding text names things. */
export function HabitIcon({ name, size = 16, className }: { name: HabitIconName; size?: number; className?: string }) {
  return (
    <SvgIcon
      path={name === 'sparkle' ? 'sparkle' : PATHS[name]}
      size={size}
      className={className ? `hb-icon ${className}` : 'hb-icon'}
      strokeWidth={1.9}
    />
  );
}
