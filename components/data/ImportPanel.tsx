import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportMode } from '../../utils/db/backup';
import { t } from '../../utils/i18n';
import { useDelayedFlag } from '../shared/useDelayedFlag';
import { BackupPreviewList } from './BackupPreviewList';
import {
  type CheckedBackup,
  checkBackupFile,
  type RestoreResult,
  restoreBackup,
  saveBackupFile,
} from './dataActions';

type Stage =
  | { step: 'choose' }
  | { step: 'checking'; share: number }
  | { step: 'refused'; messages: string[]; total: number }
  | { step: 'preview'; checked: CheckedBackup }
  | { step: 'confirmReplace'; checked: CheckedBackup }
  | { step: 'writing' }
  | { step: 'done'; result: RestoreResult }
  | { step: 'failed' };

interface Props {
  /** The heading's level where the panel sits (a section of options, or a page of its own). */
  heading: 'h2' | 'h3';
  intro?: string;
  doneNote?: string;
  /** After a restore, for a page showing settings the backup may have changed. */
  onRestored?: () => void;
}

/** Choose a file → it is checked in full → preview → merge or replace → written in one go. */
export function ImportPanel({ heading: Heading, intro, doneNote, onRestored }: Props) {
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [useSettings, setUseSettings] = useState(true);
  const input = useRef<HTMLInputElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const working = stage.step === 'checking' || stage.step === 'writing';
  const showProgress = useDelayedFlag(working);
  const PreviewHeading = Heading === 'h2' ? 'h3' : 'h4';

  // Focus follows the step: the button pressed is gone once the step changes.
  useEffect(() => {
    if (stage.step === 'confirmReplace') question.current?.focus();
    if (stage.step === 'done' || stage.step === 'failed') outcome.current?.focus();
  }, [stage.step]);

  async function check(file: File | undefined) {
    if (!file) return;
    // Read now, so choosing the same file again (after fixing it, say) is a change again.
    if (input.current) input.current.value = '';
    setStage({ step: 'checking', share: 0 });
    try {
      const result = await checkBackupFile(file, (share) => setStage({ step: 'checking', share }));
      setMode('merge');
      // The backup's settings by default only where there is no practice yet (a new device);
      // over an existing one, keeping its settings is the merge's promise.
      setUseSettings(
        result.ok && result.checked.backup.settings !== null && result.checked.alreadyHere.asksHere === 0,
      );
      setStage(result.ok ? { step: 'preview', checked: result.checked } : { step: 'refused', ...result });
    } catch (error) {
      console.warn('Ask Anyway: backup not read', error);
      setStage({ step: 'failed' });
    }
  }

  async function write(checked: CheckedBackup) {
    setStage({ step: 'writing' });
    try {
      const result = await restoreBackup(checked.backup, mode, useSettings);
      setStage({ step: 'done', result });
      onRestored?.();
    } catch (error) {
      console.warn('Ask Anyway: backup not restored', error);
      setStage({ step: 'failed' });
    }
  }

  function reset() {
    if (input.current) input.current.value = '';
    setStage({ step: 'choose' });
    input.current?.focus();
  }

  return (
    <section class="card stack" aria-labelledby="import-heading" data-testid="import-panel">
      <Heading id="import-heading">{t('dataImportHeading')}</Heading>
      {intro && <p>{intro}</p>}
      <div>
        <label for="import-file">{t('dataImportChoose')}</label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={working}
          aria-describedby="import-file-hint"
          onChange={(event) => void check(event.currentTarget.files?.[0])}
        />
        <p id="import-file-hint" class="hint">
          {t('dataImportHint')}
        </p>
      </div>

      {showProgress && (
        <div>
          <label for="import-progress">
            {stage.step === 'writing' ? t('dataImportWriting') : t('dataImportChecking')}
          </label>
          {stage.step === 'checking' ? (
            <progress id="import-progress" max={1} value={stage.share} />
          ) : (
            <progress id="import-progress" />
          )}
        </div>
      )}

      {stage.step === 'refused' && (
        <div role="alert" class="notice notice--error stack-tight" data-testid="import-problems">
          <p>{t('importRefused')}</p>
          <ul>
            {stage.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          {stage.total > stage.messages.length && (
            <p>{t('importMoreProblems', String(stage.total - stage.messages.length))}</p>
          )}
        </div>
      )}

      {stage.step === 'preview' && (
        <form
          class="stack"
          aria-labelledby="import-preview-heading"
          onSubmit={(event) => {
            event.preventDefault();
            if (mode === 'replace') setStage({ step: 'confirmReplace', checked: stage.checked });
            else void write(stage.checked);
          }}
        >
          <PreviewHeading id="import-preview-heading">{t('dataPreviewHeading')}</PreviewHeading>
          <BackupPreviewList checked={stage.checked} />
          <fieldset class="choices">
            <legend>{t('dataModeLegend')}</legend>
            {(['merge', 'replace'] as const).map((value) => (
              <label key={value} class="checkbox">
                <input
                  type="radio"
                  name="import-mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                <span>{value === 'merge' ? t('dataModeMerge') : t('dataModeReplace')}</span>
              </label>
            ))}
          </fieldset>
          {stage.checked.backup.settings && (
            <label class="checkbox">
              <input
                type="checkbox"
                checked={useSettings}
                onChange={(event) => setUseSettings(event.currentTarget.checked)}
              />
              <span>{t('dataUseSettings')}</span>
            </label>
          )}
          <div class="actions">
            <button type="submit" data-testid="import-restore">
              {t('dataRestore')}
            </button>
            <button type="button" class="secondary" onClick={reset}>
              {t('dataCancel')}
            </button>
          </div>
        </form>
      )}

      {stage.step === 'confirmReplace' && (
        <div class="notice stack-tight" data-testid="import-confirm-replace">
          <p ref={question} tabIndex={-1}>
            {t('dataReplaceQuestion')}
          </p>
          <div class="actions">
            <button type="button" onClick={() => void write(stage.checked)}>
              {t('dataReplaceConfirm')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => setStage({ step: 'preview', checked: stage.checked })}
            >
              {t('dataCancel')}
            </button>
          </div>
        </div>
      )}

      {stage.step === 'done' && (
        <div ref={outcome} tabIndex={-1} role="status" class="notice stack-tight" data-testid="import-done">
          <p>
            {stage.result.asksWritten > 0
              ? t('dataRestored', String(stage.result.asksWritten))
              : t('dataRestoredNothingNew')}
          </p>
          {doneNote && <p>{doneNote}</p>}
          {stage.result.settingsSaved === false && <p class="field-error">{t('dataSettingsNotSaved')}</p>}
          {stage.result.replaced && (
            <div>
              <button
                type="button"
                class="secondary"
                onClick={() => stage.result.replaced && saveBackupFile(stage.result.replaced)}
              >
                {t('dataReplacedAgain')}
              </button>
            </div>
          )}
        </div>
      )}

      {stage.step === 'failed' && (
        <div
          ref={outcome}
          tabIndex={-1}
          role="alert"
          class="notice notice--error"
          data-testid="import-failed"
        >
          {t('dataImportFailed')}
        </div>
      )}
    </section>
  );
}
