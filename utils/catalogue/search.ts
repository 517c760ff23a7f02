import type { AskView } from './types';

export interface AskFilter {
  query: string;
  category: string;
  level: number | null;
}

function normalize(text: string): string {
  return text.toLocaleLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * Asks matching every word of the query (in title, what to do, done when, or the category's
 * name as `labelOf` gives it), the category and the level.
 */
export function filterAsks(
  asks: readonly AskView[],
  filter: AskFilter,
  labelOf: (ask: AskView) => string = () => '',
): AskView[] {
  const words = normalize(filter.query).split(/\s+/).filter(Boolean);
  return asks
    .filter((ask) => (filter.category ? ask.category === filter.category : true))
    .filter((ask) => (filter.level === null ? true : ask.level === filter.level))
    .filter((ask) => {
      if (words.length === 0) return true;
      const haystack = normalize(`${ask.title} ${ask.whatToDo} ${ask.doneWhen} ${labelOf(ask)}`);
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => a.level - b.level || a.title.localeCompare(b.title));
}
