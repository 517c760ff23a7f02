import type { Rule } from '../rule';

// Job or safety risk: ultimatums, confidential information, strangers' addresses or meeting
// alone, anything involving minors, asking someone to break rules or laws.
const MINOR =
  '{[1-9]|1[0-7]}+year+old/{[1-9]|1[0-7]}+yo/{[1-9]|1[0-7]}+yr+old/{[1-9]|1[0-7]}+y+o/teen/teenager/teenage/minor/child/kid/schoolgirl/schoolboy/underage/under+age/under+18/under+16/young+girl/young+boy/little+girl/little+boy/preteen/tween/middle+schooler/high+schooler';
const ASKING_LEAVE = [
  'which/whether/what+be/if+i+be+allowed/allowed/permission/policy/ok+to/okay+to/if+i+can/can+i/may+i',
];
const STRANGER = [
  'never+meet/stranger/from+facebook/from+the+forum/from+discord/from+online/online/from+the+internet/from+the+app/from+tinder/from+reddit/from+instagram/from+twitter/i+meet+online/from+the+server',
];

export const RISK: readonly Rule[] = [
  // Ultimatums and threats.
  { match: 'ultimatum/or+else/blackmail/extort/no+middle+ground/take+it+or+leave+it/now+or+never' },
  { match: 'threaten/threat/intimidate' },
  {
    match:
      'or i will? quit/walk/leave/resign/walk+out/sue/report/be+out/be+go/be+leave/be+quit/hand/expose/go+public/go+to/post',
  },
  { match: 'or+resignation/or+my+resignation/or+my+notice/or+i+be+resign' },
  {
    match:
      'if/unless ..8 i will/be? quit/resign/walk/walk+out/hand+in/leave+the+company/sue/report/go+public/hand+in+my+notice',
  },
  // Confidential information, other people's data.
  { match: 'confidential/proprietary/classified/nda/insider/trade+secret', unless: ASKING_LEAVE },
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
    match: `$contact/add/invite/meet/befriend/follow/snap/chat+with/friend/hang+out+with/play+with ..3 ${MINOR} !'s/coach/teacher/club/school/parent/mom/dad/mum/football/team/class`,
    unless: ['my ..1 kid/child/son/daughter/niece/nephew/student/pupil/own'],
  },
  {
    match: `${MINOR} !'s/coach/teacher/club/school/parent/mom/dad/mum/football/team/class/book/friendly/safe`,
    with: [
      'send/photo/pic/picture/selfie/address/live/meet/dm/message/channel/discord/server/snapchat/where/how+old',
    ],
    unless: ['my ..1 kid/child/son/daughter/niece/nephew/student/pupil/own/parent/teacher/school'],
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
    unless: [
      'return+address/work+address/shipping/postal/business+address/company+address/billing/email+address/ip+address/web+address',
    ],
  },
  {
    match:
      'meet/meeting/meet+up/come/go/visit/see ..6 alone/at+night/at+his+place/at+her+place/at+his+flat/at+her+flat/at+his+house/at+her+house/in+private/somewhere+private/in+my+car/in+his+car/in+her+car/just+us+two/just+we+two/just+the+two+of+us/at+my+place',
    unless: ['group/public'],
  },
  { match: 'invite/come/bring/meet ..10 to/at my flat/place/house/apartment/home/hotel', requires: STRANGER },
  { match: 'just+us+two/just+we+two/alone+at+night/in+the+park+at+night/at+night+in+the+park' },
];
