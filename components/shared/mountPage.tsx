import { type ComponentChildren, render } from 'preact';
import { type MessageKey, t } from '../../utils/i18n';
import { StorageGate } from './StorageGate';
import { paintView } from './snapshotView';
import { afterNextPaint, markReadyAfterPaint } from './useReadyMark';

// Performance marks: the page painted its kept view first (see snapshotView.ts), and the app
// took it over. The E2E harness and the bench read them (tests/e2e/harness/pageAnswers.ts).
const VIEW_MARK = 'aa:painted-view';
const MOUNTED_MARK = 'aa:mounted';

function appRoot(): HTMLElement {
  const root = document.getElementById('app');
  if (!root) throw new Error('#app missing from the page');
  return root;
}

/** Title, language and mount: what every extension page does first. */
export function mountApp(titleKey: MessageKey, app: ComponentChildren): void {
  document.title = t(titleKey);
  // The language of the text actually shown (the translation in use), not the browser's.
  document.documentElement.lang = t('htmlLang') || 'en';
  render(app, appRoot());
}

/**
 * Paints the page's kept view at once, and mounts the app over it after that paint: the app
 * takes the painted nodes over, adds its handlers and corrects anything that differs. Until
 * then (about one frame) the page shows but does not respond. Without a usable view it mounts
 * the app straight away.
 */
export function mountAppOverView(titleKey: MessageKey, app: ComponentChildren, view: unknown): void {
  const root = appRoot();
  if (view && paintViewSafely(root, view)) {
    performance.mark(VIEW_MARK);
    markReadyAfterPaint();
    afterNextPaint(() => {
      mountApp(titleKey, app);
      root.inert = false;
      performance.mark(MOUNTED_MARK);
    });
    return;
  }
  mountApp(titleKey, app);
}

/** A view that cannot be built (stored data gone wrong) leaves the page empty, never broken. */
function paintViewSafely(root: HTMLElement, view: unknown): boolean {
  try {
    // Inert until the app is in: a click or key press on the bare view would do nothing.
    root.inert = true;
    if (paintView(root, view)) return true;
  } catch (error) {
    console.warn('Ask Anyway: kept view not painted', error);
  }
  root.replaceChildren();
  root.inert = false;
  return false;
}

/** A page whose content needs the open database before it can show anything. */
export function mountPage(titleKey: MessageKey, app: ComponentChildren): void {
  mountApp(titleKey, <StorageGate>{app}</StorageGate>);
}
