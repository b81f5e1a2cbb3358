/**
 * SVG path data shared by the React icons and the plain-DOM pill (which must not pull in React).
 * All drawn on a 24×24 grid.
 */

/** Filled four-point sparkle plus a small companion star: the brand mark. */
export const SPARKLE_PATH =
  'M11 3Q12 12 20 13Q12 14 11 22Q10 14 2 13Q10 12 11 3ZM19 1.5Q19.4 4.1 22 4.5Q19.4 4.9 19 7.5Q18.6 4.9 16 4.5Q18.6 4.1 19 1.5Z';

/** Stroked icons (stroke="currentColor", no fill). */
export const CLOSE_PATH = 'M6 6l12 12M18 6L6 18';
export const CHEVRON_LEFT_PATH = 'M15 18l-6-6 6-6';
export const CHEVRON_RIGHT_PATH = 'M9 18l6-6-6-6';
export const CHEVRON_DOWN_PATH = 'M6 9l6 6 6-6';
export const COPY_PATH = 'M9 9h11v11H9zM5 15H4V4h11v1';
export const EXTERNAL_PATH = 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5';
export const CHECK_PATH = 'M5 12.5l4.5 4.5L19 7';
export const ALERT_PATH = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 8v5M12 16.5v.01';
export const INFO_PATH = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v5M12 7.5v.01';
