/** The respect rules a custom ask can seem to break, in the order they are reported and shown. */
export const RESPECT_CONCERNS = [
  'deception',
  'romance',
  'sexual',
  'repeatedContact',
  'recording',
  'money',
  'risk',
] as const;

export type RespectConcern = (typeof RESPECT_CONCERNS)[number];
