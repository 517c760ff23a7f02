import { type ComponentChildren, render } from 'preact';
import { type MessageKey, t } from '../../utils/i18n';
import { StorageGate } from './StorageGate';

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

/** A page whose content needs the open database before it can show anything. */
export function mountPage(titleKey: MessageKey, app: ComponentChildren): void {
  mountApp(titleKey, <StorageGate>{app}</StorageGate>);
}
