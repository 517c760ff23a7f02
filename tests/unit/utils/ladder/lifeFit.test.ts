import { describe, expect, it } from 'vitest';
import { needsMet, unfitAskIds, unmetNeeds } from '../../../../utils/ladder/lifeFit';

const ask = (id: string, needs?: ('manager' | 'clients')[]) => ({
  id,
  level: 1,
  category: 'money',
  awaitsReply: false,
  needs,
});

describe('life fit', () => {
  it.each([
    [null, undefined, true],
    [null, ['manager'], true],
    [[], undefined, true],
    [[], ['manager'], false],
    [['manager'], ['manager'], true],
    [['manager'], ['manager', 'clients'], false],
  ] as const)('life %j, needs %j: met %s', (life, needs, met) => {
    expect(needsMet({ needs }, life)).toBe(met);
  });

  it('names the unmet needs', () => {
    expect(unmetNeeds({ needs: ['manager', 'clients'] }, ['clients'])).toEqual(['manager']);
  });

  it('counts hidden and unmet asks as unfit', () => {
    const asks = [ask('a'), ask('b', ['manager']), ask('c'), ask('d', ['clients'])];
    expect(unfitAskIds(asks, ['clients'], new Set(['c']))).toEqual(new Set(['b', 'c']));
    expect(unfitAskIds(asks, null, new Set())).toEqual(new Set());
  });
});
