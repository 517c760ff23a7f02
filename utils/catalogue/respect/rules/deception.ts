import type { Rule } from '../rule';

// Lying, pretending, posing, false claims, fake accounts and reviews, made-up excuses.
const LIE_NOUN =
  'story/excuse/reason/deadline/emergency/offer/reference/illness/alibi/backstory/client/qualification/degree/job/title/quote/identity/persona/competing/testimonial/review/diagnosis/funeral/appointment/name/number/address/company/employer/credential/award/certificate/username/handle/winner/customer';
// Speech acts and written claims: what a false statement is made with.
const SPEECH =
  'say/tell/claim/mention/email/text/write/explain/blame/vouch/refer/apologize/message/answer/reply/reach/pretend/put+on+my/put+in+my/list/cv/resume/application/profile/bio/form/insist/swear/' +
  'imply/hint/insinuate/frame/position/let+_+know/let+know/let+_+_+know/inform/notify/assure/convince/impression/headline/linkedin/pitch/draft/timesheet/time+sheet/fill+out/fill+in';
// Inherently untrue things: the words say so themselves.
const UNTRUE_ADJ = 'bogus/phony/phoney/sham/fictional+client/fictitious/counterfeit/knockoff/doctored/fudged';
// Senses where a deceptive word is the topic, not the plan: spotting, reporting, avoiding it.
const ABOUT_IT = [
  'spot/detect/identify/report/flag/recognize/recognise/avoid/catch/how+to+tell/warn/scam+email/scam+call/scam+text/scam+site/scam+link/phishing/fall+for/victim/scammer/awareness',
  // Someone else did it: the ask is about dealing with it.
  'someone/somebody/a+competitor/competitor/a+troll/troll/he/she/they leave/post/write/make/create/set+up/run/use',
  'look+into/take+down/get+_+remove/get+it+remove',
];
const ROLE_PLAY = [
  'role+play/roleplay/mock/game/rehearse/rehearsal/drill/practice/interviewer/both+pretend/we+will+pretend/let+us+pretend',
];
const FICTION = [
  'scene/script/film/sketch/novel/character/movie/screenplay/comedy/fiction/chapter/short+story/bedtime+story/detective/protagonist/villain/play+where/story+where/quiz/game/riddle/song/poem',
];

// "(it didn't, but…)" right after a claim: the text says itself that the claim is untrue.
const ILLNESS =
  'died/sick/ill/unwell/poorly/surgery/emergency/hospital/vet/funeral/die/dead/pass+away/passed+away/accident/injure/injury/operation/covid/flu/fever/temperature/migraine/food+poisoning/stomach+bug/hamstring/infection/chickenpox';
// Ways of putting a claim to someone: said outright, written, implied, framed, signed, listed.
const CLAIM_VERB =
  'say/said/tell/claim/mention/email/text/write/explain/blame/vouch/refer/apologize/message/answer/reply/reach/pretend/' +
  'imply/hint/suggest/insinuate/frame/position/present/spin/let+_+know/let+know/let+_+_+know/inform/notify/assure/convince/' +
  'impression/lead+_+to+believe/let+_+think/let+_+believe/let+_+assume/let+_+_+think/let+_+_+believe/make+it+sound/make+it+look/make+it+seem/make+out/make+up/sign/put/list/add/cv/resume/profile/bio/headline/linkedin/pitch/draft/round/introduce+myself';
const CLAIM = [CLAIM_VERB];
// Well again since, not well all along: "he's fine now", "she's fine today and back in class".
// Fine but for something small: "he's fine, just tired", "it runs fine otherwise".
const MINOR_ONLY =
  'otherwise/except/apart+from/other+than/mostly/just+tire/just+tired/just+a+bit/just+a+little/just+slightly/just+sleepy/just+need+rest/just+rest';
const RECOVERED =
  'fine+now/better+now/well+now/ok+now/okay+now/recover/fine+today/well+today/fine+again/well+again/back+in/back+at/back+to/after+the/after+her/after+his/after+their/thank';
// Made-up names that stand in for real people's, for privacy: slides, demos, tests.
const PLACEHOLDER =
  'no+real/instead+of+real/real+customer/real+people/real+user/privacy/anonymise/anonymize/anonymous/placeholder/dummy/example/demo/training+slide/training+material';
// Claims a later clause can undo: said, written down or put forward, not a mere message.
const CODA_CLAIM =
  'let+_+know/let+_+_+know/say/said/tell/claim/pretend/mention/explain/blame/insist/swear/assure/convince/inform/notify/pitch/put/list/sign/make+out/let+_+think/let+_+believe/cv/resume/profile/linkedin/bio/write/draft/word/text+_+that/text+_+_+that/text+_+_+_+that/message+_+that/message+_+_+that/email+_+that/email+_+_+that';
// What an excuse says happened: illness, a delay, a breakdown, a loss.
const EXCUSE_EVENT = `${ILLNESS}/delay/delayed/cancel/cancelled/canceled/broke/break/broken/stuck/traffic/train/flight/bus/corrupt/corrupted/crash/steal/stolen/nick/nicked/lose/lost/flood/leak/power+cut/internet/wifi/wi+fi/family+emergency/flat/flat+tyre/flat+tire/puncture/garage/breakdown/break+down/fold`;
// Doubts and feelings about one's own ask: "though I'm not sure", "even if I'm nervous".
const FEELING =
  'sure/certain/confident/nervous/anxious/afraid/scared/worried/worry/shy/mind/fancy/enjoy/interested/comfortable/ready/know+if/know+whether/know+how/know+what/know+the/know+them/know+him/know+her/remember+if/have+time/hear+back/reply/respond/answer/like+it/want+to/busy/free/available/good+at/great+at/expert/qualified/experienced';
const CONCESSIVE = 'though/although/even+though/even+tho/tho/even+if/whereas/albeit/when';
// A doubt right after the concession, not a fact that undoes the claim.
const DOUBT_AFTER = `${CONCESSIVE} ..4 ${FEELING}/talk/speak/know+each/close/see+each/hear+from/get+on/get+along/agree/usually/normally/often/much/well/my+style/my+taste/my+thing/my+color/my+size/hurt/sting/ache/never+get/never+receive/never+hear/not+get/not+receive/not+hear/i+be+not+a/i+be+not+an`;
// Courtesies are no claims: "say thank you even though we don't talk much".
const COURTESY =
  'thank/thanks/sorry/congratulate/congrats/apologize/condolence/hello/hi/goodbye/good+luck/happy+birthday/well+done/welcome/proud/appreciate/grateful/miss+you/miss+her/miss+him/love+you';
// The denial ends its clause: "it wasn't nicked.", not "it's not broken badly".
const ECHO_END = ',/really/anywhere/at+all/lol/tbh/haha/honestly/actually/though/tho/either/whatsoever';
// "free Monday but not free Tuesday", "whether or not": a contrast, not a denial.
const NOT_CONTRAST = 'but+not/and+not/or+not/if+not/whether+not/not+only/not+just/of+course+not/yet+not';
// Someone's role spoken in: "as our Head of Procurement", "as my friend's old manager".
const ROLE =
  'head/director/ceo/cfo/coo/cto/founder/partner/manager/boss/president/vp/chair/chairman/principal/dean/supervisor/owner/chief/lawyer/solicitor/doctor/police/officer/representative/rep/secretary/landlord/agent/inspector/auditor/examiner/recruiter/referee';
const POSS_ROLE = "my+_+'s/a+_+'s/her+_+'s/his+_+'s/their+_+'s/_+'s";
// Function words an echo must not be: "I'd say it will, it will not" says nothing.
const NOT_ECHO =
  '(?!(?:have|will|would|could|should|been|being|that|this|there|they|them|then|than|with|from|what|when|just|really|actually|even|ever|also|sure|know|think|want|like|mean|care|mind|need|seem|feel|much|more|make|take|work|come|going|able)\\s)';

const RULES: readonly Rule[] = [
  // Someone else lying ("in case he lies later") is no plan to deceive.
  {
    match: 'lie !down/ahead/in+bed/low/flat/in+wait',
    notAfter: ['he', 'she', 'they', 'who', 'someone', 'somebody', 'people', 'everyone', 'anyone', 'nobody'],
    // "I'd be lying if I said I wasn't nervous" owns up to a feeling; "lied about me" is done to one.
    unless: ['would+be+lie+if/be+lie+if/lie+about+me/lie+to+me/lie+about+us/lie+to+us'],
  },
  {
    match:
      'feign/porky/play+dumb/play+ignorant/play+innocent/act+dumb/bullshit+my+way/bs+my+way/blag/fib/bluff/deceive/mislead/deceptive/dishonest/dishonestly/untrue/catfish/gaslight/hoodwink/swindle/astroturf',
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
  {
    match: 'pretend',
    unless: [
      ...ROLE_PLAY,
      ...FICTION,
      ...ABOUT_IT,
      'to+myself/talk+to+her+about/talk+to+him+about/talk+to+them+about/confront/call+_+out',
    ],
  },
  { match: 'impersonate/impersonation/masquerade/pretense/pretext/false+pretense' },
  { match: 'pose+as/pass+off/act+like+i/act+as+if/pass+myself+off/pass+herself+off/pass+himself+off' },
  { match: 'pass ..6 off+as' },
  { match: 'claim that? to+be/i/we' },
  // A claim of a connection, a credential or a thing done: "claim a referral from the CTO".
  {
    match:
      'claim/fake/invent/make+up ..3 referral/recommendation/reference/connection/credential/qualification/degree/certificate/experience/award/title/endorsement/introduction/intro',
  },
  {
    match:
      'fake !data/door/test/fixture/sample/plant/fur/leather/tan/lash/user/api/response/endpoint/server/backend/stub/mock/payment+for+test/card+for+test/name+in+the+test/email+address+for+testing',
    unless: [
      'like+a+fake/a+fake+at/imposter/impostor/feel+a+fake/fake+it+till/fake+it+until/fake+it+til',
      ...ABOUT_IT,
    ],
  },
  { match: UNTRUE_ADJ, unless: ABOUT_IT },
  { match: 'false !positive/negative/alarm/start/economy/dichotomy' },
  {
    match: `make+up/invent/concoct/cook+up/dream+up/think+up/come+up+with ..3 ${LIE_NOUN}`,
    // Placeholder data that keeps real people out of slides and tests.
    unless: [PLACEHOLDER],
  },
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
  // Letting a false belief stand: "let the recruiter believe I'm still employed".
  { match: 'let ..3 believe/assume', unless: ['believe+in/believe+me'] },
  {
    match: 'let ..3 think i/we/that/my/the/it',
    unless: ['think+about/think+it+over/think+over/think+it+through'],
  },
  { match: 'make !me/us ..3 think/believe/assume', unless: ['think+twice/think+about/think+of/believe+in'] },
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
    // A table or a parcel booked under a partner's name is no disguise.
    unless: ['permission/if+i+can/whether+i+can/may+i/book/reserve/reservation/table/delivery/order+_+under'],
  },
  {
    match:
      'copy/plagiarize/steal/lift/rip+off ..9 into+my/as+my+own/as+mine/for+my+portfolio/to+my+portfolio',
  },
  { match: 'as+my+own/take+credit/taking+credit/plagiarize/plagiarism/ghostwrite+my' },
  {
    match:
      'different/multiple/several/fake/alt/burner/sock+puppet/sockpuppet/second/another/throwaway/more/extra/new/a+few/a+bunch+of/a+couple+of/two/three/four/five/ten/{\\d+} ..1 account/profile',
    // Several accounts deceive when they speak for someone who isn't there: reviews, votes,
    // posts that look like other people. A second account to reach someone is repeated contact.
    with: [
      'review/rate/rating/vote/upvote/like+my/post+about+my/comment+on+my/my+own/recommend/praise/testimonial/so+it+look/so+it+seem/as+if/as+though/someone+else/pretend/boost/hype',
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
    match: 'under/with/use ..1 make+up/fake/false/different/other/another/new name/identity',
    unless: ['pen+name/stage+name/maiden+name', PLACEHOLDER],
  },
  { match: 'tell/say/said/claim/pretend ..5 i+be+from+the/i+be+with+the/i+be+call+from/i+be+from+the' },
  { match: 'trick $obj/into/the+_+into/my+_+into/_+into' },
  {
    match: 'scam/con+$obj/con+_+into/con+my',
    notAfter: ['he', 'she', 'they', 'who', 'someone', 'somebody', 'people', 'be', 'get'],
    unless: ['pro+and+con/scam+me/scam+us/scam+my', ...ABOUT_IT],
  },
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
      '^ it/i/she/he/they/that do not !know/think/mind/understand/remember/have/want/like/care/see/get/need/follow/speak/use/look/sound/seem/appear/feel/come/embarrass/mess/offend/upset/overstep _? _? ,',
    requires: CLAIM,
    negatable: false,
  },
  { match: '^ it/she/he/they/that never', requires: CLAIM, negatable: false },
  {
    match:
      'never+happen/not+happen/not+really+happen/not+exist/not+actually+exist/not+really+exist/not+true/not+real/never+exist/be+a+lie/be+made+up/be+make+up/be+fake/not+the+case',
    negatable: false,
    unless: ['happen+again'],
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
    // "…, even though I'm only an intern" is modesty, not a claim undone.
    unless: [
      'i+be+only+a/i+be+only+an/i+be+just+a/i+be+just+an/i+be+only+_+month/i+be+only+_+year/i+be+only+_+week/it+be+only+a/it+be+only+an/it+be+just+a/it+be+just+an',
    ],
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
      '^ she/he/it/they be absolutely/totally/perfectly/completely/actually/really? fine/healthy/alive/well/ok/okay !with/now',
    requires: [ILLNESS],
    negatable: false,
    // "…, he's fine now": better since, not well all along.
    unless: [RECOVERED, MINOR_ONLY],
  },
  {
    match:
      'lol/tbh/haha/lmao/jk/ngl she/he/it/they be absolutely/totally/perfectly/completely/actually/really? fine/healthy/alive/well/ok/okay !with/now',
    requires: [ILLNESS],
    negatable: false,
    // "…, he's fine now": better since, not well all along.
    unless: [RECOVERED, MINOR_ONLY],
  },
  {
    match:
      '^ she/he/it/they be work/run absolutely/totally/perfectly/completely/actually/really? fine/perfectly/ok/okay/normally',
    requires: [`${CLAIM_VERB} ..8 ${EXCUSE_EVENT}`],
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
    match: 'it/she/he/they/that be actually/really for/my/just/me/from/the+same/a+holiday/with',
    negatable: false,
  },
  { match: '^ really/actually it/she/he/i be', negatable: false },
  { match: 'when i be/do/have not yet? ,', negatable: false },
  { match: 'when i/we never', requires: CLAIM, negatable: false },
  // "…, when it was me": the blame put on someone else.
  {
    match: 'when/but/though/although it be me/us/actually+me/really+me/my+fault',
    requires: CLAIM,
    negatable: false,
  },
  // An alibi: "cover for me and say I was with her".
  {
    match: 'cover+for+me/cover+for+us/back+up+my+story',
    with: ['say/tell/pretend/claim/if+_+ask/story/alibi/i+be+with'],
  },
  // The real state beside the claimed one: "…, it's nowhere near done".
  {
    match: '^ it/that/he/she/they be nowhere+near/not+even+close/far+from',
    requires: CLAIM,
    negatable: false,
  },
  // Bigger than the truth: "so brands think I'm bigger than I am".
  {
    match: '{\\S+er}/more+_ than i/we/it/they really/actually? be/do/have ,',
    with: ['think+i+be/think+we+be/believe+i+be/believe+we+be/look/seem/sound/appear/pretend/make+out/claim'],
    negatable: false,
  },
  {
    match:
      'when i/we have/do not even/yet/actually? start/finish/begin/submit/pay/write/do/touch/open/send/post',
    requires: CLAIM,
    negatable: false,
  },
  // The real figure beside the claimed one: "…, it's closer to 35k".
  {
    match: '^ it/that be actually/really closer/nearer/more+like/barely/less+than',
    requires: CLAIM,
    negatable: false,
  },
  {
    match: 'though/although/even+though i be perfectly/completely/totally? fine/well/healthy',
    negatable: false,
  },
  { match: 'which/that ..1 do/be/have not ,', requires: CLAIM, negatable: false },
  { match: 'fault ..3 even+though/though/when+it+be/when+i', negatable: false },
  { match: 'though/although/but i/it/she/he/they do/be/have not? ,', requires: CLAIM, negatable: false },
  { match: 'even+though/even+if/although/though ..2 it+be+me', negatable: false },
  {
    match:
      'nobody/no+one will/have+to/need+to/would/can/should/ever? check/know/notice/find+out/verify/ever+know/ever+check/figure+out/realize/realise/suspect/work+out/trace/guess/twig/clock/catch+on',
    negatable: false,
  },
  {
    match: 'before $subj notice/find+out/realize/check/catch+on',
    negatable: false,
    // Clipping or posting before someone notices is publicising, not a lie.
    unless: ['clip/screenshot/record/post/share/upload/leak/download/save'],
  },
  { match: 'hope $subj/nobody not/never notice/find+out/check', negatable: false },
  { match: 'sort+of/kind+of/technically/half/basically/almost/more+or+less true', negatable: false },
  // The text undoes its own claim: a negated echo of the claimed word ("say my laptop was
  // nicked … it wasn't nicked", "say I'm allergic, I'm not allergic").
  {
    match: 'not/never',
    requires: [
      `${CLAIM_VERB} ..15 {(?<!not\\s|never\\s)${NOT_ECHO}([a-z]\\S\\S\\S+)} ..25 not/never actually/really/even/exactly? {\\1} ${ECHO_END}`,
    ],
    unless: [NOT_CONTRAST],
    negatable: false,
  },
  {
    match: 'not/never',
    requires: [
      `${CLAIM_VERB} ..15 {(?<!not\\s|never\\s)${NOT_ECHO}([a-z]\\S\\S+)} ..25 not/never/do+not/even actually/really/even? have/own/hold a/an/any {\\1} ${ECHO_END}`,
    ],
    unless: [NOT_CONTRAST],
    negatable: false,
  },
  // A concession after a claim: "…, though I never cleared the exams", "although the client
  // never mentioned a date", "even if it was only my idea", "although I'm only the intern".
  {
    match:
      'though/although/even+though/even+tho/tho/even+if/whereas/albeit i/there/we/the+_/my+_/our+_/the+_+_/none/nobody/no+one be/do/have/would/will/can/could/get/ever? not/never/already/really/actually/in+fact/barely/honestly/truthfully/closer/nearer/more+like',
    requires: CLAIM,
    unless: [DOUBT_AFTER, COURTESY],
    negatable: false,
  },
  // "…, though I'm (only) a senior associate" undoes a claimed role, not an honest ask
  // ("email the CEO even though I'm only an intern"): only after a role or status is claimed.
  {
    match:
      'though/although/even+though/even+tho/tho/even+if/whereas/albeit i be only/just/merely/actually/really? a/an/the/only/just/merely',
    requires: [
      `as+a/as+an/as+the/as+our/as+my/as+their/that+i+be+a/that+i+be+an/that+i+hold/that+i+have+a/i+be+a/i+be+an/cv/resume/headline/profile/bio/linkedin/application ..12 ${CONCESSIVE}`,
    ],
    unless: [DOUBT_AFTER, COURTESY],
    negatable: false,
  },
  // Speaking in a role, then saying one has another: "reply as the building manager, I'm just
  // a neighbour".
  {
    match: '^ i be just/only/merely/actually/really/in+fact a/an/the/my/their',
    requires: [`as+the/as+our/as+a/as+an ..2 ${ROLE}`],
    negatable: false,
  },
  // "…, even tho I just left late" beside a named excuse.
  {
    match: 'though/although/even+though/even+tho/tho/even+if/whereas i just/only/simply',
    requires: [`${CLAIM_VERB} ..8 ${EXCUSE_EVENT}`],
    unless: [DOUBT_AFTER, COURTESY],
    negatable: false,
  },
  {
    match:
      'though/although/even+though/even+tho/tho/even+if/whereas/albeit it/that/this be/do/have/would/will/can/could/get/ever? not/never/be+still/already/really/actually/in+fact/honestly/truthfully/closer/nearer/more+like/only+my/only+me/just+my/just+me/mine',
    requires: CLAIM,
    unless: [DOUBT_AFTER, COURTESY],
    negatable: false,
  },
  {
    match:
      'though/although/even+though/even+tho/tho/even+if/whereas she/he/they be/do/have? only/actually/really/in+fact/merely/closer/nearer/more+like',
    requires: CLAIM,
    unless: [DOUBT_AFTER, COURTESY],
    negatable: false,
  },
  // "…, when in fact I overslept", "when it's really next month", "when it's closer to 8k".
  {
    match: 'when/whereas/while in+fact/honestly/actually/really/truthfully/in+reality/the+truth/truth+be',
    requires: CLAIM,
    negatable: false,
  },
  {
    match:
      'when/whereas it/i/there/that/this/we/the+_/my+_/our+_ be/do/have? really/actually/only/merely/closer/nearer/more+like/already/in+fact/honestly/truthfully/just+me/only+me/just+us/only+us/just+my/only+my',
    requires: CLAIM,
    unless: [DOUBT_AFTER],
    negatable: false,
  },
  // A bare denial after the claim: "there isn't one really", "none have", "nobody did but…",
  // "I don't actually have one".
  { match: '^ there be not/no one/any/such ,/really/actually', requires: CLAIM, negatable: false },
  {
    match: '^ none/nobody/no+one/neither have/do/be/did/exist/really/actually ,/but/really/actually/tbh/lol',
    requires: CLAIM,
    negatable: false,
  },
  { match: '^ i/we do not actually have/own/hold/know/work/live/go', requires: CLAIM, negatable: false },
  // The real reason, told beside the excuse: "I just overslept", "I just don't fancy going".
  {
    match:
      'i just/actually/really/honestly/simply? overslept/oversleep/sleep+in/slept+in/procrastinate/skive/be+lazy/be+hungover/hungover/leave+late/do+not+fancy/do+not+feel+like/can+not+be+bother/could+not+be+bother/do+not+want+to/need+a+day+off/want+a+day+off/want+a+lie+in/do+not+start/have+not+start/not+start/never+start/have+not+begin/do+not+do+it/have+not+do+it/do+not+finish/have+not+finish',
    requires: [`${CLAIM_VERB} ..8 ${EXCUSE_EVENT}`],
    negatable: false,
  },
  {
    match: '^ i only/barely/never/technically/drop+out/fail/quit ..6 lol/tbh/tho/haha/lmao/ngl/tbf ,',
    requires: CLAIM,
    negatable: false,
  },
  // Still where the claim says they left off: "I have shifted city … I'm still staying here",
  // "I hold the certification … I'm still preparing for the exam".
  {
    match:
      '^ i be? still prepare/study/stay/staying/live/sit/take/pursue/revise/work+towards/wait+for+my/here/there',
    requires: [
      `${CLAIM_VERB} ..6 i+hold/i+have+shift/i+have+move/i+have+relocate/i+have+finish/i+have+complete/i+have+pass/i+have+qualify/i+be+certified/i+be+qualified/certification/certified/degree/qualification/move+abroad/move+away/relocate`,
    ],
    negatable: false,
  },
  // A denial of the move the excuse claims: "I'm not going anywhere".
  {
    match: '^ i? be? not actually/really? go/move/leave/relocate anywhere',
    requires: CLAIM,
    negatable: false,
  },
  // Passing off the old as current: "a photo that's ten years old, say it's recent".
  {
    match: 'say/claim/pretend/tell/make+out ..4 be recent/current/new/up+to+date/from+this+year',
    requires: ['old/ago/outdated/last+year/year+old/from+{(?:19|20)\\d\\d}'],
  },
  // Claiming a concession status to get its price: "say I'm a student to get the student rate".
  {
    match:
      'say/tell/claim/pretend/act+like/make+out ..3 i+be+a/i+be+an/i+be+still+a/i+be+still+an ..2 student/senior/pensioner/veteran/nurse/teacher/resident/local/member/staff/employee/carer/disabled/nhs/keyworker/key+worker/first+time/newcomer',
    with: ['to+get/so+i+get/so+they+give/so+i+can+get/so+they+let/so+i+pay'],
    // …and the text says it isn't so any more: "graduated 3 yrs ago tho".
    requires: [
      'ago/used+to/not+anymore/any+more/no+longer/graduated/graduate/retired/expired/lapsed/technically/tho/though/lol',
    ],
  },
  // Speaking as someone else: "sign the email as our Head of Procurement", "acting as my
  // friend's old manager".
  {
    match: `sign/sign+off/act/pose ..4 as the/our/a/an/${POSS_ROLE} ..2 ${ROLE}`,
    unless: ['as+the+new/as+your/as+the+only'],
  },
  {
    match: `write/reply/respond/email/message/text/post/call/ring/phone ..4 as our/${POSS_ROLE} ..2 ${ROLE}`,
  },
  // Making up a happening: "make up that my flight got cancelled".
  { match: 'make+up/invent/fabricate/concoct/cook+up that/how/a+reason/an+excuse/some+excuse' },
  // Framing a request as something it is not: "frame it as though the CEO asked".
  {
    match:
      'frame/present/word/phrase/spin/dress+up/position/pitch/make+it+sound/make+this+sound/make+it+look ..4 as+if/as+though/like+it+be/like+it+come/like+it+have/like+the+ceo/like+my+boss/like+the+boss/like+the+_+come/like+the+_+be+from/like+_+come+from',
    unless: [
      'as+if+you/as+though+you/like+you/as+if+to/as+if+for/as+though+to/as+though+for/as+if+talk/as+if+speak/as+if+explain',
    ],
  },
  // Leaving an impression that isn't so: "give the investor the impression that…".
  {
    match:
      'give/create/leave/build ..3 the+impression+that/an+impression+that/the+illusion/an+illusion/the+appearance+that/false+impression/the+idea+that',
  },
  // Altered documents and figures: "a payslip where I edited the salary upwards".
  {
    match:
      'edit/alter/change/tweak/adjust/modify/photoshop/doctor/bump/nudge ..3 salary/income/grade/score/date/amount/figure/number/total/mark/balance/follower/view/subscriber ..1 up/upward/upwards/higher/lower/down/downwards',
  },
  {
    match:
      'photoshop/doctor/edit/alter/change ..4 payslip/pay+slip/bank+statement/receipt/transcript/certificate/passport/license/sick+note/doctor+note/id+card/reference+letter',
    with: ['so/to+get/to+make/accept/approve/before+send/and+send/upward/higher'],
  },
  {
    match:
      'round my/our ..2 follower/subscriber/view/user/customer/sale/revenue/number/figure/stat/metric/experience up/upwards',
  },

  // ---- A claim, then a later clause that says it isn't so (ordered: the claim comes first).
  // The thing claimed broken, ill or damaged is fine: "car's fine", "it arrived perfect".
  {
    match:
      "^ _ _? be/'s/arrive/come/run/work/look/be+run/be+work/be+running/be+working absolutely/totally/perfectly/completely/actually/really? fine/perfect/alive/mint/spotless/ok/okay/okey/healthy/normal/normally/on+time/as+usual !with/now/thank",
    requires: [
      `${CODA_CLAIM} ..12 ${EXCUSE_EVENT}/scratch/scratched/damage/damaged/dent/stale/faulty/defective/broken/crack/pass/bereavement/strike/cancel ..40 ^ _ _? be/'s/arrive/come/run/work/look`,
    ],
    unless: [RECOVERED, MINOR_ONLY],
    negatable: false,
  },
  {
    match:
      'alive+and+well/alive+and+kick/nothing+be+actually+wrong/nothing+be+really+wrong/nothing+wrong+with',
    requires: [
      `${CODA_CLAIM} ..40 alive+and+well/alive+and+kick/nothing+be+actually+wrong/nothing+be+really+wrong/nothing+wrong+with`,
    ],
    unless: [COURTESY, RECOVERED],
    negatable: false,
  },
  // Nothing of the kind exists: "there is no other finalist", "he has said no such thing".
  {
    match: 'no+such+thing/nobody+else+have/no+one+else+have/nobody+else+be/no+one+else+be',
    requires: CLAIM,
    negatable: false,
  },
  { match: '^ there be no other/such _ _? ,', requires: CLAIM, negatable: false },
  // Subjectless, in text-speak: "…, never took the exam", "never saw a doctor".
  {
    match:
      '^ never even? take+the/take+an/take+any/sit/pass/see+a+doctor/see+a+gp/see+the+doctor/see+a+dentist/visit/apply/attend/sign+up/register/set+foot/enrol/enroll/qualify/graduate/graduated',
    requires: [
      `${CODA_CLAIM}/note/certificate ..40 ^ never even? take+the/take+an/take+any/sit/pass/see+a+doctor/see+a+gp/see+the+doctor/see+a+dentist/visit/apply/attend/sign+up/register/set+foot/enrol/enroll/qualify/graduate/graduated`,
    ],
    negatable: false,
  },
  // Posing as a stranger from a second account, whoever is reached: "make an alt … acting like a random".
  {
    match: 'alt/burner/second+account/alt+account/burner+account/new+account/fake+account',
    with: ['act+like/pretend/as+a+random/like+a+random/like+some+random/like+i+be/as+if+i+be/pose+as'],
  },
  // "…, never took the exam", "we never signed up", "I never even applied there".
  {
    match:
      '^ i/we/she/he/they/nobody/no+one have? never/not even? sit/apply/sign+up/register/attend/pass/book/submit/visit/enrol/enroll/qualify/graduate/graduated',
    requires: [
      `${CODA_CLAIM}/note/certificate ..40 ^ i/we/she/he/they/nobody/no+one have? never/not even? sit/apply/sign+up/register/attend/pass/book/submit/visit/enrol/enroll/qualify/graduate/graduated`,
    ],
    negatable: false,
  },
  {
    match:
      '^ they/she/he/it/we/i have/do not even/actually? reply/respond/answer/approve/agree/confirm/sign/accept/read/open/start/finish/apply/buy/register/speak/hear/decide/buy/use/try/see yet/at+all/lol/tbh/anything/it/even? ,',
    requires: [
      `${CODA_CLAIM} ..40 ^ they/she/he/it/we/i have/do not even/actually? reply/respond/answer/approve/agree/confirm/sign/accept/read/open/start/finish/apply/buy/register/speak/hear/decide/buy/use/try/see`,
    ],
    unless: [COURTESY],
    negatable: false,
  },
  // The truth, said after the claim: "actually I just forgot", "really i just want to play".
  {
    match:
      '^ actually/really/honestly/truthfully/tbh/ngl/in+reality i/we just/only/simply/actually/really? have+not/have+never/do+not/never/be+not/forget/forgot/want/fancy/eat/use/overslept/oversleep/leave/skip/miss/do+not/can+not/be+lazy/be+just/be+only',
    requires: [`${CODA_CLAIM} ..40 ^ actually/really/honestly/truthfully/tbh/ngl/in+reality i/we`],
    unlessText: [COURTESY],
    negatable: false,
  },
  {
    match:
      '^ it/that/they be really/actually/in+fact {\\d+}/more+like/only/just+me/just+us/closer/nearer/on/my/mine/end/next/later/due/until/after',
    // …after a claim made to get something: "…so she'll take the call. it's really 4 days in office".
    requires: [`${CODA_CLAIM} ..15 so/to+get/to+make ..40 ^ it/that/they be really/actually/in+fact`],
    negatable: false,
  },
  {
    match:
      '^ i be really/actually/in+fact on+a/on+zero/on+minimum/on+benefit/on+part/on+probation/on+a+temp/just+a/just+an/only+a/only+an',
    requires: [`${CODA_CLAIM} ..40 ^ i be really/actually/in+fact`],
    unless: [DOUBT_AFTER],
    negatable: false,
  },
  {
    match: '^ it/that be just/only me/us/my/mine',
    // …after a claim of size: a chain, a team, four locations.
    requires: [
      `${CODA_CLAIM} ..10 team/chain/company/agency/staff/location/store/office/branch/employee/firm/big/large/{\\d+} ..40 ^ it/that be just/only`,
    ],
    negatable: false,
  },
  // Still there, still on the job: "they're still there", "I still got my job".
  {
    match:
      '^ they/she/he/it/we/i be? still there/here/around/alive/valid/active/open/employed/next+door/together/married/have/get/work',
    requires: [
      `${CODA_CLAIM} ..12 move+out/move+away/leave/gone/quit/die/pass+away/close/fix/repair/sell/break+up/split/divorce/lay+off/laid+off/fire/retire/expire/lose+my+job/redundant`,
    ],
    negatable: false,
  },
  // Run out: "tell the garage my warranty's still valid … it ran out in May".
  {
    match: '^ it/that/mine run+out/expire/lapse/end',
    requires: [`${CODA_CLAIM} ..8 still+valid/still+active/still+good/still+in/valid/in+date`],
    negatable: false,
  },
  // Only pretending to know: "claim fluent German, I know zero".
  {
    match: '^ i know/speak zero/nothing/none/barely/hardly/like+two/a+few+word',
    requires: [`${CODA_CLAIM}/cv/resume/linkedin ..8 fluent/proficient/native/bilingual/expert/advanced`],
    negatable: false,
  },
  // The real role under the claimed one: "put 'managed a team' on my resume? I was the intern".
  {
    match:
      '^ i be just/only/actually/really? the/a/an intern/junior/assistant/trainee/temp/volunteer/apprentice/placement+student',
    requires: [`cv/resume/linkedin/profile/application/bio/${CLAIM_VERB} ..30 ^ i be`],
    negatable: false,
  },
  // One meeting passed off as a deal: "we had one call with a buyer, that's it".
  {
    match: '^ we/i only? have/do/get one/a+single ..6 that+be+it/that+be+all',
    requires: CLAIM,
    negatable: false,
  },
  // False scarcity or rivals: "only 2 spots left … there are like 30 open", "we've got unlimited".
  {
    match:
      '^ there/we/i/they be/have/get/have+get like/actually/really/still/easily? {\\d+}/plenty/load/lot/unlimited/ton/heap/six/ten/dozen/hundred/thousand',
    requires: [
      `${CODA_CLAIM} ..12 only+{\\d+}/only+get+{\\d+}/only+have+{\\d+}/only+have+get+{\\d+}/only+a+few/only+one/last+one/leave/left/remaining/sold+out/sell+out/discontinue/out+of+stock/no+more/book+up/fully+book/other+people+want/someone+else+want/other+finalist/other+buyer/other+offer/another+offer ..40 ^ there/we/i/they`,
    ],
    negatable: false,
  },
  // Instead of owning up: "tell them I'm injured rather than admit I'm not fit".
  {
    match: 'rather+than/instead+of admit/confess/own+up/come+clean/tell+the+truth/say+the+real',
    requires: CLAIM,
    negatable: false,
  },
  // Let go, then a nicer story: "I'll say the company folded, even though I was let go".
  {
    match: `${CONCESSIVE} i/we be/get fire/sack/let+go/lay+off/dismiss/kick+out/expel/reject/turn+down`,
    requires: CLAIM,
    unless: [COURTESY, 'honest/honesty/the+truth'],
    negatable: false,
  },
  // Newlyweds for the perks: "it's our honeymoon … we've been married nine years".
  {
    match: 'be+marry/be+married ..2 year/decade/age/forever',
    requires: ['honeymoon/newlywed/just+marry/just+married/just+get+marry/just+get+married'],
    negatable: false,
  },
  // Sounding believable about a claim.
  { match: 'sound/seem/look/come+across/make ..3 believable/plausible', unless: FICTION },
  { match: 'believable/plausible/convincing excuse/story/lie/reason/alibi', unless: FICTION },
  // Speaking as oneself someone else: "say I'm my wife".
  {
    match:
      'say/tell/claim/pretend/make+out ..3 i+be+my/that+i+be+my wife/husband/partner/mum/mom/mother/dad/father/brother/sister/son/daughter/boss/manager/friend/flatmate/roommate/cousin/gran/grandma/grandad',
  },
  // Claiming a role to be let in or handed something.
  {
    match: `say/tell/claim/pretend/make+out ..4 i+be+the/i+be+a/i+be+an/i+be+on+the/i+be+part+of/i+be+with+the ..2 ${ROLE}/organiser/organizer/press/journalist/reporter/staff/crew/security/vip/band/artist/photographer/influencer/official/contractor/inspector`,
    with: [
      'so+_+let/so+_+give/so+_+hand/so+i+get/so+i+can+get/so+_+pick/so+_+choose/to+get/let+me+in/get+in/backstage/free/discount/skip/access',
    ],
  },
  // Someone else's card or pass for their perks: "use my cousin's staff badge for the discount".
  {
    match:
      "use/borrow/show/flash/take ..4 's ..1 badge/pass/card/id/membership/railcard/ticket/login/student+card/staff+card/student+id/staff+id/nhs+card",
    with: ['discount/price/rate/deal/get+in/entry/free/cheap/concession/so+i+get/to+get+the'],
    unless: ['permission/if+i+can/whether+i+can/may+i'],
  },
  // Making it look like other people: alts, burners, sockpuppets, reviews by non-buyers.
  { match: 'sockpuppet*/sock+puppet*' },
  {
    match:
      'alt/burner/second+account/alt+account/burner+account/gmail+account/new+account/second+insta/second+instagram/second+twitter/second+tiktok/second+reddit/fake+insta/finsta',
    with: [
      'so+_+think/so+the+_+think/so+people+think/agree/upvote/hype/review/rate/star/own+post/own+thread/own+shop/own+stream/own+business/own+comment/my+own/like+i+be/act+like/as+if/random/pretend/snipe',
    ],
    unlessText: ['$refusal'],
  },
  {
    match:
      'like/as+if/as+though/as i+be? just? some/a random/regular/ordinary/independent/unaffiliated/happy/satisfied/genuine/real customer/user/fan/buyer/stranger/guy/person/reviewer',
    with: ['my+own/burner/alt/account/profile/review/comment/post/hype/stream/reddit/forum'],
  },
  {
    match:
      'review/testimonial/rating/star/feedback ..6 as+if/as+though/pretend/even+though+they/although+they/when+they+have+not/when+they+never/who+have+not+buy/never+buy/never+use/never+try/never+stay/never+visit',
    negatable: false,
  },
  {
    match: 'account/profile ..12 glow/5+star/five+star/rave/star',
    with: ['few/multiple/several/fake/burner/gmail/different/new/own'],
    unlessText: ['$refusal'],
  },
  // Altered screenshots and statements: "an edited analytics screenshot", "change the name to mine".
  {
    match:
      'edit/doctor/photoshop/fake/alter/tweak/fudge ..2 screenshot/analytics/stat/statistic/dashboard/metric/insight',
    with: ['send/show/so/to+get/sponsor/brand/bump/boost/inflate/investor/client'],
  },
  {
    match:
      'change/swap/edit/alter/replace ..3 name/date/amount/figure/detail ..3 to+mine/to+my/with+mine/with+my/for+mine',
    with: ['statement/payslip/receipt/certificate/letter/proof/transcript/invoice/document/bill/ticket'],
  },
  {
    match:
      'viewer/viewership/engagement/reach/impression/like/follower/subscriber/view ..2 bump/pump/inflate/boost up?',
    with: ['edit/doctor/photoshop/fake/alter/screenshot'],
  },
  // Padding an insurance or compensation claim.
  {
    match:
      'so/to ..3 pay+out+more/pay+me+more/pay+more/bigger+payout/higher+payout/more+compensation/bigger+refund/more+money+back',
    with: [CLAIM_VERB],
  },
  // Owning up to not having done it yet: "I haven't paid it yet lol", "we haven't even packed it".
  {
    match:
      '^ i/we have/do not even/actually/really? pay/pack/ship/post/fix/do/write/start/send/book/finish/submit/touch/open/read/apply it/them/that/anything/any? yet/at+all/lol/tbh/haha/ngl? lol/tbh/haha? ,',
    requires: [`${CODA_CLAIM} ..40 ^ i/we have/do not`],
    negatable: false,
  },
  // Nobody is interested after a claim that others are: "literally no one has asked".
  {
    match:
      '^ literally/actually/honestly? nobody/no+one have/be even? ask/message/enquire/inquire/bid/offer/show+interest/express+interest/want/interested',
    requires: [`${CODA_CLAIM} ..10 other/else/people/buyer/bidder/offer ..40 nobody/no+one`],
    negatable: false,
  },
  // Moved away from where the claim says one lives: "we moved out last year".
  {
    match:
      '^ i/we/she/he/they actually/really? move+out/move+away/leave/relocate ..4 ago/last/year/month/since',
    requires: [`${CODA_CLAIM} ..6 live/reside/be+base/still+live/catchment/address`],
    negatable: false,
  },
  // The damage or the fault was one's own: "the scratch happened in the car park, I did it myself".
  {
    match: '^ i/we do/cause/break/scratch/dent/drop/smash/crack it/that myself/ourselves',
    requires: [
      `${CODA_CLAIM} ..12 happen/cause/damage/scratch/dent/break/broken/crack/vandal/someone/hit/bump/smash`,
    ],
    negatable: false,
  },
  {
    match: '^ it/that be actually/really? our/my/me/us/mine',
    requires: [
      `${CODA_CLAIM} ..10 cause+by+their/their+fault/blame/because+of+their/due+to+their/on+their+end/on+their+side/their+server/their+side ..40 ^ it/that be`,
    ],
    negatable: false,
  },
  // A claimed age, then the real one: "say my kid is 11 so he gets in free, he's 14".
  {
    match: "^ he/she/they/i be/'s actually/really/already? {\\d+}",
    // …a different number from the one claimed.
    requires: [
      `${CODA_CLAIM} ..6 be/turn/age/under/only {(\\d+)} ..30 ^ he/she/they/i be/'s actually/really/already? {(?!\\1\\b)\\d+}`,
    ],
    negatable: false,
  },
  // A deadline that isn't one: "say the discount ends at midnight … we run it all month".
  {
    match:
      '^ we/i/they actually/really/honestly? run/keep/have/do/offer it/that/them/the+_ all+month/all+year/year+round/every+week/every+month/all+the+time/permanently/forever/constantly',
    requires: [
      `${CODA_CLAIM} ..12 end/expire/last+chance/final/deadline/limited/today+only/midnight/tonight/go+up/increase ..40 ^ we/i/they`,
    ],
    negatable: false,
  },
  // "…, claiming it never arrived when it did".
  {
    match: 'when/though/even+though/but it/she/he/they do/did ,',
    requires: [`${CODA_CLAIM} ..12 never/not ..20 when/though/even+though/but it/she/he/they do/did ,`],
    unless: [COURTESY],
    negatable: false,
  },
  // More than the truth: "tell the bank I earn double what I really make".
  {
    match: 'double/triple/twice/more+than/less+than/half ..3 what/than i/we really/actually/truly',
    negatable: false,
  },
  // Someone else's name on a document: "write my own reference and sign my old boss's name".
  {
    match: "sign/forge/copy/put ..4 's name/signature/initial",
    unless: ['$permission/ask+the+school/ask+if/ask+whether/allow'],
    with: [
      'reference/letter/form/document/cheque/check/contract/note/permission/slip/consent/application/timesheet/report',
    ],
  },
  // Someone else doing one's test or attendance on one's login.
  {
    match: 'log+in+as+me/login+as+me/sign+in+as+me/log+into+my/use+my+login/on+my+account/with+my+login',
    with: ['test/exam/quiz/assessment/module/course/training/attendance/register/timesheet/clock'],
    unless: ['$permission/own+account/shared'],
  },
];

// Being asked to deceive and wanting to say no, or someone else's lie to clear up: no plan to
// deceive, whatever words it shares.
const NOT_MY_LIE = [
  'ask/want/tell/pressure/push/expect me+to ..12 say+no/refuse/decline/push+back/not+comfortable/uncomfortable/turn+_+down/out+of+it',
  'clear+it+up/clear+this+up/clear+thing+up/clear+the+air/clear+my+name/set+the+record+straight/correct+the+record/defend+myself',
  'someone/somebody/people/account/user/scammer/he/she/they/troll ..3 pretend+to+be+me/impersonate+me/pose+as+me/pretend+to+be+my/impersonate+my/pose+as+my',
];

export const DECEPTION: readonly Rule[] = RULES.map((rule) => ({
  ...rule,
  unlessText: [...(rule.unlessText ?? []), ...NOT_MY_LIE],
}));
