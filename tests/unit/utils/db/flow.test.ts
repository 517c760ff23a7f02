import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import {
  canMoveFlow,
  FlowBusyError,
  getFlow,
  moveFlowFromElsewhere,
  type PopupFlow,
  setFlow,
} from '../../../../utils/db/flow';

const reflect: PopupFlow = { step: 'reflect', attemptId: 'a2' };

describe('canMoveFlow', () => {
  it.each<[PopupFlow, boolean]>([
    [{ step: 'card' }, true],
    [{ step: 'summary', attemptId: 'a1', decision: null }, true],
    [{ step: 'forecast', askId: 'feedback-01' }, false],
    [{ step: 'doing', attemptId: 'a1' }, false],
    [{ step: 'outcome', attemptId: 'a1' }, false],
    [{ step: 'reflect', attemptId: 'a1' }, false],
    // Already there: asking again changes nothing.
    [{ step: 'reflect', attemptId: 'a2' }, true],
  ])('from %j: %s', (current, allowed) => {
    expect(canMoveFlow(current, reflect)).toBe(allowed);
  });
});

describe('moveFlowFromElsewhere', () => {
  let db: AskAnywayDatabase;
  beforeEach(() => {
    db = new AskAnywayDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('moves the flow from the card', async () => {
    await moveFlowFromElsewhere(db, reflect);
    expect(await getFlow(db)).toEqual(reflect);
  });

  it('leaves an ask in progress where it is', async () => {
    await setFlow(db, { step: 'doing', attemptId: 'a1' });
    await expect(moveFlowFromElsewhere(db, reflect)).rejects.toBeInstanceOf(FlowBusyError);
    expect(await getFlow(db)).toEqual({ step: 'doing', attemptId: 'a1' });
  });
});
