// What every end-to-end test gets for free: a record of everything an extension page or the
// background did that the product must never do. A test fails when this list is not empty.

const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'];

export function isExtensionUrl(url: string): boolean {
  return EXTENSION_SCHEMES.some((scheme) => url.startsWith(scheme));
}

export class StandingChecks {
  private problems: string[] = [];

  request(url: string, from: string): void {
    if (!isExtensionUrl(url)) this.problems.push(`network request to ${url} (from ${from})`);
  }

  consoleError(text: string, from: string): void {
    this.problems.push(`console error on ${from}: ${text}`);
  }

  pageError(message: string, from: string): void {
    this.problems.push(`uncaught error on ${from}: ${message}`);
  }

  accessibility(
    url: string,
    violations: { id: string; impact?: string | null; help: string; nodes: unknown[] }[],
  ) {
    for (const v of violations) {
      if (v.impact === 'serious' || v.impact === 'critical') {
        this.problems.push(`axe ${v.impact} on ${url}: ${v.id} (${v.help}) × ${v.nodes.length}`);
      }
    }
  }

  /** Returns and forgets what was recorded: the harness's own tests use it to prove detection. */
  take(): string[] {
    return this.problems.splice(0);
  }
}
