import type { Rule } from '../rule';

// Lying, pretending, posing, false claims, fake accounts and reviews, made-up excuses.
const LIE_NOUN =
  'story/excuse/reason/deadline/emergency/offer/reference/illness/alibi/backstory/client/qualification/degree/job/title/quote/identity/persona/competing/testimonial/review/diagnosis/funeral/appointment/name/number/address/company/employer/credential/award/certificate';
// Speech acts and written claims: what a false statement is made with.
const SPEECH =
  'say/tell/claim/mention/email/text/write/explain/blame/vouch/refer/apologize/message/answer/reply/reach/pretend/put+on+my/put+in+my/list/cv/resume/application/profile/bio/form/insist/swear';
// Inherently untrue things: the words say so themselves.
const UNTRUE_ADJ = 'bogus/phony/phoney/sham/fictional+client/fictitious/counterfeit/knockoff/doctored/fudged';
// Senses where a deceptive word is the topic, not the plan: spotting, reporting, avoiding it.
const ABOUT_IT = [
  'spot/detect/identify/report/flag/recognize/recognise/avoid/catch/how+to+tell/warn/scam+email/scam+call/scam+text/scam+site/scam+link/phishing/fall+for/victim/scammer/awareness',
];
const ROLE_PLAY = [
  'role+play/roleplay/mock/game/rehearse/rehearsal/drill/practice/interviewer/both+pretend/we+will+pretend/let+us+pretend',
];
const FICTION = [
  'scene/script/film/sketch/novel/character/movie/screenplay/comedy/fiction/chapter/short+story/bedtime+story/detective/protagonist/villain/play+where/story+where/quiz/game/riddle/song/poem',
];

// "(it didn't, but…)" right after a claim: the text says itself that the claim is untrue.
const ILLNESS =
  'sick/ill/unwell/poorly/surgery/emergency/hospital/vet/funeral/die/dead/pass+away/passed+away/accident/injure/injury/operation/covid/flu';
const CLAIM = [
  'say/said/tell/claim/mention/email/text/write/explain/blame/vouch/refer/apologize/message/answer/reply/reach/pretend',
];

export const DECEPTION: readonly Rule[] = [
  { match: 'lie !down/ahead/in+bed/low/flat/in+wait' },
  {
    match:
      'fib/bluff/deceive/mislead/deceptive/dishonest/dishonestly/untrue/catfish/gaslight/hoodwink/swindle/astroturf',
  },
  {
    match:
      'fabricate/falsify/forge/backdate ..3 signature/document/note/letter/reference/receipt/certificate/id/payslip/record/date/timesheet/result/data/number/sick+note/doctor+note/' +
      LIE_NOUN,
  },
  {
    match:
      'exaggerate/inflate/embellish/pad/overstate ..2 my/the/our ..1 experience/skill/number/figure/salary/result/title/role/grade/score/metric/cv/resume/qualification/degree/sale/revenue',
  },
  { match: 'pretend', unless: [...ROLE_PLAY, ...FICTION, 'to+myself'] },
  { match: 'impersonate/impersonation/masquerade/pretense/pretext/false+pretense' },
  { match: 'pose+as/pass+off/act+like+i/act+as+if/pass+myself+off/pass+herself+off/pass+himself+off' },
  { match: 'pass ..3 off+as' },
  { match: 'claim that? to+be/i/we' },
  // A claim of a connection, a credential or a thing done: "claim a referral from the CTO".
  {
    match:
      'claim/fake/invent/make+up ..3 referral/recommendation/reference/connection/credential/qualification/degree/certificate/experience/award/title/endorsement/introduction/intro',
  },
  {
    match:
      'fake !data/door/test/fixture/sample/plant/fur/leather/tan/lash/user/api/response/endpoint/server/backend/stub/mock/payment+for+test/card+for+test/name+in+the+test/email+address+for+testing',
    unless: ['like+a+fake/a+fake+at/imposter/impostor/feel+a+fake', ...ABOUT_IT],
  },
  { match: UNTRUE_ADJ, unless: ABOUT_IT },
  { match: 'false !positive/negative/alarm/start/economy/dichotomy' },
  { match: `make+up/invent/concoct/cook+up/dream+up/think+up/come+up+with ..3 ${LIE_NOUN}` },
  { match: 'sob+story/cover+story/white+lie' },
  // Making something up, spinning a story: a fabrication told to get something.
  {
    match: 'make+something+up/make+stuff+up/make+it+up/make+up+something/make+up+some/make+up+a/make+up+an',
    with: ['so/to+get/to+skip/to+leave/to+avoid/to+dodge/to+miss/to+make/excuse/about/because'],
    unless: FICTION,
  },
  {
    match: 'spin/feed/give/tell ..3 story/yarn/tale/line !about+how+he+meet',
    with: ['so/to+get/about/that'],
    unless: [...FICTION, 'true+story/real+story/honest'],
  },
  { match: 'spin/feed ..2 a+yarn/a+tale/a+line/a+story' },
  {
    match: 'exaggerate/embellish/overstate/overclaim/overexaggerate',
    unless: ['not+to+exaggerate/do+not+exaggerate'],
  },
  {
    match:
      'fudge/massage/doctor/tweak/cook/juice ..2 number/figure/book/expense/result/data/timesheet/hour/stat/metric/report/account/receipt',
  },
  // Calling in sick when not, or as someone else: the excuse is the act.
  {
    match: 'call/phone/ring/throw/pull in? sick/a+sickie/a+sicky',
    unless: ['if+i+be+sick/when+i+be+sick/when+sick/policy/how+to'],
  },
  {
    match:
      '$contact/write/sign/post ..4 as+my/as+her/as+his/as+their dad/mum/mom/father/mother/parent/boss/manager/doctor/gp/lawyer/teacher/landlord/wife/husband/partner/brother/sister/employer/lecturer',
  },
  { match: 'make+out i/that/like/we' },
  { match: 'act/behave like/as+if/as+though i/i+be/we+be/i+work/i+have' },
  { match: 'make ..3 think/believe/assume', unless: ['think+twice/think+about/think+of/believe+in'] },
  {
    match:
      'so+it+look/so+it+seem/make+it+look/make+it+seem/make+it+appear/look+like+someone+else/look+like+it+come+from',
  },
  {
    match:
      'as+though/as+if i/i+be/i+have/we/we+be/i+already/he+be/she+be/they+be/it+be+from/he+have/she+have/they+have',
    negatable: false,
    unless: ['feel+as/look+as+if+it/seem+as/sound+as'],
  },
  {
    match:
      "use/under/with/sign+up+with/log+in+as/borrow ..3 's name/login/account/email/identity/id/photo/detail/card/credential/number/voice",
    unless: ['permission/if+i+can/whether+i+can/may+i'],
  },
  {
    match:
      'copy/plagiarize/steal/lift/rip+off ..9 into+my/as+my+own/as+mine/for+my+portfolio/to+my+portfolio',
  },
  { match: 'as+my+own/take+credit/taking+credit/plagiarize/plagiarism/ghostwrite+my' },
  {
    match:
      'different/multiple/several/fake/alt/burner/sock+puppet/sockpuppet/second/another/throwaway ..1 account/profile',
    // Several accounts deceive when they speak for someone who isn't there: reviews, votes,
    // posts that look like other people. A second account to reach someone is repeated contact.
    with: [
      'review/rate/rating/vote/upvote/like/post/comment/recommend/praise/testimonial/so+it+look/so+it+seem/as+if/as+though/someone+else/pretend/boost/hype',
    ],
    unlessText: ['again/once+more/one+more/$refusal'],
  },
  { match: 'fake/burner/sock+puppet/sockpuppet ..1 account/profile/email/identity', unless: ABOUT_IT },
  { match: 'review/testimonial ..2 of+my+own/for+my+own/about+myself/for+myself' },
  {
    match:
      'review/rating/testimonial ..4 my+own/my+dad+_/my+mum+_/my+friend+_/my+partner+_/my+sister+_/my+brother+_',
    with: ['fake/make+up/under/as+if/pretend/burner/different+name/other+name/another+name/alt'],
  },
  {
    match: 'under/with/use ..1 make+up/fake/false/different/other/another/new name/names/identity',
    unless: ['pen+name/stage+name/maiden+name'],
  },
  { match: 'tell/say/said/claim/pretend ..5 i+be+from+the/i+be+with+the/i+be+call+from/i+be+from+the' },
  { match: 'trick $obj/into/the+_+into/my+_+into/_+into' },
  { match: 'scam/con+$obj/con+_+into/con+my', unless: ['pro+and+con', ...ABOUT_IT] },
  { match: 'prank', unless: FICTION },
  { match: 'hide/conceal the+fact/that+i/my+mistake/the+mistake' },
  { match: 'cover+up/cover+it+up' },
  { match: 'cheat', unless: ['cheat+sheet/cheat+code/cheat+day/cheatsheet'] },
  { match: 'blame !myself/me', unless: ['who+be+to+blame/not+to+blame/blame+culture'] },
  { match: 'clock+me+in/sign+me+in/clock+in+for+me/sign+in+for+me' },
  {
    match:
      'sit/take/do/write ..3 exam/test/quiz/assignment/coursework/homework/essay ..3 for+me/under+my+login/under+my+name/as+me/in+my+place',
  },
  { match: 'customs ..5 gift/value/declare/undervalue/lower/cheap', negatable: false },
  { match: 'gift/value/declare/undervalue ..8 customs', negatable: false },
  { match: 'undervalue/underdeclare/under+declare' },
  // The text contradicts its own claim.
  {
    match: '^ it/i/she/he/they/that/this/we do/be/have/would not really? ,/but/exist',
    requires: CLAIM,
    negatable: false,
  },
  {
    match:
      '^ it/i/she/he/they/that do not !know/think/mind/understand/remember/have/want/like/care/see/get/need/follow/speak/use _? _? ,',
    requires: CLAIM,
    negatable: false,
  },
  { match: '^ it/she/he/they/that never', requires: CLAIM, negatable: false },
  {
    match:
      'never+happen/not+happen/not+really+happen/not+exist/not+actually+exist/not+really+exist/not+true/not+real/never+exist/be+a+lie/be+made+up/be+make+up/be+fake/not+the+case',
    negatable: false,
  },
  // "…, I've actually got it", "when nobody did", "when it's more like one": the text
  // undoes its own claim.
  { match: '^ i/i+have/i+be/i+do actually/secretly/in+fact', requires: [SPEECH], negatable: false },
  {
    match: 'when nobody/no+one/nothing/none/noone/neither do/be/have/would/will/ever/actually/really',
    requires: [SPEECH],
    negatable: false,
  },
  {
    match: 'when/but/though it/he/she/they/i be/do/have ..1 more+like/only/really/actually/in+fact/myself',
    requires: [SPEECH],
    negatable: false,
  },
  { match: 'when/but/though i ..2 myself/actually/in+fact', requires: [SPEECH], negatable: false },
  {
    match: 'in+reality/truth+be/truth+is/the+truth+be',
    requires: [SPEECH],
    negatable: false,
    unless: ['tell+the+truth/honest'],
  },
  { match: '^ i just do/be/have not ..2 ,', requires: [SPEECH], negatable: false },
  {
    match: '^ i/i+have/she/he/they have? never ..1 meet/speak/talk/work/be/use/study/finish/hear/see/do',
    requires: ['claim/refer/recommend/vouch/say/tell/mention/pretend/put+on/cv/resume/profile'],
    negatable: false,
  },
  { match: '^ i still have/work/live/be/own', requires: CLAIM, negatable: false },
  {
    match:
      '^ she/he/it/they be absolutely/totally/perfectly/completely/actually/really? fine/healthy/alive/well/ok/okay !with',
    requires: [ILLNESS],
    negatable: false,
  },
  // An excuse of illness or loss, told to get something.
  {
    match: `say/tell/claim/email/text/message/write/blame ..5 ${ILLNESS}/sick+note`,
    with: [
      'so+_+can/so+_+will/so+_+would/so+_+let/so+_+give/so+_+accept/so+i/so+they/so+she/so+he/so+that/to+get/to+skip/to+leave/to+dodge/to+avoid/to+miss/to+get+out/excuse',
    ],
    unless: ['when+i+be+really/when+i+be+actually/honest'],
  },
  {
    match: '^ i be at/actually/really/just',
    requires: ['that+i+be+ill/that+i+be+sick/i+be+ill/i+be+sick/i+have+be+ill/i+have+be+sick'],
    negatable: false,
  },
  {
    match: 'it/she/he/they/that be actually/really for/my/just/me/from/the+same/a+holiday',
    negatable: false,
  },
  { match: '^ really/actually it/she/he/i be', negatable: false },
  { match: 'when i be/do/have not ,', negatable: false },
  {
    match: 'though/although/even+though i be perfectly/completely/totally? fine/well/healthy',
    negatable: false,
  },
  { match: 'which/that ..1 do/be/have not ,', requires: CLAIM, negatable: false },
  { match: 'fault ..3 even+though/though/when+it+be/when+i', negatable: false },
  { match: 'though/although/but i/it/she/he/they do/be/have not? ,', requires: CLAIM, negatable: false },
  { match: 'even+though/even+if/although/though ..2 it+be+me', negatable: false },
  { match: 'nobody/no+one will? check/know/notice/find+out/verify/ever+know/ever+check', negatable: false },
  { match: 'before $subj notice/find+out/realize/check/catch+on', negatable: false },
  { match: 'hope $subj/nobody not/never notice/find+out/check', negatable: false },
  { match: 'sort+of/kind+of/technically/half/basically/almost/more+or+less true', negatable: false },
];
