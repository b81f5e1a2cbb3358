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
} from './icon-paths';
import { SvgIcon } from './svg-icon';

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
  return <SvgIcon path={name === 'sparkle' ? 'sparkle' : STROKED[name]} size={size} className="lm-icon" strokeWidth={2} />;
}
