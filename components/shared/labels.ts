import { t, tDynamic } from '../../utils/i18n';

/**
 * Where the person opens the popup, true in each browser: Firefox puts the button in the
 * toolbar on install (the manifest asks for it); Chromium starts it in the Extensions menu,
 * and pinning it is the person's choice.
 */
export function whereToOpen(): string {
  return import.meta.env.BROWSER === 'firefox' ? t('whereToOpen') : t('whereToOpenUnpinned');
}

export function categoryLabel(category: string): string {
  return tDynamic(`category_${category}`) || category;
}

export function channelLabel(channel: string): string {
  return tDynamic(`channel_${channel.replace(/-/g, '_')}`) || channel;
}

/** "I have a manager": a situation the person can say applies to them. */
export function needLabel(need: string): string {
  return tDynamic(`need_${need}`) || need;
}

/** "Needs a manager": the tag on an ask whose situation the person said does not apply. */
export function needTag(need: string): string {
  return tDynamic(`need_${need}_tag`) || need;
}
