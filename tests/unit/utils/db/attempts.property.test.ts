import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttemptEdit, EDIT_OUTCOMES } from '../../../../utils/attemptEdit';
import {
  type DeletedAttempt,
  deleteAttempt,
  editAttempt,
  putAttempt,
  restoreAttempt,
} from '../../../../utils/db/attempts';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { rebuildStats } from '../../../../utils/stats';
import { attemptArbitrary } from '../attemptArbitrary';

// Whatever a person logs, corrects, deletes and brings back, in any order, the running
// aggregates stay exactly what a rebuild from the attempts left makes.

const words = fc.constantFrom('', '  ', 'A polite no', 'They asked for more');
const editArbitrary: fc.Arbitrary<AttemptEdit> = fc.record({
  outcome: fc.constantFrom(...EDIT_OUTCOMES),
  actualDiscomfort: fc.integer({ min: 0, max: 10 }),
  reflection: fc.record({ expected: words, happened: words, thoughtsFeelings: words, beliefUpdate: words }),
});

const step = fc.oneof(
  fc.record({ op: fc.constant('put' as const), attempt: attemptArbitrary }),
  fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), edit: editArbitrary }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('undo' as const) }),
);

describe('running aggregates under put, edit, delete and undo', () => {
  it('equal rebuildStats(all attempts) after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const db = new AskAnywayDatabase(`prop-${crypto.randomUUID()}`);
        const deleted: DeletedAttempt[] = [];
        let now = Date.UTC(2026, 0, 1);
        try {
          for (const s of steps) {
            now += 1000;
            const ids = (await db.attempts.toCollection().primaryKeys()) as string[];
            const picked = (pick: number) => ids[pick % Math.max(1, ids.length)];
            if (s.op === 'put') await putAttempt(db, s.attempt);
            else if (s.op === 'edit') {
              const id = picked(s.pick);
              const attempt = id ? await db.attempts.get(id) : undefined;
              if (attempt && attempt.state !== 'committed') await editAttempt(db, attempt.id, s.edit, now);
            } else if (s.op === 'delete') {
              const id = picked(s.pick);
              if (id) deleted.push(await deleteAttempt(db, id));
            } else {
              const last = deleted.pop();
              // Only while nothing with its id was logged since (a fresh uuid never is).
              if (last && !(await db.attempts.get(last.attempt.id))) await restoreAttempt(db, last);
            }
            const stored = new Map((await db.stats.toArray()).map((row) => [row.key, row]));
            expect(stored).toEqual(rebuildStats(await db.attempts.toArray()));
          }
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 60 },
    );
  });
});
