import { t } from '../i18n';
import type { ReminderNotice } from './types';

/** The words of a reminder, on its notification and on the page a click opens. */
export function noticeText(notice: ReminderNotice): { title: string; message: string } {
  if (notice.kind === 'practice')
    return { title: t('notifyPracticeTitle'), message: t('notifyPracticeMessage') };
  const more = notice.attemptIds.length - 1;
  if (notice.kind === 'followUp')
    return {
      title: t('notifyFollowUpTitle'),
      message:
        more > 0
          ? t('notifyFollowUpMessageMany', [notice.title, String(more)])
          : t('notifyFollowUpMessage', notice.title),
    };
  return {
    title: t('notifyReflectionTitle'),
    message:
      more > 0
        ? t('notifyReflectionMessageMany', [notice.title, String(more)])
        : t('notifyReflectionMessage', notice.title),
  };
}
