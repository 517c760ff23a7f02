import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

type CopyState = 'idle' | 'copied' | 'failed';

/** A message to copy, shown as text, with a Copy button that says whether it worked. */
export function AskTemplate({ template }: { template: string }) {
  const [copy, setCopy] = useState<CopyState>('idle');

  async function copyTemplate() {
    try {
      await navigator.clipboard.writeText(template);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <div class="template">
      <p class="template__label">{t('cardTemplateHeading')}</p>
      <pre class="template__text" data-testid="ask-template">
        {template}
      </pre>
      <button type="button" class="secondary" onClick={copyTemplate}>
        {t('cardCopy')}
      </button>
      <p role="status" class="hint">
        {copy === 'copied' ? t('cardCopied') : copy === 'failed' ? t('cardCopyFailed') : ''}
      </p>
    </div>
  );
}
