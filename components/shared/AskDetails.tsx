import type { AskView } from '../../utils/catalogue/types';
import { t } from '../../utils/i18n';
import { AskTemplate } from './AskTemplate';
import { categoryLabel, channelLabel } from './labels';

/**
 * The whole ask as the user needs it to act: what, the finish line, the message, the note.
 * The step's own actions (children) come straight after the finish line, so they are in view
 * without scrolling in a 600 px popup; the longer message and note follow them, folded behind
 * "More" where the person only decides whether to take the ask.
 */
export function AskDetails({
  ask,
  headingId,
  headingLevel = 2,
  foldExtras = false,
  children,
}: {
  ask: AskView;
  headingId: string;
  headingLevel?: 2 | 3;
  foldExtras?: boolean;
  children?: preact.ComponentChildren;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const extras = (ask.template || ask.respectNote) && (
    <>
      {ask.template && <AskTemplate template={ask.template} />}
      {ask.respectNote && <p class="respect-note">{ask.respectNote}</p>}
    </>
  );

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
      {children}
      {extras &&
        (foldExtras ? (
          <details class="ask__more" data-testid="ask-more">
            <summary>{t(ask.template ? 'cardMoreMessage' : 'cardMoreNote')}</summary>
            <div class="stack">{extras}</div>
          </details>
        ) : (
          extras
        ))}
    </div>
  );
}
