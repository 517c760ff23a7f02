import * as v from 'valibot';
import type { LadderDecision } from '../ladder/progression';
import type { AskAnywayDatabase } from './database';

/**
 * Where the popup is in the practice loop, kept in the database so a popup that closes and
 * reopens (even the next day) lands on the same step.
 */
export type PopupFlow =
  | { step: 'card' }
  | { step: 'forecast'; askId: string }
  | { step: 'doing'; attemptId: string }
  | { step: 'outcome'; attemptId: string }
  | { step: 'answer'; attemptId: string }
  | { step: 'followUp'; attemptId: string }
  | { step: 'reflect'; attemptId: string }
  | { step: 'summary'; attemptId: string; decision: LadderDecision | null };

export const FLOW_KEY = 'popupFlow';

const ID = v.pipe(v.string(), v.minLength(1));
const DECISION = v.looseObject({
  from: v.number(),
  to: v.number(),
  reason: v.looseObject({ code: v.string() }),
});
/** A stored flow (and a snapshot's): anything else (an older shape, a damaged row) is the card. */
export const FLOW_SCHEMA = v.union([
  v.looseObject({ step: v.literal('card') }),
  v.looseObject({ step: v.literal('forecast'), askId: ID }),
  v.looseObject({ step: v.picklist(['doing', 'outcome', 'answer', 'followUp', 'reflect']), attemptId: ID }),
  v.looseObject({ step: v.literal('summary'), attemptId: ID, decision: v.nullable(DECISION) }),
]);

export function parseFlow(value: unknown): PopupFlow {
  return v.is(FLOW_SCHEMA, value) ? (value as PopupFlow) : { step: 'card' };
}

export async function getFlow(db: AskAnywayDatabase): Promise<PopupFlow> {
  return parseFlow((await db.meta.get(FLOW_KEY))?.value);
}

export async function setFlow(db: AskAnywayDatabase, flow: PopupFlow): Promise<void> {
  await db.meta.put({ key: FLOW_KEY, value: flow });
}

/**
 * Whether a page other than the popup may move the popup to `next`: only from the card or a
 * finished summary, so an ask the user is in the middle of (a forecast being typed, an ask
 * being done, a reflection) is never pushed aside. Asking for where it already is is fine.
 */
export function canMoveFlow(current: PopupFlow, next: PopupFlow): boolean {
  return current.step === 'card' || current.step === 'summary' || sameFlow(current, next);
}

function sameFlow(a: PopupFlow, b: PopupFlow): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What the popup is in the middle of, if anything: the ask's id (a forecast being typed) or
 * its attempt's, and whether it can be let go from elsewhere without losing anything the
 * person did. After "I've done it" (how it went, the reflection) it can only be finished.
 */
export function flowInProgress(
  flow: PopupFlow,
): { askId: string; canLetGo: true } | { attemptId: string; canLetGo: boolean } | null {
  switch (flow.step) {
    case 'card':
    case 'summary':
      return null;
    case 'forecast':
      return { askId: flow.askId, canLetGo: true };
    case 'doing':
    case 'answer':
    case 'followUp':
      return { attemptId: flow.attemptId, canLetGo: true };
    case 'outcome':
    case 'reflect':
      return { attemptId: flow.attemptId, canLetGo: false };
  }
}

export class FlowBusyError extends Error {
  constructor() {
    super('the popup is in the middle of another ask');
  }
}

/** Moves the popup's flow for another page, unless the popup is in the middle of an ask. */
export async function moveFlowFromElsewhere(db: AskAnywayDatabase, next: PopupFlow): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    if (!canMoveFlow(await getFlow(db), next)) throw new FlowBusyError();
    await setFlow(db, next);
  });
}
