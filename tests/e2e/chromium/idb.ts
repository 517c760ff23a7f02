import type { Page } from 'playwright-core';
import type { Attempt } from '../../../utils/db/schema';
import { rebuildStats } from '../../../utils/stats';
import { putRowsInPage } from '../harness/putRowsInPage';

/**
 * Writes a row straight into the extension's IndexedDB from one of its pages: how a test
 * sets up state (a ladder level) that would otherwise take weeks of use to reach. Like a write
 * through the product, it marks page snapshots stale, unless `markStale` is false (a test of
 * what happens when a change goes unannounced).
 */
export async function putRow(
  page: Page,
  table: string,
  row: Record<string, unknown>,
  options: { markStale?: boolean } = {},
): Promise<void> {
  await putRows(page, table, [row], options);
}

/** Many rows in one transaction (a long history in one go); see putRow. */
export async function putRows(
  page: Page,
  table: string,
  rows: object[],
  { markStale = true } = {},
): Promise<void> {
  await page.evaluate(putRowsInPage, { table, rows, markStale });
}

/** Asks and the aggregates the data layer keeps for them, as if each had been logged. */
export async function putHistory(page: Page, attempts: Attempt[]): Promise<void> {
  await putRows(page, 'attempts', attempts);
  await putRows(page, 'stats', [...rebuildStats(attempts).values()]);
}
