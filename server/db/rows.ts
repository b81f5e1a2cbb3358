/** Zod for rows read back: bigint columns arrive as strings from PostgreSQL, numbers from SQLite. */
import { z } from 'zod';

/** A non-negative integer column (counts, epoch ms), whatever the driver returns it as. */
export const bigCol = z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform((v) => Number(v));
/** A nullable epoch-ms column. */
export const bigColNullable = bigCol.nullable();
/** SUM() over no rows is NULL; over bigints PostgreSQL returns numeric (a string). */
export const sumCol = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/), z.null()])
  .transform((v) => (v === null ? 0 : Number(v)));

export const isoFromMs = (ms: number): string => new Date(ms).toISOString();
