import { useEffect, useState } from 'preact/hooks';
import {
  type AutoBackupSettings,
  type AutoBackupStatus,
  type BackupEvery,
  KEEP_MAX,
  KEEP_MIN,
} from '../../utils/backup/autoBackup';
import {
  type AutoBackupState,
  onAutoBackupChange,
  readAutoBackup,
  saveAutoBackupSettings,
} from '../../utils/browser/autoBackupStore';
import { releaseDownloads, requestDownloads } from '../../utils/browser/permissions';
import { t } from '../../utils/i18n';

type Status = 'saved' | 'denied' | 'keepInvalid' | 'failed' | null;

function when(at: number): string {
  return new Intl.DateTimeFormat(t('htmlLang') || 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(
    at,
  );
}

function outcome(status: AutoBackupStatus): string {
  const failedLast = status.failure && (status.lastAt === undefined || status.failure.at > status.lastAt);
  if (status.failure && failedLast)
    return status.failure.reason === 'permission'
      ? t('autoBackupFailedPermission', when(status.failure.at))
      : t('autoBackupFailed', when(status.failure.at));
  if (status.lastAt !== undefined) return t('autoBackupLast', [when(status.lastAt), status.lastFile ?? '']);
  return t('autoBackupNone');
}

/** Opt-in: a backup file in the downloads folder every day or week, the last few kept. */
export function AutoBackupPanel() {
  const [state, setState] = useState<AutoBackupState | null>(null);
  const [form, setForm] = useState<{ enabled: boolean; every: BackupEvery; keep: string } | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      readAutoBackup().then(
        (next) => {
          if (!live) return;
          setState(next);
          setForm((current) => current ?? { ...next.settings, keep: String(next.settings.keep) });
        },
        (error: unknown) => console.warn('Ask Anyway: backup settings not read', error),
      );
    void load();
    const stop = onAutoBackupChange(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (!state || !form) return null;

  async function submit(event: Event) {
    event.preventDefault();
    if (!form) return;
    const keep = Number(form.keep);
    if (!Number.isInteger(keep) || keep < KEEP_MIN || keep > KEEP_MAX) {
      setStatus('keepInvalid');
      return;
    }
    // Asked first, straight from the person's action: browsers show the prompt only then. Asked
    // each time it is saved on, so a permission taken away since is asked for again.
    if (form.enabled && !(await requestDownloads())) {
      setForm({ ...form, enabled: false });
      setStatus('denied');
      return;
    }
    const settings: AutoBackupSettings = { enabled: form.enabled, every: form.every, keep };
    try {
      await saveAutoBackupSettings(settings);
      if (!settings.enabled) await releaseDownloads();
      setStatus('saved');
    } catch (error) {
      console.warn('Ask Anyway: backup settings not saved', error);
      setStatus('failed');
    }
  }

  const error = status === 'denied' || status === 'keepInvalid' || status === 'failed';
  return (
    <form
      class="card stack"
      aria-labelledby="auto-backup-heading"
      onSubmit={submit}
      noValidate
      data-testid="auto-backup"
    >
      <h3 id="auto-backup-heading">{t('autoBackupHeading')}</h3>
      <div>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={form.enabled}
            aria-describedby="auto-backup-hint"
            onChange={(event) => setForm({ ...form, enabled: event.currentTarget.checked })}
          />
          <span>{t('autoBackupToggle')}</span>
        </label>
        <p id="auto-backup-hint" class="hint">
          {t('autoBackupHint')}
        </p>
      </div>
      {form.enabled && (
        <>
          <div>
            <label for="auto-backup-every">{t('autoBackupEvery')}</label>
            <select
              id="auto-backup-every"
              value={form.every}
              onChange={(event) => setForm({ ...form, every: event.currentTarget.value as BackupEvery })}
            >
              <option value="daily">{t('autoBackupDaily')}</option>
              <option value="weekly">{t('autoBackupWeekly')}</option>
            </select>
          </div>
          <div>
            <label for="auto-backup-keep">{t('autoBackupKeep')}</label>
            <input
              id="auto-backup-keep"
              type="number"
              inputMode="numeric"
              min={KEEP_MIN}
              max={KEEP_MAX}
              step={1}
              class="input--short"
              value={form.keep}
              aria-invalid={status === 'keepInvalid'}
              onInput={(event) => setForm({ ...form, keep: event.currentTarget.value })}
            />
          </div>
        </>
      )}
      <button type="submit">{t('autoBackupSave')}</button>
      <p
        role={error ? 'alert' : 'status'}
        class={error ? 'notice notice--error' : 'hint'}
        data-testid="auto-backup-status"
      >
        {status === 'denied'
          ? t('autoBackupDenied')
          : status === 'keepInvalid'
            ? t('autoBackupKeepInvalid')
            : status === 'failed'
              ? t('saveFailed')
              : status === 'saved'
                ? t('autoBackupSaved')
                : ''}
      </p>
      {state.settings.enabled && (
        <p class="hint" data-testid="auto-backup-outcome">
          {outcome(state.status)}
        </p>
      )}
    </form>
  );
}
