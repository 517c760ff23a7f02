export const CATEGORY_IDS = [
  'feedback',
  'careers',
  'pitching',
  'networking',
  'money',
  'community',
  'advocacy',
  'learning',
  'service',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CHANNELS = [
  'email',
  'direct-message',
  'chat',
  'form',
  'forum',
  'issue-tracker',
  'video-call',
  'marketplace',
  'job-board',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Situations some asks need: without one, the ask is not something a person can do today. */
export const NEED_IDS = ['manager', 'team', 'clients', 'studying', 'jobHunting', 'purchase', 'bill'] as const;
export type NeedId = (typeof NEED_IDS)[number];

/** What the ladder needs to know about any ask, from the catalogue or the user's own. */
export interface LadderAsk {
  id: string;
  level: number;
  category: string;
  awaitsReply: boolean;
  /** Situations the ask needs (all of them); none means anyone can do it. */
  needs?: readonly NeedId[];
}

/** A built-in ask. Its words live in the locale files under ask_<id>_<field>. */
export interface CatalogueAsk extends LadderAsk {
  category: CategoryId;
  channel: Channel;
  minutes: number;
  hasRespectNote: boolean;
}

/** An ask with its words, ready to show: catalogue asks resolved, custom asks as typed. */
export interface AskView extends LadderAsk {
  source: 'catalogue' | 'custom';
  title: string;
  whatToDo: string;
  doneWhen: string;
  template: string;
  respectNote: string;
  channel: string;
  minutes: number;
}
