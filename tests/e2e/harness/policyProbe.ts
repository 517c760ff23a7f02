/**
 * Runs inside an extension page: tries what its Content Security Policy must refuse (a fetch
 * out, an inline script, an injected stylesheet) and reports what the browser did. Self-
 * contained: the harnesses send its source to the page.
 */
export async function tryWhatThePolicyForbids(): Promise<{
  fetched: string;
  seen: string[];
  inlineRan: boolean;
  background: string;
}> {
  const seen: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
  const fetched = await fetch('http://127.0.0.1:9/').then(
    () => 'fetched',
    () => 'refused',
  );
  const script = document.createElement('script');
  script.textContent = 'window.inlineRan = true';
  document.body.append(script);
  const style = document.createElement('style');
  style.textContent = 'body { background: red }';
  document.head.append(style);
  // Violations are reported as events a moment after the refusal.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return {
    fetched,
    // Chromium checks each policy in force (ours and its own minimum): one entry each.
    seen: [...new Set(seen)].sort(),
    inlineRan: 'inlineRan' in window,
    background: getComputedStyle(document.body).backgroundColor,
  };
}

/** What both browsers must report. */
export const REFUSED_BY_POLICY = {
  fetched: 'refused',
  seen: ['connect-src', 'script-src-elem', 'style-src-elem'],
  inlineRan: false,
  background: 'rgb(251, 250, 247)',
};
