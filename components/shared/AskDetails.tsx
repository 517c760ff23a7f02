import { useState } from 'preact/hooks';
import type { AskView } from '../../utils/catalogue/types';
import { t } from '../../utils/i18n';
import { categoryLabel } from './labels';

type CopyState = 'idle' | 'copied' | 'failed';

/** The whole ask as the user needs it to act: what, the finish line, the message, the note. */
export function AskDetails({
  ask,
  headingId,
  headingLevel = 2,
}: {
  ask: AskView;
  headingId: string;
  headingLevel?: 2 | 3;
}) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  async function copyTemplate() {
    try {
      await navigator.clipboard.writeText(ask.template);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <div class="ask stack">
      <p class="ask__meta">
        {t('cardMeta', [
          t('levelLabel', String(ask.level)),
          categoryLabel(ask.category),
          t('minutesLabel', String(ask.minutes)),
        ])}
        {ask.source === 'custom' && <span class="tag">{t('asksCustomTag')}</span>}
      </p>
      <Heading id={headingId} class="ask__title" tabIndex={-1}>
        {ask.title}
      </Heading>
      <p>{ask.whatToDo}</p>
      <p>
        <strong>{t('cardDoneWhen')}</strong> {ask.doneWhen}
      </p>
      {ask.awaitsReply && <p class="hint">{t('cardAwaitsReply')}</p>}
      {ask.template && (
        <div class="template">
          <p class="template__label">{t('cardTemplateHeading')}</p>
          <pre class="template__text" data-testid="ask-template">
            {ask.template}
          </pre>
          <button type="button" class="secondary" onClick={copyTemplate}>
            {t('cardCopy')}
          </button>
          <p role="status" class="hint">
            {copy === 'copied' ? t('cardCopied') : copy === 'failed' ? t('cardCopyFailed') : ''}
          </p>
        </div>
      )}
      {ask.respectNote && <p class="respect-note">{ask.respectNote}</p>}
    </div>
  );
}
