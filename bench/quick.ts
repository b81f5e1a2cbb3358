/**
 * Load and SPA cost only, medians printed as JSON: for comparing detector variants while working
 * on them. Not part of `npm run bench`; needs a built extension (npx wxt build).
 *   npx tsx bench/quick.ts [loadReps=7] [spaRounds=0]
 */
import { runQuickCost } from './page-cost';

const DEFAULT_LOAD_REPS = 7;
const loadReps = Number(process.argv[2] ?? DEFAULT_LOAD_REPS);
const spaRounds = Number(process.argv[3] ?? 0);
const result = await runQuickCost({ loadReps, spaRounds }, (m) => console.error(m));
console.log(JSON.stringify(result, null, 2));
