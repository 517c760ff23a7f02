import { dayKey, formatDay } from '../../utils/dates';
import { t } from '../../utils/i18n';
import type { CheckedBackup } from './dataActions';

/** What the chosen file holds, so a person can tell it is the right one before anything is written. */
export function BackupPreviewList({ checked }: { checked: CheckedBackup }) {
  const { preview, alreadyHere } = checked;
  const lang = t('htmlLang') || 'en';
  const day = (key: string) => formatDay(key, lang);
  return (
    <ul class="list-plain" data-testid="import-preview">
      <li>{t('dataPreviewAsks', [String(preview.asks), String(preview.reflections)])}</li>
      <li>{t('dataPreviewCustom', String(preview.customAsks))}</li>
      <li>
        {preview.firstDay && preview.lastDay
          ? t('dataPreviewRange', [day(preview.firstDay), day(preview.lastDay)])
          : t('dataPreviewNoAsks')}
      </li>
      <li>{t('dataPreviewMade', day(dayKey(Date.parse(preview.exportedAt))))}</li>
      <li data-testid="import-preview-here">
        {t('dataPreviewHere', [String(alreadyHere.asks), String(alreadyHere.customAsks)])}
      </li>
    </ul>
  );
}
