import {
  ALERT_PATH,
  CHECK_PATH,
  CHEVRON_DOWN_PATH,
  CHEVRON_LEFT_PATH,
  CHEVRON_RIGHT_PATH,
  CLOSE_PATH,
  COPY_PATH,
  EXTERNAL_PATH,
  INFO_PATH,
  SPARKLE_PATH,
} from './icon-paths';

export type IconName = 'sparkle' | 'close' | 'prev' | 'next' | 'down' | 'copy' | 'external' | 'check' | 'alert' | 'info';

const STROKED: Record<Exclude<IconName, 'sparkle'>, string> = {
  close: CLOSE_PATH,
  prev: CHEVRON_LEFT_PATH,
  next: CHEVRON_RIGHT_PATH,
  down: CHEVRON_DOWN_PATH,
  copy: COPY_PATH,
  external: EXTERNAL_PATH,
  check: CHECK_PATH,
  alert: ALERT_PATH,
  info: INFO_PATH,
};

/** Decorative icon: always hidden from assistive tech; the surrounding control carries the name. */
export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  const common = {
    width: size,
    height: size,
    viewBox: '0 0 24 24',
    'aria-hidden': true,
    focusable: false,
    className: 'lm-icon',
  } as const;
  if (name === 'sparkle') {
    return (
      <svg {...common} fill="currentColor">
        <path d={SPARKLE_PATH} />
      </svg>
    );
  }
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <path d={STROKED[name]} />
    </svg>
  );
}
