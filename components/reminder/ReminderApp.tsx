import { useState } from 'preact/hooks';
import { askBackground } from '../../utils/browser/askBackground';
import { readShownNotices } from '../../utils/browser/reminderNotices';
import { closeThisTab } from '../../utils/browser/tabs';
import { t } from '../../utils/i18n';
import { noticeText } from '../../utils/reminders/noticeText';
import { isReminderKind, type ReminderKind, type SnoozeChoice } from '../../utils/reminders/types';
import { usePromise } from '../shared/usePromise';
import { useReadyMark } from '../shared/useReadyMark';

function kindFromHash(hash: string): ReminderKind | null {
  const kind = hash.replace(/^#/, '');
  return isReminderKind(kind) ? kind : null;
}

function formatTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { weekday: 'long', hour: '2-digit', minute: '2-digit' });
}

/**
 * What a reminder's click opens where notifications have no buttons (Firefox): the reminder
 * again, with the same choices the buttons offer elsewhere.
 */
export function ReminderApp() {
  const kind = kindFromHash(location.hash);
  const notices = usePromise(readShownNotices, []);
  const [result, setResult] = useState<{ snoozedUntil: number | null } | null>(null);
  const [busy, setBusy] = useState(false);
  useReadyMark(notices.status !== 'loading');
  if (notices.status === 'loading') return null;
  const notice = kind && notices.status === 'ready' ? notices.value[kind] : undefined;

  async function act(action: 'open' | SnoozeChoice) {
    if (!kind) return;
    setBusy(true);
    const reply = await askBackground({ type: 'reminderAction', kind, action });
    setBusy(false);
    if (action === 'open') {
      if (reply?.ok) await closeThisTab();
      return;
    }
    setResult({ snoozedUntil: reply?.ok ? (reply.snoozedUntil ?? null) : null });
  }

  if (!notice) {
    return (
      <main class="page stack">
        <h1>{t('reminderPageTitle')}</h1>
        <p role="status">{t('reminderGone')}</p>
      </main>
    );
  }
  const text = noticeText(notice);
  return (
    <main class="page stack">
      <h1>{text.title}</h1>
      <p>{text.message}</p>
      {result ? (
        <p role="status" data-testid="reminder-result">
          {result.snoozedUntil === null
            ? t('reminderGone')
            : t('reminderSnoozedUntil', formatTime(result.snoozedUntil))}
        </p>
      ) : (
        <>
          <button type="button" disabled={busy} onClick={() => act('open')}>
            {t('reminderOpen')}
          </button>
          <fieldset class="stack">
            <legend>{t('reminderSnoozeLegend')}</legend>
            <div class="actions">
              <button type="button" class="secondary" disabled={busy} onClick={() => act('hour')}>
                {t('snoozeHour')}
              </button>
              <button type="button" class="secondary" disabled={busy} onClick={() => act('tomorrow')}>
                {t('snoozeTomorrow')}
              </button>
            </div>
          </fieldset>
        </>
      )}
    </main>
  );
}
