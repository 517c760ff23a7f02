import { describe, expect, it } from 'vitest';
import { filterAsks } from '../../../../utils/catalogue/search';
import type { AskView } from '../../../../utils/catalogue/types';

const ask = (id: string, level: number, category: string, title: string): AskView => ({
  id,
  level,
  category,
  awaitsReply: false,
  source: 'catalogue',
  title,
  whatToDo: '',
  doneWhen: '',
  template: '',
  respectNote: '',
  channel: 'email',
  minutes: 5,
});
const asks = [
  ask('b', 5, 'money', 'Ask to waive a late fee'),
  ask('a', 2, 'feedback', 'Ask a café for its résumé tips'),
  ask('c', 2, 'careers', 'Apply for the role'),
];

describe('filterAsks', () => {
  it('matches every word, ignoring case and accents, sorted by level then title', () => {
    expect(filterAsks(asks, { query: 'ASK', category: '', level: null }).map((a) => a.id)).toEqual([
      'a',
      'b',
    ]);
    expect(filterAsks(asks, { query: 'cafe resume', category: '', level: null }).map((a) => a.id)).toEqual([
      'a',
    ]);
  });

  it('filters by category and level', () => {
    expect(filterAsks(asks, { query: '', category: 'careers', level: null }).map((a) => a.id)).toEqual(['c']);
    expect(filterAsks(asks, { query: '', category: '', level: 2 }).map((a) => a.id)).toEqual(['c', 'a']);
  });

  it('finds asks by their category name', () => {
    const label = (a: AskView) => (a.category === 'money' ? 'Money and negotiation' : '');
    expect(
      filterAsks(asks, { query: 'negotiation', category: '', level: null }, label).map((a) => a.id),
    ).toEqual(['b']);
  });
});
