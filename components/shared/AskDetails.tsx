import type { AskView } from '../../utils/catalogue/types';
import { t } from '../../utils/i18n';
import { AskTemplate } from './AskTemplate';
import { categoryLabel, channelLabel } from './labels';

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
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <div class="ask stack">
      <p class="ask__meta">
        {t('cardMeta', [
          t('levelLabel', String(ask.level)),
          categoryLabel(ask.category),
          channelLabel(ask.channel),
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
      {ask.template && <AskTemplate template={ask.template} />}
      {ask.respectNote && <p class="respect-note">{ask.respectNote}</p>}
    </div>
  );
}
