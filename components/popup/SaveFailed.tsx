import { t } from '../../utils/i18n';

/** Shown while a write fails: the text stays on screen and is written again on the next change. */
export function SaveFailed({ visible }: { visible: boolean }) {
  return visible ? (
    <p role="alert" class="notice notice--error" data-testid="save-failed">
      {t('saveFailed')}
    </p>
  ) : null;
}
