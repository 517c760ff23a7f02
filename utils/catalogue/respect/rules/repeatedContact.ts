import type { Rule } from '../rule';

// Contact repeated: counted, daily, until they answer, again after a no, after a block.
const CONTACT = [
  '$contact/send/reminder/followup/voicemail/show+up/turn+up/visit/bring+up/comment/reply/email/message/dm/chase/nag/pester',
];
// Corporate and forum words for another contact: "circle back", "bump the thread".
const CONTACT_VERB =
  '$recontact/comment+on/reply+to/voicemail/write+to/reach+out/circle+back/bump+{(?!into\\s|up\\s)\\S+}/resend/re+send/slide+back+into/mail/pop+round/pop+by/call+round/swing+by/stop+by/drop+in';
const FREQUENCY =
  'daily/hourly/nightly/twice+a+day/twice+daily/twice+a+week/_+times+a+day/_+times+a+week/_+times+today/_+times+this+week/several+times/multiple+times/many+times/a+dozen+times/_+times+in+one/_+times+in+a/_+times+in+an/_+times+in+_+day/_+times+per/_+times+an+hour/_+times+each/once+a+day/once+an+hour/once+per+day/round+the+clock/around+the+clock/day+and+night/monday+through+friday/monday+to+friday/mon+to+fri/every+weekday/all+week+long';
// A count of contacts: "five times", "a dozen times", "20 times".
const COUNT =
  'three/four/five/six/seven/eight/nine/ten/eleven/twelve/fifteen/twenty/fifty/a+hundred/hundred/several/multiple/many/a+few/few/a+dozen/dozen/dozen+of/countless/umpteen/like+_/{\\d+}';
const FREQUENCY_AFTER_EVERY =
  'day/morning/night/evening/hour/week/weekday/monday/tuesday/wednesday/thursday/friday/saturday/sunday/single+day/other+day/few+day/few+hour/_+day/_+hour/_+minute/couple+of+day/couple+of+hour/few+minute';
const FREQUENCY_UNLESS = [
  'meeting/standup/stand+up/huddle/scrum/sync/class/lesson/practice/routine/habit/workout/walk/journal/newsletter/digest/report/rota/shift/lecture/session/if+_+want/whether+_+want/would+like/if+_+would+like',
];
// What the other person does at last: answers, agrees, gives in.
const GIVE_IN =
  'cover/feature/review/reconsider/consider/interview/meet/invest/sponsor/repost/mention/follow+back/include/commit/forgive/talk/speak/go+out/give+in/reply/answer/respond/agree/sign/give/say/cave/pay/refund/book/read/notice/accept/approve/call/return/unblock/listen/merge/hire/take/see/get+back/write+back/text+back/pick+up/budge/relent/yield/change/come+round/come+around/crack/break/do/let/an+answer/a+reply/a+response/a+yes/back/something/anything/reopen/check/look/watch/fix/unblock';
// The same, only the words that say they gave way (not "say", "do", "see"): for contact said
// anywhere in the sentence.
const GIVES_WAY =
  'cover/feature/reconsider/invest/sponsor/repost/mention/follow+back/commit/forgive/go+out/give+in/reply/answer/respond/agree/sign/cave/pay/refund/notice/accept/approve/unblock/listen/hire/get+back/write+back/text+back/pick+up/budge/relent/yield/come+round/come+around/crack/an+answer/a+reply/a+response/a+yes/say+yes/reopen/check+it+out/check+it/look+at+it/watch+it';
// A rhythm the other person chose or agreed to is not pressure.
const AGREED = [
  'as+we+agree/like+we+agree/we+agree/as+agree/as+promise/like+i+promise/as+i+promise/i+promise/as+she+ask/as+he+ask/as+they+ask/she+ask+me+to/he+ask+me+to/they+ask+me+to/as+request/she+want+me+to/he+want+me+to/they+want+me+to',
];
const PERMISSION = [
  'ping+me/ask+me+to+send/ask+me+to+resend/ask+me+to+follow/ask+me+to+remind/ask+me+to+check/tell+me+to+follow/invite+me+to/bounce/not+arrive/not+go+through/wrong+address/typo/say+to/agree+to',
];

// Being ignored or turned away: no answer, left on read, blocked, a no.
// A person's no or silence, not a card or a meeting "declined".
const IGNORED = [
  // Not one's own number hidden: "block my number".
  'block/mute/unfollow/unfriend/unmatch/ignore/ghost/reject me/my !number/caller+id',
  '$subj/have block/mute my number',
  'said+no/turn+me+down/turn+_+down/ask+me+to+stop/tell+me+to+stop/leave+me+alone/be+not+interested/not+interested',
  'leave/leaving ..4 on+read/on+seen/on+delivered/unanswered',
  'dodge/stonewall me/my/our',
  'dodge/avoid/duck/stonewall ..2 my/our call/email/message/text/dm/voicemail/invoice/reminder',
  'have+me+block/have+me+mute/unsubscribe/unsubscribed/opt+out',
  'not/never ..1 answer/reply/respond/pick+up/get+back/write+back/text+back/return/acknowledge/call+me+back/call+back/ring+me+back/text+me+back/email+me+back',
  'no reply/response/answer/word',
  'radio+silence/go+quiet/go+silent/go+dark/unanswered/ignore/ghost',
];
// A plan made together: waiting outside is then meeting, not lying in wait.
const PLANNED = ['as+plan/as+planned/we+plan/as+agree/we+agree/meet+there/meet+me/meet+up'];
// Said no in other words: no time, not interested, clear that it is over.
const REFUSED = [
  '$refusal',
  ...IGNORED,
  'he/she/they ..2 not/no+longer/never ..1 have+time/have+the+time/have+capacity/have+bandwidth/interested/keen/available/want+to+hear/want+to+talk/want+to+speak/want+me/want+any/want+anything',
  'he/she/they said/say/make/be clearly/clear+that/it+clear',
];
// Someone else's or a new line, used to get past a person who does not answer.
const OTHER_LINE =
  "my+_+'s/a+_+'s/_+'s/someone+else+'s/another/a+different/different/a+new/new/burner/a+burner/a+spare/spare/a+second/second/private/a+private/withheld/a+withheld/hidden/a+hidden/unknown/an+unknown/fake/a+fake/alt/an+alt/other/an+other/my+other";
const LINE = 'phone/number/account/profile/email/handle/sim/line/mobile/cell/landline/page';
// Their own place: home, office, studio.
const THEIR_PLACE =
  "his/her/their/_+'s ..1 office/house/home/flat/apartment/door/doorstep/studio/gym/workplace/work/desk/building/place/dorm/room/shop/school/car/gate";
const SHOW_UP =
  'show+up/turn+up/rock+up/go/head/drive/walk/call+round/pop+over/swing+by/drop+by/drop+round/pop+round/pop+by/stop+by/come+by/visit/wait/camp/hang+around/go+round/go+over/lurk/loiter';
// Someone else contacting the asker, who asks how to handle it: "a customer keeps calling us",
// "calls me every hour", "made an alt to harass me".
const VICTIM = [
  'keeps ~2 $recontact',
  'harass+me/harass+us',
  '$recontact me/us ..3 every/each/daily/hourly/nonstop/repeatedly/over+and+over/again+and+again',
];
// A third person in front of the contact verb: they do the contacting, not the asker.
const THIRD_PERSON = [
  'he',
  'she',
  'they',
  'someone',
  'who',
  'it',
  'that',
  'which',
  'daughter',
  'son',
  'mum',
  'mom',
  'dad',
  'customer',
  'client',
  'caller',
  'patient',
  'neighbor',
  'boss',
  'recruiter',
  'everyone',
  'people',
  'guy',
  'man',
  'woman',
  'kid',
];
// Social apps where a second or hidden account can be made.
const SOCIAL =
  'tiktok/insta/instagram/ig/snapchat/snap/twitter/x/facebook/fb/discord/reddit/twitch/youtube/linkedin/whatsapp/telegram/signal/steam/xbox/psn/gmail/hinge/tinder/bumble';
// An account the bank, app or support locked: a new one is not a way round a person.
const NOT_A_PERSON = ['bank/app/support/ticket/password/login/helpdesk/customer+service/hack/hacked'];
const ACCOUNT_LOCKED = [
  'my+account+get+block/my+account+be+block/block+my+account/lock+out/locked+out/suspend/ban/banned/my+old+one',
];
const WEEKDAY = 'monday/tuesday/wednesday/thursday/friday/saturday/sunday';

export const REPEATED_CONTACT: readonly Rule[] = [
  {
    // Not a thing kept: "keep my phone recording", "keep the chat open".
    match: `keep !my/the/a/an/your/our/this/that/their/it ..1 ${CONTACT_VERB}/push !question/at+it/learn/practice/practise/improve/go`,
    notAfter: ['who', 'she', 'he', 'they', 'it', 'that', 'which', 'client', 'everyone', 'recruiter'],
  },
  {
    match:
      'again+and+again/over+and+over/time+and+time+again/time+after+time/repeatedly/nonstop/non+stop/relentlessly/incessantly/bombard/pester/hound/badger/harass/harassment',
    // Harassment as a subject: a training, a policy, a report.
    unless: [
      'training/policy/report/complaint/workshop/course/awareness/prevention/advice/support/how+to+deal/how+to+handle/who+keep/who+keeps/that+keep',
      ...VICTIM,
    ],
  },
  {
    match:
      'flood/blow+up/spam/bombard ..4 inbox/phone/dm/notification/line/mention/whatsapp/mobile/email/voicemail',
  },
  { match: 'constantly/persistently/continually', with: CONTACT },
  {
    match: 'spam !folder/filter/call/email+from/box/check',
    // Spam as a place or a kind of mail: "landed in spam", "marked as spam".
    notAfter: ['in', 'into', 'to', 'from', 'of', 'as', 'anti', 'the', 'my', 'your', 'check', 'mark', 'like'],
  },
  {
    match:
      'until/till/til/jab+tak ..4 reply/answer/respond/agree/yes/sign/cave/give+in/relent/budge/explain/back/accept/unblock/approve/response/cave/break/say+yes/give+me/notice/see+it/read+it/pick+up/call+back/give+up/be+pay/they+pay/he+pay/she+pay/reply+to+me',
    unless: ['wait+until/wait+till/hold+until/hold+the/keep+until/until+then'],
  },
  // Contact that stops only when they give in: "… until they refund me", "… till he answers".
  {
    match: `${CONTACT_VERB} ..8 until/till/til/jab+tak he/she/they/someone/one+of+them/one+of+_/somebody/anyone/i+get/i+hear/i+see/the+_/my+_/her+_/his+_/their+_ ..1 ${GIVE_IN}`,
    unless: [
      'wait/hold/keep+it/keep+the/until+then/until+i+be+pay/until+i+get+pay/until+the+end/until+_+day/until+monday/until+tuesday/until+wednesday/until+thursday/until+friday/until+saturday/until+sunday/until+next/until+the+weekend',
    ],
    unlessText: AGREED,
  },
  { match: 'however+long+it+take/as+long+as+it+take/whatever+it+take/no+matter+how+long' },
  {
    match: `${CONTACT_VERB} ..6 ${FREQUENCY}`,
    unless: [...FREQUENCY_UNLESS, ...VICTIM],
    notAfter: THIRD_PERSON,
    unlessText: AGREED,
  },
  {
    match: `${FREQUENCY} ..3 ${CONTACT_VERB}`,
    unless: [...FREQUENCY_UNLESS, ...VICTIM],
    notAfter: THIRD_PERSON,
    unlessText: AGREED,
  },
  {
    match: `${CONTACT_VERB} ..6 every/each ${FREQUENCY_AFTER_EVERY}`,
    unless: [...FREQUENCY_UNLESS, ...VICTIM],
    notAfter: THIRD_PERSON,
    unlessText: AGREED,
  },
  {
    match: `every/each ${FREQUENCY_AFTER_EVERY} ..3 ${CONTACT_VERB}`,
    unless: [...FREQUENCY_UNLESS, ...VICTIM],
    unlessText: AGREED,
  },
  { match: 'second/2nd followup/reminder/nudge/chaser/chase/ping/voicemail' },
  {
    match: 'second/2nd time/email/message/text/dm/call',
    with: CONTACT,
    unlessText: PERMISSION,
    unless: ['second+time+round/second+time+i/second+interview'],
  },
  {
    match:
      'third/fourth/fifth/sixth/seventh/eighth/ninth/tenth/{\\d+(?:st|nd|rd|th)} time/email/message/text/reminder/followup/nudge/call/dm/voicemail/attempt/try/ping/chase/chaser/one+tomorrow/tomorrow/go/shot/round/letter/pitch/visit/chance',
    notAfter: ["'s", 'her', 'his', 'their'],
  },
  { match: 'a/the third/fourth/fifth/sixth tomorrow/today/time/one' },
  {
    match: `${CONTACT_VERB} a/the third/fourth/fifth/sixth/seventh !of/party/quarter/floor/place/person/party`,
  },
  {
    match:
      'first+two/first+three/first+few/last+two/last+three ..1 email/message/text/dm/followup/call/voicemail/reminder',
  },
  {
    match:
      'two/three/four/several/multiple/many/more/few/2/3/4/extra/repeat/repeated/additional followup/reminder/nudge/chaser/ping/voicemail',
  },
  {
    match: 'more+than+one/over+one/beyond+one followup/reminder/message/email/nudge/chaser/text/dm/call/ping',
  },
  {
    match:
      'then+another/and+another/another+followup/another+reminder/another+nudge/another+chaser/yet+another/one+more+followup/one+more+reminder/last+chance+followup/last+chance',
  },
  { match: 'and+the+week+after/and+the+day+after/the+week+after+that/the+day+after+that/every+week+until' },
  {
    match: `${CONTACT_VERB} ..4 twice/thrice/three+times/repeatedly`,
    negatable: false,
    unless: ['think+twice/check+twice/twice+a+year/twice+a+month'],
  },
  // Contacts counted: "five times in one day", "a dozen times".
  {
    match: `${CONTACT_VERB} ..4 ${COUNT}/two/2 more? times`,
    negatable: false,
    unless: [
      'times+a+year/times+a+month/times+table/times+faster/times+more/times+as/times+bigger/times+better',
    ],
  },
  { match: '$refusal ..1 twice/three+times/already/before', negatable: false },
  // Blocked by them: "he blocked my number" (not one's own number hidden).
  {
    match: '$subj/have block/mute my number',
    with: CONTACT,
    unless: ['call+out/name+and+shame/expose/warn/review'],
  },
  {
    match: 'block/mute/unfollow/unfriend/unmatch/ignore/ghost me/my/the+first/first !number/caller+id',
    with: CONTACT,
    // "for ghosting me": the reason for a complaint, not a way round a block.
    notAfter: ['i', 'for'],
    // Calling out who ghosted you is publicising them, not contacting them.
    unless: [
      'call+out/call+_+out/call+_+_+out/name+and+shame/expose/warn/review/name+and/caption/public/post+on/post+in/post+about/post+everything',
      'in+the ..3 group',
    ],
  },
  {
    match:
      'new/another/second/different/other/alt/work/burner/fake/spare/old account/profile/number/email+address/handle',
    requires: ['again/once+more/one+more/$refusal'],
    unless: NOT_A_PERSON,
    unlessText: ACCOUNT_LOCKED,
  },
  {
    match: 'he/she/they have/still still? not/never answer/reply/respond/get+back/write+back/text+back',
    with: CONTACT,
    unless: ['yet'],
    unlessText: ['once/one+followup/one+polite/a+single/one+reminder/silent+no/close+it'],
  },
  {
    match:
      'facebook/insta/instagram/email/whatsapp/linkedin/twitter/sms/phone/slack/telegram/signal/tiktok/snapchat/voicemail/text',
    times: 3,
    with: CONTACT,
  },
  {
    match:
      'try+all+of+them/on+every+platform/every+channel/everywhere+i+can/all+channel/every+platform/all+her+account/all+his+account/all+her+socials/all+his+socials/all+their+socials/every+app',
  },
  {
    match:
      '$contact/reply/comment/respond/like ..2 every/each single? one? of? her/his/their ..1 post/story/tweet/video/photo/reel/comment/status',
  },
  { match: 'every/each single? one+of+her/one+of+his/one+of+their', with: CONTACT },
  // Showing up in person after being ignored: their office, outside their door.
  { match: `${SHOW_UP} ..3 ${THEIR_PLACE}`, requires: IGNORED },
  // Someone's place said by its owner: "call round to her mum's".
  {
    match: `${SHOW_UP} round/over? to his/her/their/the ..1 _ 's ,/and/then/tomorrow/tonight/every/each/until/till/after/again`,
    requires: IGNORED,
  },
  {
    match:
      'wait/camp/hang+around/lurk/loiter ..3 outside/in+reception/in+the+lobby/at+the+door/by+the+door/at+the+gate/in+the+park+lot/in+the+car+park/by+_+car/in+the+carpark',
    requires: IGNORED,
    unlessText: PLANNED,
  },
  // Reaching them from someone else's or a new line because they do not answer.
  {
    match: `${CONTACT_VERB}/call/ring ..6 from/via/on/using/through/with ${OTHER_LINE} ${LINE}`,
    requires: IGNORED,
    // Worry about family is a reason to try another phone, not pressure.
    unlessText: ['emergency/worried/worry/safe/hospital/ill/sick/accident'],
  },
  // A new or hidden account made to get past a block or silence: "make an alt", "burner tiktok".
  {
    match:
      'make/create/set+up/open/get/buy/use/start ..2 a/an? new/second/spare/burner/alt/fake/secret/different/another ..1 account/profile/number/sim/phone/handle/alt',
    requires: IGNORED,
    notAfter: THIRD_PERSON,
    unless: NOT_A_PERSON,
    unlessText: ACCOUNT_LOCKED,
  },
  {
    match: 'make/create/set+up/open/get/use ..1 an/a/another alt/burner',
    requires: IGNORED,
    notAfter: THIRD_PERSON,
    unless: NOT_A_PERSON,
    unlessText: ACCOUNT_LOCKED,
  },
  { match: `burner/alt/fake/secret/spare ${SOCIAL}/account/profile/number/sim/phone`, requires: IGNORED },
  { match: 'hide/withhold my? number/caller+id', requires: IGNORED },
  { match: 'block my number/caller+id', requires: IGNORED },
  // Contact that stops only when they give in, the contact said anywhere in the sentence.
  {
    match: `until/till/til/jab+tak he/she/they/someone ..1 ${GIVES_WAY}`,
    with: [CONTACT_VERB],
    unless: [
      'wait/hold/keep+it/keep+the/until+then/until+i+be+pay/until+i+get+pay/until+the+end/until+_+day/until+next/until+the+weekend',
    ],
    unlessText: AGREED,
  },
  // Again after a no said in other words ("she has no time for it", "he was clear").
  {
    match: `${CONTACT_VERB} ..6 again/once+more/one+more+time/a+second+time/anyway`,
    requires: REFUSED,
    unlessText: PERMISSION,
  },
  // A schedule of contacts: three weekdays, "this week and next".
  {
    match: `${WEEKDAY} ,/and ${WEEKDAY} ,? and? ${WEEKDAY}`,
    with: [CONTACT_VERB],
    unless: FREQUENCY_UNLESS,
    unlessText: AGREED,
  },
  {
    match: 'this+week+and+next/this+week+and+the+next/next+week+and+the+week+after',
    with: [CONTACT_VERB],
    unless: FREQUENCY_UNLESS,
    unlessText: AGREED,
  },
  // Messages in a row, another one after no answer, a double or triple text.
  {
    match: `${COUNT}/two/2 ..1 message/email/text/dm/call/voicemail/followup/reminder in+a+row/back+to+back`,
  },
  {
    match: 'another/one+more email/message/text/dm/call/voicemail/letter',
    requires: IGNORED,
    unlessText: PERMISSION,
  },
  { match: 'triple+text/triple+dm/triple+message/quadruple+text' },
  { match: 'double+text/double+dm/double+message', requires: IGNORED },
  // Still mailing people who opted out: "keep the emails coming", "put her on a different list".
  {
    match:
      'keep the/my/those/these/our? email/message/text/call/dm/voicemail/reminder/followup/newsletter come/flow/roll/go+out',
    requires: REFUSED,
  },
  {
    match:
      'put/add/move/sign/switch ..3 on/to/onto a/another/the different/new/other/second/separate/backup ..1 list',
    requires: ['unsubscribe/unsubscribed/opt+out/said+no/$refusal'],
  },
  // Anything kept up until they give way: "keep dropping my link until she checks it out".
  {
    match: `keep ..8 until/till/til/jab+tak he/she/they/someone/one+of+them ..1 ${GIVES_WAY}`,
    // Something kept up at them: a post, a link, a mention.
    with: ['$contact/$recontact/drop/post/link/mention/show+up/turn+up'],
    unless: [
      'wait/hold/keep+it/keep+the/keep+my/keep+a/keep+this/keep+that/keep+them/keep+calm/keep+quiet/keep+_+safe/until+then',
    ],
    unlessText: AGREED,
  },
  // Raising it again after a no: "keep bringing it up at lunch".
  { match: 'keep bring+_+up/raise+it/mention+it/bring+up', requires: REFUSED },
  // Not taking the no: "won't take no for an answer", "wear him down".
  { match: 'take+no+for+an+answer', negatable: false },
  { match: 'wear her/him/them down' },
  // A follow-up to a follow-up.
  {
    match:
      'followup/reminder/chaser/nudge to/on/of/after/about the/my/our/that/his/her/their? followup/reminder/chaser/nudge',
  },
];
