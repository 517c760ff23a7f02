import type { Rule } from '../rule';

// Lying, pretending, posing, false claims, fake accounts and reviews, made-up excuses.
const LIE_NOUN =
  'story/excuse/reason/deadline/emergency/offer/reference/illness/alibi/backstory/client/qualification/degree/job/title/quote/identity/persona/competing/testimonial/review/diagnosis/funeral/appointment/name/number/address/company/employer/credential/award/certificate';
const ROLE_PLAY = [
  'role+play/roleplay/mock/game/rehearse/rehearsal/drill/practice/interviewer/both+pretend/we+will+pretend/let+us+pretend',
];
const FICTION = ['scene/script/film/sketch/novel/character/movie/screenplay/comedy/fiction/chapter'];

// "(it didn't, but…)" right after a claim: the text says itself that the claim is untrue.
const ILLNESS = 'sick/ill/surgery/emergency/hospital/vet/funeral/die/dead/accident/injure/injury/operation';
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
  { match: 'pretend', unless: [...ROLE_PLAY, 'to+myself'] },
  { match: 'impersonate/impersonation/masquerade/pretense/pretext/false+pretense' },
  { match: 'pose+as/pass+off/act+like+i/act+as+if/pass+myself+off/pass+herself+off/pass+himself+off' },
  { match: 'pass ..3 off+as' },
  { match: 'claim/said that? to+be/i/we/he/she' },
  {
    match:
      'fake !data/door/test/fixture/sample/plant/fur/leather/tan/lash/user/api/response/endpoint/server/backend/stub/mock/payment+for+test/card+for+test/name+in+the+test/email+address+for+testing',
    unless: ['like+a+fake/a+fake+at/imposter/impostor/feel+a+fake'],
  },
  { match: 'false !positive/negative/alarm/start/economy/dichotomy' },
  { match: `make+up/invent/concoct/cook+up/dream+up/think+up/come+up+with ..3 ${LIE_NOUN}` },
  { match: 'sob+story/cover+story/white+lie' },
  { match: 'make ..3 think/believe/assume', unless: ['think+twice/think+about/think+of/believe+in'] },
  {
    match:
      'so+it+look/so+it+seem/make+it+look/make+it+seem/make+it+appear/look+like+someone+else/look+like+it+come+from',
  },
  { match: 'as+though/as+if i/i+be/i+have/we/we+be/i+already', negatable: false },
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
    unlessText: ['again/once+more/one+more/$refusal'],
  },
  { match: 'review/reviews/testimonial ..2 of+my+own/for+my+own/about+myself/for+myself' },
  { match: 'tell/say/said/claim/pretend ..5 i+be+from+the/i+be+with+the/i+be+call+from/i+be+from+the' },
  { match: 'trick $obj/into/the+_+into/my+_+into/_+into' },
  { match: 'scam/con+$obj/con+_+into/con+my', unless: ['pro+and+con'] },
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
    match: 'never+happen/not+exist/not+actually+exist/not+really+exist/not+true/not+real/never+exist',
    negatable: false,
  },
  { match: '^ i still have/work/live/be/own', requires: CLAIM, negatable: false },
  { match: '^ she/he/it/they be fine/healthy/alive/well !with', requires: [ILLNESS], negatable: false },
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
