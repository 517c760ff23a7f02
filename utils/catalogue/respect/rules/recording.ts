import type { Rule } from '../rule';

// Covert recording, and publicising someone: posting their reply, naming and shaming.
const CAPTURE =
  'record/recording/tape/film/screenshot/screen+record/screencap/photograph/snap/capture/livestream/stream/note+taker/notetaker/bug/wire/voice+memo';
const PUBLISH =
  'post/share/upload/tweet/publish/forward/put/pass/leak/broadcast/add/read+out/circulate/send+round/show+everyone/blast/air/repost/retweet/screenshot';
const CONTENT =
  'reply/answer/response/message/email/dm/no/rejection/conversation/chat/text/voicemail/review/video/photo/call/turndown/word';
const PLATFORM =
  'youtube/tiktok/reddit/twitter/x/instagram/insta/facebook/story/blog/medium/linkedin/group/channel/forum/discord/server/internet/highlight/everyone/office/cohort/team/feed/page/profile/thread';
const PERMISSION = [
  'if+i+can/if+i+may/whether+i+can/whether+i+may/may+i/can+i/permission/consent/mind/if+they+be+ok/if+she+be+ok/if+he+be+ok/ok+with/okay+with/alright+with/happy+with/be+alright/be+ok+to/be+okay+to/only+if/love+the+idea/agree+to/be+fine+with/if+they+need/if+it+be/whether+it+be/policy',
];
const COVERT = [
  'secretly/covertly/discreetly/sneakily/hidden/hide/in+my+pocket/on+the+sly/behind+_+back',
  'without ..1 tell/ask/mention/inform/let/know/knowledge/consent/permission/realize/notice/warn/say',
  'not+tell/not+mention/not+say',
  'not+let ..2 know',
];

export const RECORDING: readonly Rule[] = [
  { match: CAPTURE, with: COVERT, unless: ['if+i+can/whether+i+can/may+i/can+i'] },
  { match: 'hidden+camera/spy+on/spy+cam/bug+her/bug+his/bug+their/track+her+phone/track+his+phone' },
  { match: `${PUBLISH} ..4 $poss ..2 ${CONTENT}`, unless: PERMISSION, notAfter: ['not'] },
  {
    match: `${PUBLISH} it/them/the+video/the+recording/the+screenshot/the+reply/the+clip/the+dm/the+email/the+chat/the+conversation/the+audio/a+screenshot/a+video/a+clip/a+recording/screenshot ..3 on/to/in/round/around ..2 ${PLATFORM}`,
    unless: PERMISSION,
  },
  { match: `${PUBLISH} ..4 online/publicly/everywhere/for+everyone`, with: [CAPTURE], unless: PERMISSION },
  { match: `${CAPTURE} ..8 and ..1 ${PUBLISH} it/them/the/on/online`, unless: PERMISSION },
  {
    match:
      'name+and+shame/publicly+call/expose+$obj/expose+the/shame+$obj/shame+publicly/shame+the/hall+of+shame/wall+of+shame',
    unless: PERMISSION,
  },
  { match: 'name ..3 who', with: ['post/blog/tweet/thread/video/article/tiktok/story/review/publicly'] },
  { match: 'call ..2 out+publicly/out+online' },
  { match: 'tag ..2 handle' },
  {
    match:
      'name+include/with+_+name/with+his+handle/with+her+handle/handle+tag/without+blur/not+blur/unblurred/word+for+word',
  },
  {
    match: 'tiktok/youtube/reddit/twitter/blog/medium/instagram/story/highlight/thread/video',
    with: ['read+out/react+to/reading+out/roast'],
  },
];
