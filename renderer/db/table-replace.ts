/**
 * Replacing every row of a table, writing only what differs. In IndexedDB the cost is per row written
 * (docs/benchmarks.md), reading is several times cheaper, and a backup restored on the device that made
 * it mostly holds rows that are there already, unchanged: those are compared, not written again.
 */
import { Dexie, type Table } from 'dexie';

type Row = Record<string, unknown>;

/** Above this share of rows to write, clearing and adding all is cheaper than deleting one by one. */
const REWRITE_SHARE = 0.5;

/**
 * Makes `table` hold exactly `rows` (inside a running write transaction). Rows equal as JSON to the
 * stored ones are left alone: the backup's rows are JSON, so writing them would store the same values.
 * Returns how many rows were written.
 */
export async function tableReplace(table: Table<Row, unknown>, rows: readonly Row[]): Promise<number> {
  const keyPath = table.schema.primKey.keyPath!;
  const keyOf = (row: Row) => JSON.stringify(Dexie.getByKeyPath(row, keyPath));
  const stored = await table.toArray();
  const current = new Map(stored.map((row) => [keyOf(row), row]));
  const changed = rows.filter((row) => {
    const here = current.get(keyOf(row));
    return here === undefined || JSON.stringify(here) !== JSON.stringify(row);
  });
  if (stored.length === 0 || changed.length > rows.length * REWRITE_SHARE) {
    await table.clear();
    await table.bulkAdd(rows as Row[]);
    return rows.length;
  }
  const kept = new Set(rows.map(keyOf));
  const gone = stored.filter((row) => !kept.has(keyOf(row))).map((row) => Dexie.getByKeyPath(row, keyPath));
  await table.bulkDelete(gone);
  await table.bulkPut(changed);
  return changed.length;
}
