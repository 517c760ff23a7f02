import { t } from '../../utils/i18n';
import { AutoBackupPanel } from './AutoBackupPanel';
import { DeletePanel } from './DeletePanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { StorageStatusLine } from './StorageStatusLine';

/** Options' "Your data": where it lives, a way out, a way back in, and a way to be gone. */
export function YourDataSection({ onRestored }: { onRestored: () => void }) {
  return (
    <section class="stack" id="your-data" aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">{t('dataHeading')}</h2>
      <p>{t('dataWhere')}</p>
      <StorageStatusLine />
      <ExportPanel />
      <AutoBackupPanel />
      <ImportPanel heading="h3" onRestored={onRestored} />
      <DeletePanel onDeleted={() => location.assign('/onboarding.html')} />
    </section>
  );
}
