import type { SafetyEvent } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import { choiceName, kindName } from '../safety/concernText';

function dayOf(at: number): string {
  return new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The times the safety check-in spoke and what was chosen, closed until the person opens it. */
export function CheckInsSection({ checkIns }: { checkIns: readonly SafetyEvent[] }) {
  if (checkIns.length === 0) return null;
  return (
    <details class="card check-ins" data-testid="nt-check-ins">
      <summary>{t('safetyHistorySummary', String(checkIns.length))}</summary>
      <p class="hint">{t('safetyHistoryIntro')}</p>
      <ul>
        {checkIns.map((row) => (
          <li key={row.id} data-kind={row.kind} data-choice={row.choice ?? ''}>
            {t('safetyHistoryItem', [dayOf(row.at), kindName(row.kind), choiceName(row.choice)])}
          </li>
        ))}
      </ul>
    </details>
  );
}
