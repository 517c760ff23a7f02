import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../utils/formatBytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 kB'],
    [999, '1 kB'],
    [1_500, '1.5 kB'],
    [820_000, '820 kB'],
    [12_400_000, '12 MB'],
    [1_200_000_000, '1.2 GB'],
  ])('%i bytes is %s', (bytes, text) => {
    expect(formatBytes(bytes, 'en')).toBe(text);
  });
});
