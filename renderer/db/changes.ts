/**
 * Committed-change notifications. Every write goes through renderer/db, which announces the records it
 * committed here, also to other tabs of the same browser. Stores that keep large, ordered views in
 * memory (the timeline) update from these instead of re-reading 100,000 rows after each keystroke.
 */
import type { SyncedTable } from '../../shared/sync/operation';

export interface Change {
  table: SyncedTable;
  records: readonly unknown[];
  /** `remote` when the change came from the hub: the sync engine must not answer it with another sync. */
  origin?: 'local' | 'remote';
}

type Listener = (change: Change) => void;

const listeners = new Set<Listener>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('crisis-room:changes');
channel?.addEventListener('message', (event: MessageEvent<Change>) => emit(event.data));

function emit(change: Change): void {
  for (const listener of listeners) listener(change);
}

export function changesAnnounce(change: Change): void {
  emit(change);
  channel?.postMessage(change);
}

export function changesSubscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
