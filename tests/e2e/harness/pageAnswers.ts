/**
 * Runs inside a page: whether it has painted (the ready mark) and answers input. A popup that
 * painted its kept view first answers once the app has taken it over (marks set in
 * components/shared/mountPage.tsx). Self-contained: Playwright sends its source to the page.
 */
export function pageAnswers(): boolean {
  return (
    performance.getEntriesByName('aa:ready').length > 0 &&
    (performance.getEntriesByName('aa:painted-view').length === 0 ||
      performance.getEntriesByName('aa:mounted').length > 0)
  );
}
