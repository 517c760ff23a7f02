import type { Rule } from '../rule';

// Covert recording, and publicising someone: posting their reply, naming and shaming.
const CAPTURE =
  'record/recording/recorder/dictaphone/tape/film/screenshot/screen+record/screencap/photograph/snap/capture/livestream/stream/note+taker/notetaker/bug/wire/voice+memo/spy+cam/hidden+mic';
const PUBLISH =
  'post/share/upload/tweet/publish/forward/put/pass/leak/broadcast/add/read+out/circulate/send+round/show+everyone/blast/air/repost/retweet/screenshot';
const CONTENT =
  'reply/answer/response/message/email/dm/no/rejection/conversation/convo/chat/text/voicemail/review/video/photo/call/turndown/word/screenshot/recording/thread/breakup+text/letter/note/comment/receipt/clip/audio';
const PLATFORM = '$platform';
// Who sees it: the public, or people with a hold over the person (their boss, their family).
const AUDIENCE = `${PLATFORM}/boss/manager/employer/hr/family/parent/partner/wife/husband/girlfriend/boyfriend/friend/mate/whole+_/all+_/the+internet`;
// One's own material, or a bug report: publishing it involves no one else.
const OWN = [
  'my+own/myself/bug/error/crash/issue+tracker/github+issue/on+the+issue/tutorial/demo/my+talk/my+presentation/my+speech/my+set/my+app/my+game/my+code/my+screen/high+score/whiteboard/my+work/my+art/my+portfolio',
];
const PERMISSION = [
  '$permission/mind/be+fine+with/if+they+need/if+it+be/whether+it+be/policy/if+_+be+happy/whether+_+be+happy',
];
const COVERT = [
  'secretly/covertly/discreetly/sneakily/hidden/hide/in+my+pocket/on+the+sly/behind+_+back',
  'without ..1 tell/ask/mention/inform/let/know/knowledge/consent/permission/realize/notice/warn/say',
  'not+tell/not+mention/not+say',
  'not+let ..2 know',
];

export const RECORDING: readonly Rule[] = [
  { match: CAPTURE, with: COVERT, unless: ['if+i+can/whether+i+can/may+i/can+i'] },
  // A device left running where people talk.
  {
    match:
      'leave/put/plant/set/keep/hide/stick/place ..3 phone/camera/mic/microphone/recorder/dictaphone/laptop/cam ..3 record/recording/film/filming/rolling/running/on',
    unless: [...PERMISSION, 'charge/charging/silent/mute/vibrate/at+home/in+my+bag/locker/desk+drawer'],
  },
  { match: 'hidden+camera/spy+on/spy+cam/bug+her/bug+his/bug+their/track+her+phone/track+his+phone' },
  { match: `${PUBLISH} ..4 $poss ..2 ${CONTENT}`, unless: [...PERMISSION, ...OWN], notAfter: ['not'] },
  {
    match: `${PUBLISH} it/them/the+video/the+recording/the+screenshot/the+reply/the+clip/the+dm/the+email/the+chat/the+conversation/the+audio/a+screenshot/a+video/a+clip/a+recording/screenshot ..3 on/to/in/round/around ..2 ${PLATFORM}`,
    unless: [...PERMISSION, ...OWN],
  },
  {
    match: `${PUBLISH} ..4 online/publicly/everywhere/for+everyone`,
    with: [CAPTURE],
    unless: [...PERMISSION, ...OWN],
  },
  { match: `${CAPTURE} ..8 and ..1 ${PUBLISH} it/them/the/on/online`, unless: [...PERMISSION, ...OWN] },
  // Someone's words passed to an audience: "forward the screenshots to her boss".
  {
    match: `${PUBLISH}/read/play ..1 the/a/her/his/their/_+'s/all ..2 ${CONTENT} ..5 to/on/in/with/at/round/around/into/out+on/out+in ..2 ${AUDIENCE}`,
    unless: [...PERMISSION, ...OWN],
  },
  { match: 'on+blast/put+_+on+blast/air+_+dirty+laundry/drag+_+online/drag+_+on' },
  // A post, video or thread about a person, with blame: "a TikTok about the rude recruiter".
  {
    match: `tiktok/video/post/thread/blog/story/reel/tweet/vlog/review/podcast/newsletter ..3 about ..4 rude/awful/terrible/horrible/creepy/toxic/useless/nasty/shady/dodgy/lying/cheating/arrogant/incompetent`,
    with: ['tag/name/handle/company/recruiter/manager/boss/landlord/ex/seller/he/she/him/her/who'],
  },
  {
    match:
      'name+and+shame/publicly+call/expose+$obj/expose+the/shame+$obj/shame+publicly/shame+the/hall+of+shame/wall+of+shame',
    unless: PERMISSION,
  },
  { match: 'name ..3 who', with: ['post/blog/tweet/thread/video/article/tiktok/story/review/publicly'] },
  { match: 'call ..2 out+publicly/out+online/out+on ..1 $platform' },
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
