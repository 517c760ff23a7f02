import { t } from '../../utils/i18n';
import { MAX_LEVEL, MIN_LEVEL } from '../../utils/ladder/rules';

const LEVELS = Array.from({ length: MAX_LEVEL - MIN_LEVEL + 1 }, (_, i) => MIN_LEVEL + i);

/** <option>s for levels 1–10, for any level <select>. */
export function LevelOptions() {
  return (
    <>
      {LEVELS.map((n) => (
        <option key={n} value={String(n)}>
          {t('levelLabel', String(n))}
        </option>
      ))}
    </>
  );
}
