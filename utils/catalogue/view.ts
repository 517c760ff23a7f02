import type { CustomAsk } from '../db/schema';
import { tDynamic } from '../i18n';
import type { AskView, CatalogueAsk } from './types';

export type AskTextField = 'title' | 'do' | 'done' | 'template' | 'respect';

export function askMessageKey(id: string, field: AskTextField): string {
  return `ask_${id}_${field}`;
}

export function catalogueAskView(ask: CatalogueAsk): AskView {
  const text = (field: AskTextField) => tDynamic(askMessageKey(ask.id, field));
  return {
    ...ask,
    source: 'catalogue',
    title: text('title'),
    whatToDo: text('do'),
    doneWhen: text('done'),
    template: text('template'),
    respectNote: ask.hasRespectNote ? text('respect') : '',
  };
}

export function customAskView(ask: CustomAsk): AskView {
  return {
    id: ask.id,
    level: ask.level,
    category: ask.category,
    awaitsReply: ask.awaitsReply,
    source: 'custom',
    title: ask.title,
    whatToDo: ask.whatToDo,
    doneWhen: ask.doneWhen,
    template: ask.template,
    respectNote: ask.respectNote,
    channel: ask.channel,
    minutes: ask.minutes,
  };
}
