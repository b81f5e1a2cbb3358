import { SPARKLE_PATH } from './icon-paths';

/**
 * One 24×24 icon: the filled brand sparkle, or a stroked path. Decorative: always hidden from
 * assistive tech; the surrounding control or text carries the name.
 */
export function SvgIcon({
  path,
  size,
  className,
  strokeWidth,
}: {
  /** `'sparkle'` for the filled brand mark, else stroked path data. */
  path: string;
  size: number;
  className: string;
  strokeWidth: number;
}) {
  const common = { width: size, height: size, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false, className } as const;
  if (path === 'sparkle') {
    return (
      <svg {...common} fill="currentColor">
        <path d={SPARKLE_PATH} />
      </svg>
    );
  }
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={strokeWidth} strokeLinecap="round" strokeLinejoin="round">
      <path d={path} />
    </svg>
  );
}
