import type { Channel } from '../../utils/catalogue/types';
import { type MessageKey, t } from '../../utils/i18n';
import { AskTemplate } from '../shared/AskTemplate';
import { useStepFocus } from '../shared/useStepFocus';

/** The follow-up, worded for the way the ask was made: an inbox, a thread, or neither. */
const TEMPLATE_BY_CHANNEL: Partial<Record<Channel, MessageKey>> = {
  email: 'followUpTemplateEmail',
  'direct-message': 'followUpTemplateMessage',
  chat: 'followUpTemplateMessage',
  forum: 'followUpTemplateMessage',
  'issue-tracker': 'followUpTemplateMessage',
  marketplace: 'followUpTemplateMessage',
};

export function followUpTemplate(channel: string | undefined): string {
  return t(TEMPLATE_BY_CHANNEL[channel as Channel] ?? 'followUpTemplateOther');
}

/** One polite follow-up, and only one: once it is sent, the list never suggests another. */
export function FollowUpStep({
  title,
  channel,
  onSent,
  onBack,
}: {
  title: string;
  /** How the ask was made (its ask's channel), when the ask is still known. */
  channel: string | undefined;
  onSent: () => void;
  onBack: () => void;
}) {
  const heading = useStepFocus<HTMLHeadingElement>();
  return (
    <section class="card stack" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading" tabIndex={-1} ref={heading}>
        {t('followUpHeading')}
      </h2>
      <p class="hint">{title}</p>
      <p>{t('followUpIntro')}</p>
      <AskTemplate template={followUpTemplate(channel)} />
      <div class="actions">
        <button type="button" onClick={onSent}>
          {t('followUpSent')}
        </button>
        <button type="button" class="secondary" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </section>
  );
}
