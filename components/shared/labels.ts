import { tDynamic } from '../../utils/i18n';

export function categoryLabel(category: string): string {
  return tDynamic(`category_${category}`) || category;
}

export function channelLabel(channel: string): string {
  return tDynamic(`channel_${channel.replace(/-/g, '_')}`) || channel;
}
