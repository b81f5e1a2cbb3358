/** A key-value store with chrome.storage.local semantics (values are structured-cloned). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove?(keys: string[]): Promise<void>;
}
