import { CATALOGUE } from '../utils/catalogue/asks';
import { addDays, dayKey } from '../utils/dates';
import type { Attempt, ExpectedAnswer, Outcome } from '../utils/db/schema';

// A seeded, reproducible history for the benchmark: `count` attempts spread over ten years
// before `now`, most of them reflected on in a few sentences, as a steady user would leave.

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SENTENCES = [
  'I put off writing it for most of the afternoon and then sent it in five minutes.',
  'The reply was shorter than I hoped, but it was friendly and it answered the question.',
  'I expected them to find it pushy; nobody said anything like that.',
  'My heart was racing when I pressed send, and ten minutes later I had forgotten about it.',
  'They asked a follow-up question, which I took as a sign that they were interested.',
  'It felt awkward to ask for money, and saying the number out loud was the hardest part.',
  'Silence for three days, then a polite no with a suggestion of who else to ask.',
  'Next time I would make the request in the first line instead of the last paragraph.',
];

function text(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join(' ');
}

/**
 * How many of a seeded history still await a reply: the newest few, and in the long history
 * the 200 the issue names (issue 17: page cost must not grow with the number of open asks).
 */
export const awaitingIn = (count: number): number => (count >= 20_000 ? 200 : Math.min(3, count));

export function seededHistory(
  count: number,
  now: number,
  titleOf: (askId: string) => string = (askId) => `Ask ${askId}`,
  seed = 42,
): Attempt[] {
  const next = random(seed);
  const today = dayKey(now);
  const span = 3650;
  const attempts: Attempt[] = [];
  for (let i = 0; i < count; i++) {
    const ask = CATALOGUE[Math.floor(next() * CATALOGUE.length)] ?? CATALOGUE[0];
    if (!ask) break;
    // Older attempts first, the last one within the past few days.
    const day = addDays(today, -Math.floor(((count - i) / count) * span));
    const [y, m, d] = day.split('-').map(Number);
    const doneAt = new Date(y ?? 2020, (m ?? 1) - 1, d ?? 1, 9 + Math.floor(next() * 10)).getTime();
    const awaiting = i >= count - awaitingIn(count);
    const outcome: Outcome = (['yes', 'partly', 'no', 'noReply'] as const)[Math.floor(next() * 4)] ?? 'yes';
    const forecast = Math.floor(next() * 11);
    const actual = Math.max(0, Math.min(10, forecast - 3 + Math.floor(next() * 5)));
    const reflected = next() < 0.8;
    attempts.push({
      id: `seed-${seed}-${i}`,
      askSource: 'catalogue',
      askId: ask.id,
      askTitle: titleOf(ask.id),
      level: ask.level,
      category: ask.category,
      state: awaiting ? 'awaiting' : outcome === 'noReply' ? 'closed' : 'answered',
      committedAt: doneAt - 3_600_000,
      forecastDiscomfort: forecast,
      expectedAnswer: (['yes', 'partly', 'no'] as ExpectedAnswer[])[Math.floor(next() * 3)] ?? 'yes',
      ...(next() < 0.4 && { belief: "If I ask, they'll think I'm pushy." }),
      doneAt,
      doneDay: dayKey(doneAt),
      actualDiscomfort: actual,
      ...(!awaiting && { outcome, answeredAt: doneAt + 86_400_000 }),
      ...(awaiting && { followUpDueAt: doneAt + 5 * 86_400_000 }),
      ...(reflected &&
        !awaiting && {
          reflection: {
            expected: text(next, 2),
            happened: text(next, 3),
            thoughtsFeelings: text(next, 2),
            beliefUpdate: text(next, 1),
            reflectedAt: doneAt + 3_600_000,
          },
        }),
      updatedAt: doneAt,
    });
  }
  return attempts;
}
