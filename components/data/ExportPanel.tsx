import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { useDelayedFlag } from '../shared/useDelayedFlag';
import { downloadBackup, downloadCsv } from './dataActions';

type Status = { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'error' } | null;

export function ExportPanel() {
  const [status, setStatus] = useState<Status>(null);
  const busy = status?.kind === 'busy';
  const showBusy = useDelayedFlag(busy);

  async function run(make: () => Promise<string>) {
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'done', file: await make() });
    } catch (error) {
      console.warn('Ask Anyway: export failed', error);
      setStatus({ kind: 'error' });
    }
  }

  return (
    <section class="card stack" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('dataExportHeading')}</h3>
      <div>
        <button
          type="button"
          data-testid="export-json"
          disabled={busy}
          onClick={() => void run(downloadBackup)}
        >
          {t('dataExportJson')}
        </button>
        <p class="hint">{t('dataExportJsonHint')}</p>
      </div>
      <div>
        <button
          type="button"
          class="secondary"
          data-testid="export-csv"
          disabled={busy}
          onClick={() => void run(downloadCsv)}
        >
          {t('dataExportCsv')}
        </button>
        <p class="hint">{t('dataExportCsvHint')}</p>
      </div>
      <p
        role={status?.kind === 'error' ? 'alert' : 'status'}
        class={status?.kind === 'error' ? 'notice notice--error' : 'hint'}
        data-testid="export-status"
      >
        {status?.kind === 'error'
          ? t('dataExportFailed')
          : status?.kind === 'done'
            ? t('dataExported', status.file)
            : showBusy
              ? t('dataExporting')
              : ''}
      </p>
    </section>
  );
}
