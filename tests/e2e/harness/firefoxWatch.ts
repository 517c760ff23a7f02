import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import type { StandingChecks } from './standingChecks';

// Firefox's WebDriver BiDi does not report what extension pages and the background do (their
// console, errors, requests reach no Puppeteer listener), so the harness watches Firefox
// itself: its console output, sent to stdout by a pref, and every request it makes, through
// a proxy of the harness's own that answers nothing.

/** Prefs that send the console of every extension context (pages and background) to stdout. */
export const CONSOLE_TO_STDOUT_PREFS = { 'devtools.console.stdout.content': true };

/** Reads Firefox's stdout and stderr for console errors and uncaught errors in the extension. */
export function watchFirefoxOutput(
  streams: (Readable | null | undefined)[],
  checks: StandingChecks,
  origin: string,
) {
  for (const stream of streams) {
    let pending = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) readLine(line, checks, origin);
    });
  }
}

/** Loggers of Firefox itself, never the extension's (which logs as "Ask Anyway: …" or bare text). */
const FIREFOX_OWN_LOGGERS = ['RSLoader'];

function readLine(line: string, checks: StandingChecks, origin: string): void {
  // console.error("…") from an extension page or the background (content console only).
  const consoleError = /^console\.error: (.*)$/.exec(line);
  // Firefox's own loggers print the same way, each with its name first; the experiment loader
  // ("RSLoader") complains about 30 s after launch that the proxy refused its fetch.
  if (consoleError && FIREFOX_OWN_LOGGERS.some((name) => consoleError[1]?.startsWith(`${name}: `))) return;
  if (consoleError) {
    checks.consoleError(consoleError[1] ?? '', 'Firefox extension page or background');
    return;
  }
  // A message to the background that nothing received: the background messaging itself, or a
  // page asking before the background could answer. Either way the console must stay clean.
  // Firefox prints it as: console.warn: "Ask Anyway: background did not answer" (new Error(…))
  const unanswered = /^console\.warn: "?(Ask Anyway: background did not answer)"? ?(.*)$/.exec(line);
  if (unanswered) {
    checks.consoleError(`${unanswered[1]} ${unanswered[2]}`, 'Firefox extension page or background');
    return;
  }
  // Uncaught errors and rejections, attributed to the script's page.
  const jsError = /^JavaScript error: (\S+), line \d+: (.*)$/.exec(line);
  if (jsError?.[1]?.startsWith(origin)) checks.pageError(jsError[2] ?? '', jsError[1]);
}

/**
 * A proxy for every request Firefox makes: each one is recorded as leaving the browser, and
 * refused. Hosts Firefox itself may call (its own services) are let through unrecorded, so
 * only what a page or the background asked for counts.
 */
export async function startRequestWatch(checks: StandingChecks): Promise<{ port: number; server: Server }> {
  const server = createServer((request, response) => {
    record(checks, request.url ?? '');
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    record(checks, `https://${request.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, server };
}

const FIREFOX_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net)(:\d+)?$/;

function record(checks: StandingChecks, url: string): void {
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    host = url;
  }
  if (!FIREFOX_OWN.test(host)) checks.request(url, 'Firefox (a page or the background)');
}

/** Prefs that send every request through the watch, localhost included. */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}
