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
const STEPS = new Set(['card', 'forecast', 'doing', 'outcome', 'answer', 'followUp', 'reflect', 'summary']);

export function parseFlow(value: unknown): PopupFlow {
  const flow = value as PopupFlow | undefined;
  return flow && STEPS.has(flow.step) ? flow : { step: 'card' };
}

export async function getFlow(db: AskAnywayDatabase): Promise<PopupFlow> {
  return parseFlow((await db.meta.get(FLOW_KEY))?.value);
}

export async function setFlow(db: AskAnywayDatabase, flow: PopupFlow): Promise<void> {
  await db.meta.put({ key: FLOW_KEY, value: flow });
}
