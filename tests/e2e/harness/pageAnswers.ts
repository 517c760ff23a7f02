/**
 * Runs inside a page: whether it has painted its content and answers input (the ready mark,
 * set one frame after the first render with data). Self-contained: Playwright sends its
 * source to the page.
 */
export function pageAnswers(): boolean {
  return performance.getEntriesByName('aa:ready').length > 0;
}
