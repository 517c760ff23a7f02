import type { Rule } from '../rule';

// Covert recording, and publicising someone: posting their reply, naming and shaming.
const CAPTURE =
  'record/recording/recorder/dictaphone/tape/film/screenshot/screen+record/screencap/photograph/snap/capture/livestream/stream/note+taker/notetaker/bug/wire/voice+memo/spy+cam/hidden+mic/screen+grab/screengrab/screenie/go+live+on+ig/go+live+on+insta/go+live+on+instagram/go+live+on+tiktok/go+live+on+facebook/go+live+on+fb/go+live+on+youtube/go+live+on+twitch/go+live+during/ig+live/insta+live/instagram+live/facebook+live/tiktok+live/live+stream/audio/take+a+photo/take+a+picture/take+a+pic/make+a+photo/snap+a+photo/take+a+video/phone+running/phone+on+record/screen+cap/go+live+from';
const PUBLISH =
  'post/share/upload/tweet/publish/forward/put/pass/leak/broadcast/add/read+out/circulate/send+round/show+everyone/blast/air/repost/retweet/screenshot';
const CONTENT =
  'reply/answer/response/message/email/dm/no/rejection/conversation/convo/chat/text/voicemail/review/video/photo/call/turndown/word/screenshot/recording/thread/breakup+text/letter/note/comment/receipt/clip/audio/cctv/footage/doorbell+footage/dashcam/rant/meltdown/outburst/tirade';
const PLATFORM = '$platform';
// Who sees it: the public, or people with a hold over the person (their boss, their family).
const AUDIENCE = `${PLATFORM}/boss/manager/employer/hr/family/parent/partner/wife/husband/girlfriend/boyfriend/friend/mate/whole+_/all+_/the+internet`;
// One's own material, or a bug report: publishing it involves no one else.
const OWN = [
  'my+own/myself/bug/error/crash/issue+tracker/github+issue/on+the+issue/tutorial/demo/my+talk/my+presentation/my+speech/my+set/my+app/my+game/my+code/my+screen/high+score/whiteboard/my+work/my+art/my+portfolio',
];
// Spreading something further: PUBLISH and verbs that only mean it with a private thing or an audience.
const SPREAD = `${PUBLISH}/drop/paste/attach/dump/spread/show/send+it/send+them/screenshot+and+send/pin/stick/chuck/slap/whack/print/hand+round/pass+round/send+em`;
// Someone's own words or pictures, sent to one person.
const PRIVATE_CONTENT = `${CONTENT}/whatsapp/fb+message/msg/group+chat/feedback/diary/journal/complaint/photo/pic/picture/voice+note/screenshot/selfie/confession/correspondence`;
// Someone's words: what they wrote or said, not a picture of a wedding.
const WORDS =
  'reply/answer/response/message/email/dm/rejection/conversation/convo/chat/text/voicemail/screenshot/recording/thread/letter/note/comment/receipt/clip/audio/voice+note/msg';
// A wider audience: the press and the public too.
const WIDER = `${AUDIENCE}/press/paper/newspaper/journalist/reporter/media/public/the+public/public+channel/local+paper`;
// Someone's identity and contact details: what lets strangers find them.
const CONTACT_DETAIL =
  'number/phone+number/mobile/mobile+number/phone/address/home+address/face/surname/full+name/real+name/name/email/email+address/workplace/plate/number+plate/photo/picture/pic/name+and+face/name+and+photo/name+and+number/name+and+address/addy/digits/deets/contact+detail/personal+detail/cell/cell+number/personal+cell/employer/workplace/where+$subj+work/where+$subj+live/gamertag/ic+photo/id+photo/block+number';
// Their accounts: linking them points a crowd at the person.
const SOCIALS =
  'instagram/ig/insta/socials/social+media/profile/handle/account/facebook/linkedin/tiktok/twitter';
const DETAIL = `${CONTACT_DETAIL}/${SOCIALS}`;
// Details that name a person outright, whoever they belong to.
const STRONG_DETAIL =
  'full+name/real+name/surname/home+address/phone+number/mobile+number/number+plate/licence+plate/license+plate/name+and+face/name+and+photo/name+and+picture/face+and+name/photo+and+name/name+and+number/name+and+address/name+and+mobile/name+and+phone/where+$subj+work/where+$subj+live/cell+number/personal+cell';
const DETAIL_VERB = `${PUBLISH}/drop/paste/attach/spread/link/tag/dox/doxx/plaster/print/list/name`;
// "my post", "the list": the verb used as a noun.
const NOUN_USE = ['my', 'the', 'a', 'your', 'her', 'his', 'their', 'our', 'not'];
// A person, as strangers name them.
const PERSON =
  'bloke/guy/man/woman/lady/girl/dude/chap/fella/driver/cyclist/seller/buyer/landlord/landlady/neighbour/neighbor/waiter/waitress/cashier/person/customer/ex/idiot/teacher/lad/recruiter/manager/boss/colleague/coworker/tenant/courier';
const PERSON_POSS =
  `${PERSON}/flatmate/roommate/classmate/teammate/sister/brother/friend/partner/girlfriend/boyfriend/wife/husband`
    .split('/')
    .map((person) => `${person}+'s`)
    .join('/');
// Friends and colleagues a message is shown round to.
const SHOWN_TO =
  'everyone/all/my+friend/my+mate/the+whole/the+team/the+office/the+group/people/the+lad/the+girl';
// Why it is spread: blame, a grudge, a crowd set on someone.
const BLAME =
  'rude/unfair/awful/terrible/horrible/creepy/creep/toxic/useless/nasty/shady/dodgy/lie/liar/lying/cheat/cheating/arrogant/incompetent/scam/scammer/fraud/fraudster/grief/complain/shame/warn/expose/refund/revenge/payback/get+back+at/teach+_+a+lesson/pressure/harass/hound/pile+on/cut+me+up/cut+me+off/reject+me/rip+me+off/what+_+be+like/for+the+world+to+see/ghost+me/lowball';
// A crowd set on someone: "so people can go at her", "so everyone knows who he is".
const CROWD =
  'so/so+that people/everyone/everybody/folk/other/the+world/the+whole+world can/will/could/know/see ..3 go+at/tell+him/tell+her/tell+them/report/harass/avoid/hound/shame/troll/who+be+behind/who+$subj+really+be/what+_+be+like/what+$subj+do+to/what+$subj+really';
// Public places where neighbours or strangers will see it.
const PUBLIC = `${PLATFORM}/whatsapp/neighbourhood/neighborhood/community/resident/renter/local/public/publicly/grp/gc/society`;
// The person has already said yes.
const AGREED =
  'with+her+ok/with+his+ok/with+her+okay/with+his+okay/with+their+okay/with+her+blessing/with+his+blessing/$subj+agree/$subj+say+it+be+fine/$subj+say+i+can/$subj+be+fine+with/$subj+be+happy+for';
// Asking the person first (narrower than $permission: "would it be ok to…" asks the helper).
const CONSENT = [
  'permission/consent/if+she+be+ok/if+he+be+ok/if+they+be+ok/if+she+mind/if+he+mind/if+they+mind/ok+with/okay+with/happy+for/fine+with/blessing/ask+_+first/if+_+agree/with+their+ok',
  AGREED,
];
// Things, not people, that one films or screenshots to share.
const THINGS = [
  'meeting+note/the+note/my+note/slide/agenda/menu/recipe/sunset/view/concert/gig/firework/landscape/receipt/ticket/timetable/schedule/minute/itinerary/scoreboard/nda/patch+note/release+note/changelog',
];
const PERMISSION = [
  '$permission/mind/be+fine+with/if+they+need/if+it+be/whether+it+be/policy/if+_+be+happy/whether+_+be+happy',
  AGREED,
];
const COVERT = [
  'secretly/covertly/discreetly/sneakily/hidden/hide/in+my+pocket/on+the+sly/behind+_+back',
  'sneaky/stealthily/undercover/on+the+down+low/on+the+downlow/on+the+quiet/on+the+qt/face+down/none+the+wiser/no+need+to+tell/no+need+to+mention/no+need+for+_+to+know/not+need+to+know',
  // Out of sight: in a pocket or a sleeve, under the table.
  'in+my+hoodie/in+my+sleeve/up+my+sleeve/in+my+jacket/in+my+coat/in+my+bag/under+the+table/under+my+desk',
  // The person away or unaware: "when she is out", "he won't know".
  'when/while $subj be out/away/asleep/go/not+look/not+there/not+around/not+home/in+the+shower',
  '$subj will+not/will+never/would+not/would+never/never know/notice/find+out/realize',
  '$subj do+not notice/find+out/realize',
  // To catch what they say when they think no one is listening.
  'catch/hear what $subj say+about+me/say+about+_+behind',
  'without ..1 tell/ask/mention/inform/let/know/knowledge/consent/permission/realize/notice/warn/say/notification/notify/alert',
  // Quietly, so no one notices; before they notice.
  'before $subj notice/realize/find+out',
  '$subj do+not know !how/what/where/when/why/if/whether/about',
  'while/when $subj be on+break/at+lunch/in+the+loo/in+the+toilet/in+the+bathroom/distracted',
  'not+tell/not+mention/not+say',
  'not+let ..2 know',
];

// The person it happened to, asking how to get it taken down or reported; or turning the idea down.
const VICTIM = [
  'how+do+i/how+can+i/how+should+i/what+do+i ..4 delete/remove/take+down',
  'how+do+i/how+can+i/how+should+i/what+do+i ..4 take ..3 down',
  'ask ..3 to ..1 delete/remove/take+down',
  'ask ..3 to ..1 take ..3 down',
  'how+do+i/how+can+i/how+should+i ..2 report+it/report+this/report+them/report+him/report+her/bring+it+up/raise+it/deal+with/complain/confront',
  'i+do+not+want+to+do+that/i+will+not+do+that/i+refuse+to',
];
// Where a recording or a message is shown: a meeting, a party, a screen, a group of people.
const EVENT =
  'reunion/party/meeting/agm/wedding/barbecue/bbq/dinner/assembly/big+screen/everyone/the+group/the+crew/the+team/the+office/the+whole/the+family/the+club';
// Posts and videos that can carry a person's details.
const MEDIA = 'tiktok/video/post/thread/blog/story/reel/tweet/vlog/review/podcast/newsletter/caption/meme';

const RULES: readonly Rule[] = [
  // Quietly capturing a person, a call or a meeting.
  {
    match: `quietly/real+quiet/silently ..2 ${CAPTURE}`,
    with: [
      '$poss/$obj/meeting/call/session/zoom/voice/audio/conversation/confidential/yell/shout/rant/argue',
    ],
    unless: [...PERMISSION, ...OWN, 'surprise/reaction/proposal/lecture/concert/gig/show/talk/class'],
  },
  {
    match: `${CAPTURE} ..6 quietly/real+quiet/silently`,
    with: [
      '$poss/$obj/meeting/call/session/zoom/voice/audio/conversation/confidential/yell/shout/rant/argue',
    ],
    unless: [...PERMISSION, ...OWN, 'surprise/reaction/proposal/lecture/concert/gig/show/talk/class'],
  },
  // A device hidden where people talk, to hear what they say.
  {
    match:
      'put/plant/hide/stick/leave/place/install/set+up/tape ..3 mic/microphone/camera/cam/recorder/dictaphone/listening+device/bug/webcam/spy+cam',
    with: [
      ...COVERT,
      'so+i+can ..2 see/hear/replay/listen/watch/catch/know ..1 what/who',
      'what ..3 say+about+me',
    ],
    // Someone else who did it: the person asking is the one watched.
    notAfter: [
      'he',
      'she',
      'they',
      'someone',
      'flatmate',
      'roommate',
      'landlord',
      'landlady',
      'boss',
      'manager',
      'neighbour',
      'neighbor',
      'husband',
      'wife',
      'partner',
      'boyfriend',
      'girlfriend',
      'ex',
      'coworker',
      'colleague',
      'employer',
      'company',
      'school',
    ],
    unless: [
      ...PERMISSION,
      'pet/dog/cat/baby/nanny/doorbell/driveway/front+door/burglar/security/steal/parcel/thief/package/break+in/vandal',
    ],
  },
  // A call or meeting saved by the app, unannounced.
  {
    match:
      'let/have/get/set ..2 zoom/team/google+meet/the+app/the+software/otter ..1 save/record/capture/transcribe',
    with: COVERT,
  },
  // Something caught on a phone, then put up.
  {
    match: `catch ..6 on ..1 my? phone/camera/tape/video/film/mic ..8 ${PUBLISH}/${PLATFORM}`,
    unless: [...PERMISSION, ...OWN, ...THINGS],
  },
  // Captured or screenshotted, then sent round or put up: "snap pics of her messages and send em to the crew".
  {
    match: `${CAPTURE}/screen+cap ..3 the/her/his/their/_+'s/private/confidential ..2 ${WORDS}/dm ..8 and/then ..1 ${SPREAD}/send/dump/drop it/them/em/everything/on/online/to/in`,
    unless: [
      ...PERMISSION,
      ...OWN,
      ...THINGS,
      'my+own/myself/mine/customer+service/support/company/receipt/order/booking/confirmation/bank',
      'call+note/meeting+note/minute/action+item/summary/$subj+ask/$subj+want+it/at+$poss+request',
    ],
  },
  {
    match: `${CAPTURE}/screen+cap ..2 her/his/their/_+'s ..2 ${WORDS}/dm ..3 for/to/in/into/on ..3 ${AUDIENCE}/${PLATFORM}`,
    unless: [...CONSENT, ...OWN],
  },
  // Played or shown at a gathering without the person knowing.
  {
    match: `play/read+out/show/broadcast/put+up ..3 it/them/em/the/her/his/their ..6 at/to/for/in+front+of/on ..3 ${EVENT}`,
    with: COVERT,
    unless: [...CONSENT, 'surprise/tribute/thank/congratulation'],
  },
  {
    match: `read+out ..8 the/her/his/their/_+'s private/confidential/personal/secret ..1 note/letter/message/email/text/dm/diary/journal/confession/voice+note/voicemail`,
    unless: [...CONSENT, ...OWN, 'my+private/my+personal/my+confidential/my+secret'],
  },
  // A person's details posted where people complain or shame.
  {
    match: `${DETAIL_VERB}/${SPREAD} ..5 on/in/to ..4 complaint/scam/scammer/shame/callout/call+out/exposed ..1 page/group/thread/channel/forum/board/site`,
    requires: [`her/his/their/_+'s ..2 ${DETAIL}`],
    unless: CONSENT,
  },
  // A video or post carrying a person's name or face, with blame.
  {
    match: `${MEDIA} ..3 with ..3 her/his/their/_+'s ..2 ${DETAIL}`,
    with: [BLAME, CROWD],
    unless: [...CONSENT, ...OWN],
  },
  {
    match: `${DETAIL_VERB}/name+and+tag/tag+and+name ..10 with ..1 her/his/their ..1 ${CONTACT_DETAIL}`,
    with: [BLAME, CROWD, PUBLIC],
    unless: [...CONSENT, ...OWN],
  },
  { match: 'name+and+tag/tag+and+name', with: [BLAME] },
  // Confidential material screenshotted and dropped where the public sees it.
  {
    match: `${CAPTURE}/screen+cap ..2 confidential/private/secret/internal ..12 ${SPREAD}/drop ..3 public/publicly/online/everywhere/${PLATFORM}`,
    unless: [...CONSENT, ...OWN],
  },

  {
    match: CAPTURE,
    with: COVERT,
    unless: [
      'if+i+can/whether+i+can/may+i/can+i',
      // A recording made for the absent person to watch.
      'so+$subj+can+watch/so+$subj+can+see/so+$subj+can+catch+up/so+_+can+watch/so+_+can+catch+up/for+$obj+to+watch/demo/tutorial/walkthrough/myself/my+own',
      'surprise/reaction/proposal',
      ...THINGS,
    ],
  },
  // A recording kept running once they have gone.
  {
    match:
      'recording/recorder/record/camera/mic/call/dictaphone ..2 running/going/on/rolling ..3 after ..2 leave/drop+off/hang+up/log+off/go+home',
    unless: ['so+_+can+watch/so+_+can+catch+up/latecomer/for+later'],
  },
  // A device left running where people talk.
  {
    match:
      'leave/put/plant/set/keep/hide/stick/place ..3 phone/camera/mic/microphone/recorder/dictaphone/laptop/cam ..3 record/recording/film/filming/rolling/running/on',
    unless: [...PERMISSION, 'charge/charging/silent/mute/vibrate/at+home/in+my+bag/locker/desk+drawer'],
  },
  // Looking in where people are private.
  {
    match: `${CAPTURE}/watch ..3 through ..2 window/door/curtain/keyhole/wall/gap/blind`,
    with: ['$obj/he/she/they/neighbour/neighbor/girl/woman/guy/man/flatmate/roommate/couple'],
  },
  { match: 'creepshot/upskirt/sneaky+pic/sneaky+photo/sneaky+video/sneaky+snap' },
  {
    match:
      'hidden+camera/hidden+cam/nanny+cam/spy+camera/spy+on/spy+cam/bug+her/bug+his/bug+their/track+her+phone/track+his+phone',
  },
  {
    match: `${PUBLISH} ..4 $poss ..2 ${CONTENT}`,
    // "Ask her to share her photos": her own, shared by her. A lost pet's photo, to find it.
    unless: [
      ...PERMISSION,
      ...OWN,
      'ask/invite/encourage ..3 to share/post/upload/send/show her/his/their',
      'lost/missing/stray/find+the+owner/help+find',
    ],
    notAfter: ['not'],
  },
  {
    match: `${PUBLISH} it/them/the+video/the+recording/the+screenshot/the+reply/the+clip/the+dm/the+email/the+chat/the+conversation/the+audio/a+screenshot/a+video/a+clip/a+recording/screenshot ..3 on/to/in/round/around ..2 ${PLATFORM}`,
    unless: [...PERMISSION, ...OWN, ...THINGS],
  },
  {
    match: `${PUBLISH} ..4 online/publicly/everywhere/for+everyone`,
    with: [CAPTURE],
    unless: [...PERMISSION, ...OWN],
  },
  {
    match: `${CAPTURE} ..8 and ..1 ${PUBLISH}/drop/dump it/them/the/on/online`,
    unless: [...PERMISSION, ...OWN, ...THINGS],
  },
  // Someone's words passed to an audience: "forward the screenshots to her boss".
  {
    match: `${PUBLISH}/read/play ..1 the/a/her/his/their/_+'s/all ..2 ${CONTENT} ..5 to/on/in/with/at/round/around/into/out+on/out+in ..2 ${AUDIENCE}`,
    unless: [...PERMISSION, ...OWN, ...THINGS],
  },
  // Someone's private words, or what they said in confidence, spread further.
  {
    match: `${SPREAD} ..5 private/confidential/personal/secret ..3 ${PRIVATE_CONTENT}`,
    unless: [...CONSENT, ...OWN, 'my+private/my+personal/my+confidential/my+secret'],
    notAfter: ['not'],
  },
  {
    match: `${SPREAD} ..1 the/a/her/his/their/_+'s/all/our/that ..3 ${PRIVATE_CONTENT} ..6 in+confidence/in+secret/off+the+record/confidentially`,
    unless: [...CONSENT, ...OWN],
  },
  { match: `leak ..4 ${PRIVATE_CONTENT}/it/them`, unless: [...CONSENT, ...OWN, 'nda/patch+note'] },
  // A whole conversation with someone, made public.
  {
    match: `${SPREAD} ..1 the+whole/the+entire/whole/entire/our/her/his/their ..2 ${PRIVATE_CONTENT} ..3 publicly/online/everywhere/for+everyone/to+everyone/in+public`,
    unless: [...CONSENT, ...OWN],
  },
  // Their words passed to the press or the public.
  {
    match: `${SPREAD} ..1 the/a/her/his/their/_+'s/all/our ..2 ${PRIVATE_CONTENT} ..5 to/on/in/into/with ..3 ${WIDER}`,
    unless: [...PERMISSION, ...OWN, ...THINGS],
  },
  // Someone's name, number or face spread where people will find them, with a grudge.
  {
    match: `${DETAIL_VERB} ..3 her/his/their/${PERSON_POSS} ..1 ${CONTACT_DETAIL}`,
    notAfter: NOUN_USE,
    with: [BLAME, CROWD, PUBLIC],
    unless: [...CONSENT, ...OWN, 'ask+for/ask+her+for/ask+him+for'],
  },
  {
    match: `${DETAIL_VERB} ..3 her/his/their ..1 ${SOCIALS}`,
    with: [BLAME, CROWD],
    notAfter: NOUN_USE,
    unless: [...CONSENT, ...OWN],
  },
  { match: 'dox/doxx', unless: ['what+be+dox/what+be+doxx/protect/against/avoid/prevent'] },
  {
    match: `${DETAIL_VERB} ..3 ${DETAIL} ..2 of the/that/this/a ..2 ${PERSON}`,
    notAfter: NOUN_USE,
    with: [BLAME, CROWD, PUBLIC],
    unless: [...CONSENT, ...OWN],
  },
  {
    match: `${DETAIL_VERB} ..4 ${STRONG_DETAIL}`,
    notAfter: NOUN_USE,
    with: [BLAME, CROWD],
    unless: [...CONSENT, ...OWN, 'my+full+name/my+phone+number/my+home+address/my+real+name'],
  },
  {
    match: `${DETAIL_VERB} ..3 _+'s ..1 ${DETAIL}`,
    notAfter: NOUN_USE,
    with: [BLAME, CROWD],
    unless: [...CONSENT, ...OWN],
  },
  // Their messages shown round, their screenshots sent on, their confidences told.
  {
    match: `show/read/play ..1 ${SHOWN_TO} ..3 her/his/their/_+'s ..2 ${PRIVATE_CONTENT}`,
    unless: [...CONSENT, ...OWN],
  },
  {
    match: `show/read/play ..1 ${SHOWN_TO} ..3 the/all+the ..2 ${PRIVATE_CONTENT} ..1 she/he/they/my+ex/my+crush/my+date/my+match/my+colleague/my+coworker/my+friend/my+flatmate send/write`,
    unless: [...CONSENT, ...OWN],
  },
  {
    match: `screenshot/screen+grab/screengrab/screenie/screencap ..8 and ..1 send/show/forward ..1 it/them ..1 to ..3 ${WIDER}`,
    with: ['she/he/they/her/his/their/what+_+say/what+_+write/our'],
    unless: [...CONSENT, ...OWN],
  },
  {
    match:
      'tell/share/spread/spill/repeat ..5 what ..4 tell/say/share/confide ..4 in+private/in+confidence/privately/in+secret/confidentially/off+the+record',
    unless: PERMISSION,
  },
  {
    match:
      'tell/share/spread/spill ..4 everyone/the+whole/all/the+team/the+office/the+group/people ..3 her/his/their secret',
  },
  { match: 'out+her+as/out+him+as/out+them+as' },
  // Exposing a person: "expose my landlord on TikTok".
  { match: `expose ..2 ${PERSON}/$obj`, unless: ['expose ..3 to'] },
  { match: `expose ..4 on/online/publicly ..1 $platform` },
  {
    match: `name ..2 my/the/her/his/their ..1 ${PERSON}`,
    with: [BLAME, CROWD],
    requires: [
      'review/post/tweet/thread/video/tiktok/glassdoor/trustpilot/yelp/blog/article/story/publicly/online/linkedin/reddit/facebook',
    ],
  },
  // Their words sent on to their own family or partner, or tagged for them to see.
  {
    match: `send/forward/show/play ..1 the/her/his/their/_+'s ..3 ${WORDS} ..6 to ..1 her/his/their ..1 parent/mum/mom/dad/husband/wife/partner/girlfriend/boyfriend/family/kid/child/ex/fiance/fiancee`,
    unless: [...CONSENT, ...OWN],
  },
  {
    match: `tag ..2 her/his/their/_+'s ..1 ${AUDIENCE}/parent/mum/mom/dad/husband/wife ..3 in/on ..3 screenshot/chat/message/dm/text/convo/conversation/email/voicemail/receipt`,
  },
  // Their face, name or plate left visible.
  {
    match:
      'with ..1 her/his/their ..2 face/name/plate/number+plate/name+badge/badge/number/address visible/show/unblurred/in+view/in+full',
  },
  {
    match: 'with ..1 the ..2 face/plate/number+plate/name+badge/badge visible/show/unblurred/in+view/in+full',
  },
  // Calling a person out in public, by name.
  { match: 'call ..3 out ..4 by+name' },
  {
    match: 'tweet/post/thread/video/tiktok/review/story/reel/vlog/blog ..3 call ..3 out',
    with: ['$obj/boss/manager/landlord/ex/colleague/coworker/name/$poss/my+old/my+former'],
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
    unless: [...PERMISSION, 'expose ..3 to'],
  },
  { match: 'name ..3 who', with: ['post/blog/tweet/thread/video/article/tiktok/story/review/publicly'] },
  { match: 'call ..2 out+publicly/out+online/out+on ..1 $platform' },
  { match: 'tag ..2 handle' },
  {
    match:
      'name+include/name+and+all/name+and+everything/name+include/name+and+all/name+and+everything/name+visible/without+hide+_+name/without+hide+the+name/unredacted/uncensored/with+_+name/with+his+handle/with+her+handle/handle+tag/without+blur/not+blur/unblurred/word+for+word',
    with: [`${SPREAD}/${CAPTURE}/call+out/expose/shame/tag`],
    unless: ['send+me/for+me/for+my'],
  },
  {
    match: 'tiktok/youtube/reddit/twitter/blog/medium/instagram/story/highlight/thread/video',
    with: ['read+out/react+to/reading+out/roast'],
  },
];

export const RECORDING: readonly Rule[] = RULES.map((rule) => ({
  ...rule,
  unlessText: [...(rule.unlessText ?? []), ...VICTIM],
}));
