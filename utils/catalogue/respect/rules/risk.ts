import type { Rule } from '../rule';

// Job or safety risk: ultimatums, confidential information, strangers' addresses or meeting
// alone, anything involving minors, asking someone to break rules or laws.
const MINOR = '$minor';
// One's own family or pupils: a parent or teacher asking their child is no risk.
const OWN_CHILD = [
  'my ..4 kid/child/son/daughter/niece/nephew/grandson/granddaughter/brother/sister/student/pupil/own/parent/teacher/school',
];
// What a minor cannot be given or asked to do.
const AGE_LIMITED =
  'serve/alcohol/booze/pint/beer/wine/vodka/cider/vape/cigarette/smoke/tattoo/gamble/bet/casino/nightclub/bar/pub';
// Organisations' private data.
const PRIVATE_DATA =
  'client+list/customer+list/customer+data/client+data/user+data/payroll/salary+spreadsheet/salary+data/salary+list/staff+record/personnel+file/employee+record/employee+data/source+code/pricing+sheet/price+list/sales+figure/sales+number/unreleased/roadmap/database/contact+list/mailing+list';
// Other people's personal details.
const PERSONAL =
  'diagnosis/medical/health/test+result/result/record/balance/salary/payslip/password/location/address/schedule/shift/room/whereabouts/prescription/condition/history';
const ASKING_LEAVE = [
  'which/whether/what+be/if+i+be+allowed/allowed/permission/policy/ok+to/okay+to/if+i+can/can+i/may+i',
];
const STRANGER = ['$stranger/online'];

export const RISK: readonly Rule[] = [
  // Ultimatums and threats.
  { match: 'ultimatum/or+else/blackmail/extort/no+middle+ground/take+it+or+leave+it/now+or+never' },
  { match: 'threaten/threat/intimidate' },
  {
    match:
      'or/otherwise/else i will/be? quit/walk/leave/resign/walk+out/sue/report/be+out/be+go/be+leave/be+quit/hand/expose/go+public/go+to/post/be+do/be+done/be+through/be+finish/be+off/be+gone/be+out+of+here/quit/leave',
  },
  {
    match:
      'or+else/otherwise ,? i+will/i+be ..1 quit/walk/leave/resign/done/gone/off/out/sue/report/tell/post/expose',
  },
  { match: 'or+resignation/or+my+resignation/or+my+notice/or+i+be+resign' },
  {
    match:
      'if/unless ..8 i will/be? quit/resign/walk/walk+out/hand+in/leave+the+company/sue/report/go+public/hand+in+my+notice',
  },
  // Confidential information, other people's data.
  {
    match: 'confidential/proprietary/classified/nda/insider/trade+secret',
    // A confidential survey or helpline protects the person asking.
    unless: [
      ...ASKING_LEAVE,
      'survey/feedback/helpline/hotline/counsel/counseling/counselling/advice+line/support+line/form/reporting+line/ballot',
    ],
  },
  {
    match: PRIVATE_DATA,
    with: ['send/get/share/forward/leak/copy/give/slip/download/pass/sneak/export/screenshot/email'],
    unless: [...ASKING_LEAVE, "my+own/our+own/my+team+'s/for+my+team"],
  },
  // Someone else's private details, passed on.
  {
    match: `tell/give/send/get/show/find/look+up/dig+up/check/pull+up ..4 $poss ..2 ${PERSONAL}`,
    unless: [
      'my+own/own/return+address/work+address/email+address/business+address/web+address/venue/exam+result',
    ],
  },
  {
    match:
      'look+up/find+out/trace/track+down/dig+up/search/check ..4 who+live/who+own/whose/where+_+live/where+_+stay/real+name/identity/registration/number+plate/license+plate',
  },
  {
    match:
      'where/which+room/what+room/which+hotel/what+hotel/which+house/which+flat/what+flat/which+floor ..4 live/stay/sleep/be+stay/be+staying',
    // Things live somewhere too: "does anyone know where it lives?" about a guide or a setting.
    unless: ['it+live/this+live/that+live/thing+live/file+live/setting+live/doc+live/page+live'],
  },
  {
    match: 'when $subj/_ be ..1 out/away/alone/home+alone/not+home/not+in/on+her+own/on+his+own',
    unless: ['out+of+office/out+of+the+office/away+on+holiday+and/when+they+be+out+of'],
  },
  // Signing off what was not done; lying to an authority.
  {
    match:
      'sign+off/sign/approve/certify/pass/tick+off/stamp/rubber+stamp ..6 without ..2 do/check/inspect/test/read/look/actually/see',
  },
  {
    match:
      'lie/mislead/deceive ..2 auditor/police/inspector/court/insurer/insurance/tax/hmrc/irs/customs/official/authority/immigration/judge/regulator',
  },
  { match: 'so ..3 not ..2 declare/pay+tax/report+it/put+it+through/go+through+the+book', negatable: false },
  { match: 'cash ..6 declare/tax/taxman/the+book', negatable: false },
  // Credentials: admin ones, or asked for under a pretext.
  {
    match: "admin/administrator/root/master/system/manager+'s password/login/credential/passcode",
    unless: [...ASKING_LEAVE, 'my+own/reset+my/own'],
  },
  {
    match: 'password/passcode/login/door+code/access+code/keycard/key+card/badge/pin',
    requires: ['pretend/act+like/pose/make+out/claim+to+be/say+i+be+from/as+if+i/pretext/impersonat*'],
  },
  {
    match:
      'internal/private+company/secret ..1 deck/doc/document/pricing/price/number/data/memo/report/email/figure/roadmap/strategy/file/slide/contract/plan/info/information/salary/code/source',
    unless: ASKING_LEAVE,
  },
  {
    match:
      'leak ..2 document/doc/info/information/exam/question/answer/paper/data/file/email/detail/number/memo/plan/salary/salaries/report/deck/result',
  },
  { match: 'what ..2 everyone/colleague/coworker/everybody/each+of ..4 earn/make/be+paid/get+paid/salary' },
  { match: 'salary/salaries/pay/payslip/wage ..2 of ..2 my+colleague/everyone/my+team/coworker/colleague' },
  {
    match:
      'look+up/access/check/read/go+through/snoop/log+into/log+in+to/get+into/open ..3 $poss ..2 balance/account/record/file/email/message/phone/data/detail/result/review/history/salary/payslip/password/diary/inbox/location/medical',
    unless: ['my+own/own'],
  },
  {
    match:
      'for/get $poss ..2 test+result/medical/record/balance/password/login/bank+detail/account+detail/account+number/card+number/card+detail/address/pin/credential',
    unless: [
      'ask my/our ..1 friend/mate/sister/brother/mum/mom/dad/aunt/uncle/cousin/colleague/neighbor/gran/grandma/grandad/partner/boss/manager for+her/for+his/for+their ..1 address',
    ],
  },
  {
    match:
      "colleague+'s/coworker+'s/teammate+'s/boss+'s/manager+'s/friend+'s/_+'s ..1 salary/payslip/wage/bonus/pay+slip !range/band/expectation/bracket",
  },
  {
    match:
      'password/passcode/pin/door+code/access+code/login+detail/credential/key+code ..1 of+the+other/for+the+other/to+the+other/of+another/of+someone/of+my+neighbor/of+the+flat/of+the+neighbor',
  },
  { match: '$poss password/passcode/pin/login/credential/door+code/access+code' },
  {
    match:
      "log+into/log+in+to/get+into/access ..2 shared+drive/her+account/his+account/their+account/_+'s+account/_+'s+email",
  },
  // Rules and laws.
  {
    match:
      'without ..2 badge/ticket/prescription/authorization/approval/pass/license/permit/go+through/visa/booking/sign+in/id',
    negatable: false,
    unless: ['if+i+can/whether+i+can/can+i/could+i/may+i/how+to'],
  },
  {
    match:
      'off+the+app/off+the+book/off+the+platform/cash+only/cash+in+hand/under+the+table/under+the+counter/backhander/bribe/kickback/jump+the+queue/skip+the+line',
  },
  {
    match: 'break/bend/bypass/get+around/circumvent the? rule/law/policy/system/security/check/filter',
    unless: ['break+the+ice'],
  },
  {
    match:
      'against+the+rule/against+policy/against+the+law/illegal/illegally/unlawful/smuggle/shoplift/pirate/piracy/counterfeit/launder/evade/evasion/fraud/fraudulent/forge/forgery',
  },
  { match: "open/unlock/break+into ..2 _+'s door/lock/car/locker/phone/account/house/flat/mailbox" },
  { match: 'hack+into/hack ..1 account/password/email/phone/wifi', unless: ['growth+hack/life+hack'] },
  { match: 'cheat', unless: ['cheat+sheet/cheat+code/cheat+day/cheatsheet'] },
  {
    match: 'clock+me+in/sign+me+in/clock+in+for+me/sign+in+for+me/without+a+prescription/admin+right+without',
  },
  {
    match:
      'sit/take/do/write ..3 exam/test/quiz/assignment/coursework/homework/essay ..3 for+me/under+my+login/under+my+name/as+me/in+my+place',
  },
  { match: 'customs ..5 gift/value/declare/undervalue/lower/cheap', negatable: false },
  { match: 'gift/value/declare/undervalue ..8 customs', negatable: false },
  { match: 'undervalue/underdeclare/under+declare' },
  // Minors.
  {
    match: `$contact/add/invite/meet/befriend/follow/snap/chat+with/friend/hang+out+with/play+with/video+chat/facetime ..3 ${MINOR} !'s/coach/teacher/club/school/parent/mom/dad/mum/football/team/class/training`,
    unless: OWN_CHILD,
  },
  {
    match: `${MINOR} !'s/coach/teacher/club/school/parent/mom/dad/mum/football/team/class/book/friendly/safe`,
    with: [
      'send/photo/pic/picture/selfie/address/live/meet/dm/message/channel/discord/server/snapchat/where/how+old',
    ],
    unless: OWN_CHILD,
  },
  {
    match: MINOR,
    with: [AGE_LIMITED],
    unless: ['coffee/juice/soft+drink/milkshake/water/lemonade/non+alcoholic'],
  },
  { match: "kid+'s/children+'s/kids ..2 lobby/server/game/chat/room/discord/group/stream" },
  { match: 'how+old+$subj+be/how+old+be+$subj/what+school/which+school' },
  { match: 'where ..1 go+to+school' },
  // Strangers' homes, meeting alone.
  { match: 'where ..2 $subj live/stay' },
  {
    match: 'find ..3 address',
    unless: [
      'return+address/work+address/shipping/postal/business+address/company+address/billing/email+address/ip+address/web+address',
    ],
  },
  {
    match:
      'home+address/her+address/his+address/their+address/doorstep/door+step/show+up+at/turn+up+at/out+of+the+house/away+from+home/home+alone/when+_+be+out/when+_+be+away/where+she+stay/where+he+stay',
    // Asked of the person themselves ("ask my friend for her address"), it is theirs to give.
    unless: [
      'ask my/our ..1 friend/mate/sister/brother/mum/mom/dad/aunt/uncle/cousin/colleague/neighbor/gran/grandma/grandad/partner/boss/manager for+her/for+his/for+their ..1 address',
      'return+address/work+address/shipping/postal/business+address/company+address/billing/email+address/ip+address/web+address',
    ],
  },
  {
    match:
      'meet/meeting/meet+up/come/go/visit/see ..6 alone/at+night/at+his+place/at+her+place/at+his+flat/at+her+flat/at+his+house/at+her+house/in+private/somewhere+private/in+my+car/in+his+car/in+her+car/just+us+two/just+we+two/just+the+two+of+us/at+my+place',
    unless: ['group/public'],
  },
  {
    match:
      'invite/come/bring/meet/pick+me+up/pick+_+up/collect/drive ..10 to/at/from my flat/place/house/apartment/home/hotel/room',
    requires: STRANGER,
  },
  {
    match: 'late+at+night/at+night/after+dark/at+midnight/alone/on+my+own/by+myself',
    with: ['meet/pick+up/pick+me+up/come+over/come+round/visit/drive/lift/ride'],
    requires: STRANGER,
    unless: ['group/public/daylight/station/busy'],
  },
  { match: 'just+us+two/just+we+two/alone+at+night/in+the+park+at+night/at+night+in+the+park' },
];
