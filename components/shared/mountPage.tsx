import { type ComponentChildren, render } from 'preact';
import { getDatabase } from '../../utils/db/database';
import { type MessageKey, t } from '../../utils/i18n';
import { StorageGate } from './StorageGate';
import './theme.css';

/** What every extension page does first: title, language, database, mount. */
export function mountPage(titleKey: MessageKey, app: ComponentChildren): void {
  document.title = t(titleKey);
  // The language of the text actually shown (the translation in use), not the browser's.
  document.documentElement.lang = t('htmlLang') || 'en';
  const root = document.getElementById('app');
  if (!root) throw new Error('#app missing from the page');
  render(<StorageGate db={getDatabase()}>{app}</StorageGate>, root);
}
