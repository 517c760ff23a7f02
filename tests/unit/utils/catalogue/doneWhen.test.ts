import { describe, expect, it } from 'vitest';
import { doneWhenProblems } from '../../../../utils/catalogue/doneWhen';

describe('doneWhenProblems', () => {
  it.each([
    "They've agreed to a call.",
    'Your request is accepted.',
    'Someone has said yes.',
    "You've got a reply from the editor.",
    'Your application is submitted and they have responded.',
    "You've heard back from the recruiter.",
    'You get a yes or a no.',
    "You've had an answer.",
    'Your slot is confirmed.',
  ])('flags “%s” as waiting on the other side', (text) => {
    expect(doneWhenProblems(text)).not.toEqual([]);
  });

  it.each([
    // The old learning_10 and pitching_11: joining a slot or pitching in one needs the slot first.
    ["You've joined the slot and asked your question.", ['notOwnStep']],
    ["You've delivered the pitch and asked for a decision or next step.", ['notOwnStep']],
    ['They agreed.', ['otherSide', 'notOwnStep']],
    ['', ['notOwnStep']],
  ] as const)('flags “%s” as %j', (text, problems) => {
    expect(doneWhenProblems(text)).toEqual(problems);
  });

  it.each([
    'Your message is sent.',
    'Your hello and question are posted in the chat.',
    'The email with your form is sent to three colleagues.',
    'Your pull request is open and linked to the issue.',
    'Your question is in the chat.',
    "You've asked the question on the call.",
    "You've raised the problem and asked both questions on the call.",
    "You've said you want a promotion and asked what it would take.",
    "You've named your figure and your reasons on the call.",
    "You've asked for the promotion and given your evidence.",
    // What the ask asks for stays theirs to grant; asking is the step.
    "You've asked whether they'd accept the return.",
    "You've asked in the chat for the confirmation to be resent.",
  ])('accepts “%s”', (text) => {
    expect(doneWhenProblems(text)).toEqual([]);
  });
});
