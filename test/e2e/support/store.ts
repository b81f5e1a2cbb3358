/**
 * What the extension has stored, read straight from its IndexedDB (lib/usage/db.ts) where the
 * extension runs: in its service worker or in one of its pages.
 */
import { DB_NAME } from '../../../lib/usage/db';

export interface StoredEvent {
  type: string;
  tipId?: string;
}

/** Runs inside the extension (passed to evaluate, so it must not use anything from this module). */
const readEvents = (dbName: string): Promise<StoredEvent[]> =>
  new Promise<StoredEvent[]>((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('events').objectStore('events').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        db.close();
        resolve((all.result as StoredEvent[]).map(({ type, tipId }) => ({ type, tipId })));
      };
    };
  });

/** A service worker or a page (playwright-core's Worker and Page), as far as this module uses them. */
interface Evaluates {
  evaluate(fn: typeof readEvents, dbName: string): Promise<StoredEvent[]>;
}

/** Types and tip ids of the usage events stored, in order, read in the service worker or an extension page. */
export function storedEvents(where: Evaluates): Promise<StoredEvent[]> {
  return where.evaluate(readEvents, DB_NAME);
}
