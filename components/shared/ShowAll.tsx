import { t } from '../../utils/i18n';

/** "Show all (N)" under a list that shows only its first few. */
export function ShowAll({ total, onShow, testId }: { total: number; onShow: () => void; testId?: string }) {
  return (
    <p>
      <button type="button" class="link" data-testid={testId} onClick={onShow}>
        {t('showAllCount', String(total))}
      </button>
    </p>
  );
}
