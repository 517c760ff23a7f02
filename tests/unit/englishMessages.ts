import messages from '../../public/_locales/en/messages.json';
import type { MessageKey } from '../../utils/i18n';

type Message = { message: string; placeholders?: Record<string, { content: string }> };

/** The English text of a message as the browser would give it, for tests that check words. */
export function englishT(key: MessageKey | string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Message>)[key];
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}
