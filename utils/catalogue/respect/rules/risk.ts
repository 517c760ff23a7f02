import type { Rule } from '../rule';

// Job or safety risk: ultimatums, confidential information, strangers' addresses or meeting
// alone, anything involving minors, asking someone to break rules or laws.
// Children, also as "the kids" and school years ("the year 9s", "under 12s").
const MINOR = '$minor/year+{[1-9]s|1[01]s}/under+{[1-9]s|1[0-7]s}/under+{[1-9]|1[0-7]}';
// The same, and "the kids": only where the ask itself is the risk (photos, luring).
const KIDS = `${MINOR}/kids/children`;
// One's own family or pupils: a parent or teacher asking their child is no risk.
// Not "my neighbour's kid" (a token with an apostrophe, or a neighbour or friend, comes
// between) nor "my son's friend" (the child word is followed by "'s").
const NOT_OTHERS = "{(?!neighbo|friend|mate|colleague|coworker|boss|flatmate|roommate|ex$)[^\\s']+}";
const OWN_CHILD = [
  `my/our ${NOT_OTHERS}? ${NOT_OTHERS}? ${NOT_OTHERS}? ${NOT_OTHERS}? kid/kids/child/children/son/daughter/niece/nephew/grandson/granddaughter/brother/sister/student/pupil/own/parent/teacher/school !'s`,
  "my/our sister/brother/cousin/partner/wife/husband 's kid/kids/child/children/son/daughter",
  // "My 14 yo", "my teen".
  `my/our ${MINOR} !'s/neighbo*/fan/follower/subscriber/viewer/player/employee/worker/intern/babysitter/friend/mate/colleague/coworker/customer/client/tutee/match`,
];
// What asking a minor for this puts them at risk: photos, meeting, private channels.
const MINOR_ASK =
  'send/photo/pic/picture/selfie/address/live/meet/dm/message/channel/discord/server/snapchat/where/how+old/insta/instagram/number/come+over/my+house/my+place/my+flat/come+inside/get+in+my+car/lift/ride/photograph/film/video';
// What a minor cannot be given or asked to do.
const AGE_LIMITED =
  'serve/alcohol/booze/pint/beer/wine/vodka/cider/vape/cigarette/smoke/tattoo/gamble/bet/casino/nightclub/bar/pub/bouncer/fake+id/into+the+club/into+a+club/rum/gin/whisky/whiskey/tequila/weed/joint/spliff/cannabis/lottery+ticket/scratchcard/lager/alcopop/fag/ciggie/tobacco/rizla';
// Organisations' private data.
const PRIVATE_DATA =
  'client+list/customer+list/customer+data/client+data/user+data/payroll/salary+spreadsheet/salary+data/salary+list/staff+record/personnel+file/employee+record/employee+data/source+code/pricing+sheet/price+list/sales+figure/sales+number/unreleased/roadmap/database/contact+list/mailing+list/bonus+sheet/bonus+list/bonus+spreadsheet/salary+sheet/pay+sheet/payroll+file/hr+file';
// Other people's personal details.
const PERSONAL =
  'diagnosis/medical/health/test+result/result/record/balance/salary/payslip/password/location/address/schedule/shift/room/whereabouts/prescription/condition/history/chart/statement/bank+statement';
const ASKING_LEAVE = [
  'which/whether/what+be/if+i+be+allowed/allowed/permission/policy/ok+to/okay+to/if+i+can/can+i/may+i',
];
// Someone met online or barely known: a match, a buyer, a new face in a group.
const STRANGER = [
  '$stranger/online/i+meet+on/i+meet+through/i+meet+via/i+match+with/i+match+on/on+the+app/on+the+_+app/on+the+_+_+app/on+_+app/barely+know/hardly+know/just+meet/only+just+meet/tinder/hinge/bumble/grindr/dating+app/my+match/first+time+meet/first+time+we+meet/first+meet/first+date/never+meet+in+person/not+meet+in+person/yet+to+meet/irl/off+tinder/off+hinge/off+grindr/off+bumble/off+the+app/off+reddit/off+discord/off+insta/off+instagram/off+facebook/off+twitter/from+gumtree/off+gumtree/chat+with+on/talk+to+on',
];
// Where an ultimatum about a job is made.
const WORKPLACE =
  'boss/manager/hr/employer/company/job/work/team+lead/line+manager/director/ceo/supervisor/head+of/management/firm/office';
// Escalations held over an employer: going to the press, a regulator, a tribunal.
const ESCALATE =
  'go+to+the+paper/go+to+the+press/go+to+the+media/go+public/go+to+a+tribunal/take+it+to+a+tribunal/take+them+to+court/take+them+to+a+tribunal/take+legal+action/sue/report+the+company/put+in+my+paper';
// Going ahead with the work or the machine.
const CARRY_ON = 'work/keep/use/climb/drive/operate/open/carry+on/continue/run/go+up/go+ahead/let';
// Safety kit and checks that a job or a machine needs.
// Going without something: skipping, switching off, not bothering with.
const SKIP =
  'skip/bypass/disable/override/ignore/deactivate/disconnect/remove/tape+over/prop/wedge/turn+off/switch+off/go+without/without/not+wear/take+off/fake/not+bother+with/no+need+for/ditch/forget+about/leave+off/do+away+with';
const SAFETY =
  'safety/harness/helmet/hard+hat/second+check/second+nurse/two+person/belay/buddy+check/preflight/pre+flight/headcount/head+count/second+adult/another+adult/adult+supervision/an+adult/chaperone/lifeguard/spotter/belayer/goggles/ppe/guard/cutoff/cut+off/interlock/lockout/lock+out/tag+out/smoke+alarm/fire+alarm/fire+door/fire+exit/emergency+exit/sprinkler/guardrail/risk+assessment/seatbelt/seat+belt/life+jacket/lifejacket/training+certificate/certificate/certification/inspection/breathalyser/breathalyzer/supervision/supervisor+sign+off/guard+rail/temperature+check/temperature+log/hygiene+check/allergen/allergy+check/food+safety/hand+washing';
// A parent or guardian, whom contact with a child should go through.
const PARENT = 'parent/mum/mom/dad/mother/father/guardian/folk/family';
// Someone else's child, or a child one coaches or teaches.
const CHILD = `${MINOR}/kid/kids/son/daughter/boy/girl/child/pupil`;
// Company news or lists not yet public.
const COMPANY_SECRET =
  'layoff/redundancy/firing+list/cut+list/merger/acquisition/takeover/buyout/restructure/board+minute/{q[1-4]}/quarterly+number/quarterly+result/earnings/pricing+model/pricing+strategy';
// Pretexts: acting as someone else or as what one is not.
const PRETEXT =
  "pose+as/pretend/act+like+i/act+as+if/pass+myself+off/make+out+i+be/as+if+i/as+though+i/claim+to+be/claim+i+be/impersonat*/say+i+be+from/under+_+'s+name/in+_+'s+name";
// Someone else's name or pass used.
const OTHERS_ID = "use/borrow/with ..2 's name/login/badge/account/credential/id/pass/keycard/password";

export const RISK: readonly Rule[] = [
  // Ultimatums and threats.
  // Resigning with the condition after it: "I'll resign if they move me", "I'm leaving unless".
  {
    match:
      'i will/would? be? resign/quit/walk+out/hand+in+my+notice/hand+in+my+resignation !from/as/smoking/sugar/drinking/vaping/caffeine/social+media/gambling/alcohol/chocolate/coffee/meat/the+gym/the+team+chat ..8 if/unless',
    requires: [WORKPLACE],
  },
  {
    match: 'i will/would? be? leave/leaving/go/out/walk/off/gone ..8 unless',
    requires: [WORKPLACE],
    with: ['offer/raise/rise/pay/salary/promotion/promote/counter/match/contract/remote/hour/shift/title'],
  },
  // "I won't come back unless he apologises"; "a raise or I go to a competitor".
  {
    match: 'i ..2 not ..2 come+back/return/come+in/work/turn+up/show+up ..6 unless',
    requires: [WORKPLACE],
    unless: ['feel/better/sick/ill/well/doctor'],
    negatable: false,
  },
  {
    match:
      'or ..3 go+to/going+to/join/move+to/leave+for/jump+ship+to/take+an+offer+from/take+the+other+offer/accept+the+other+offer/walk ..3 competitor/rival/another+company/another+firm/another+job/somewhere+else/elsewhere/the+other+offer/offer',
    requires: [WORKPLACE],
  },
  // Reporting an employer to an authority, held over it.
  {
    match:
      'report ..4 regulator/police/hmrc/authority/ombudsman/labour+board/tax+office/irs/osha/acas/the+press/the+media/trading+standards/inspector/immigration',
    with: ['if/unless/or+else/or+i'],
    requires: [WORKPLACE],
  },
  // A threat of harm, spelled out or hinted.
  // "He'll regret it if he tells anyone": silencing someone.
  {
    match: 'he/she/they/$subj will/be+go+to/be+gonna/go+to regret ..1 it/this/that',
    with: ['if/unless ..3 tell/report/go+to/talk/speak/say/snitch/grass/complain'],
  },
  // The tokeniser reads a bare "hell" as "he'll".
  {
    match:
      'he/she/they/$subj will/be+go+to/be+gonna/go+to be+sorry/pay+for+it/get+what+_+deserve/get+what+be+come/get+what+_+have+come',
    with: ['if/unless/or/else'],
    unless: OWN_CHILD,
  },
  {
    match:
      'know+where ..2 kid/kids/child/children/family/wife/husband/mum/mom/daughter/son ..2 live/go+to+school/school/work/stay',
  },
  {
    match: 'watch+himself/watch+herself/watch+yourself/watch+themselves/watch+your+back',
    with: ['or/else/if/unless'],
  },
  { match: 'make ..2 life ..2 hell/he+will/miserable/misery' },
  {
    match:
      'i ..3 hurt/batter/come+for/come+after/kill/beat+up/get+back+at/ruin/destroy/end/smash/beat ..1 him/her/them/you !feeling/chance/at/in',
  },
  {
    match:
      'i ..3 post/share/send/leak/release/show/tell/expose ..4 nude/secret/affair/private/dirty+laundry/sex+tape ..6 if/unless',
    negatable: false,
  },
  {
    match: 'ultimatum/or+else/blackmail/extort/no+middle+ground/take+it+or+leave+it/now+or+never',
    // Wanting not to sound like one.
    unless: ['without+sound/not+sound/without+come+across/not+come+across/sound+like/avoid'],
  },
  // A threat made, not one reported ("a tenant threatened me", "a manager who threatened").
  {
    match: 'i/to/will/should/could/gonna/just/can/or/then threaten/intimidate',
    unless: [
      'threaten+me/threaten+us/who+threaten/be+threaten/whether/feel/come+across/seem/sound+like/accuse',
    ],
  },
  { match: '^ threaten/intimidate', unless: ['threaten+me/threaten+us'] },
  {
    match: 'make/send/issue/leave/give/drop ..2 threat',
    unless: [
      'threaten+me/threaten+us/who+threaten/be+threaten/whether/feel/come+across/seem/sound+like/accuse',
    ],
  },
  {
    match:
      'or/otherwise/else i will/be? quit/walk/leave/resign/walk+out/sue/report/be+out/be+go/be+leave/be+quit/hand/expose/go+public/go+to/post/be+do/be+done/be+through/be+finish/be+off/be+gone/be+out+of+here/quit/leave',
  },
  {
    match:
      'or+else/otherwise ,? i+will/i+be ..1 quit/walk/leave/resign/done/gone/off/out/sue/report/tell/post/expose',
  },
  { match: 'or+resignation/or+my+resignation/or+my+notice/or+i+be+resign' },
  // "A raise or my two weeks' notice", "… or I go to the papers".
  { match: 'or ..2 my ..2 notice/resignation/paper', requires: [WORKPLACE] },
  {
    match: `if/unless ..14 i will/would? be? ${ESCALATE} !conference/release/office/event/launch/briefing/team`,
    requires: [WORKPLACE],
  },
  {
    match: `i will/would? be? ${ESCALATE} !conference/release/office/event/launch/briefing/team ..10 if/unless`,
    requires: [WORKPLACE],
  },
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
      // Asked of whoever owns it.
      'ask my/the ..1 manager/boss/hr/employer/supervisor ..3 if/whether/when/how',
    ],
  },
  {
    match: PRIVATE_DATA,
    with: [
      'send/get/share/forward/leak/copy/give/slip/download/pass/sneak/export/screenshot/email/offer/sell/hand+over/pull/grab',
      'bring ..3 to',
      'take ..4 with+me',
    ],
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
  { match: 'run ..2 plate/number+plate/license+plate/licence+plate/reg+number' },
  {
    match:
      'how+much ..2 my ..1 ex/neighbor/boss/colleague/coworker/flatmate/partner/wife/husband/girlfriend/boyfriend/sister/brother/friend have/earn/make/owe/get+paid/be+worth/spend',
    with: ['bank/account/balance/payroll/record/system/look+up/check/work+at'],
  },
  {
    match: 'which+room/what+room/room+number',
    with: ['hotel/receptionist/front+desk/ex/guest/staying'],
    unless: [
      'meeting/class/exam/interview/conference/lecture/event/party/my+room/our+room/i+be+in/we+be+in/booking',
    ],
  },
  {
    match:
      'address/where ..1 of/for ..2 woman/man/girl/guy/lady/bloke/customer/passenger/patient/guest/person/model/streamer',
  },
  {
    match:
      'where/which+room/what+room/which+hotel/what+hotel/which+house/which+flat/what+flat/which+floor ..4 live/stay/sleep/be+stay/be+staying',
    // Things live somewhere too: "does anyone know where it lives?" about a guide or a setting.
    unless: ['it+live/this+live/that+live/thing+live/file+live/setting+live/doc+live/page+live'],
  },
  {
    match: 'when $subj/_ be ..1 out/away/alone/home+alone/not+home/not+in/on+her+own/on+his+own',
    // Someone's routine asked so as to come by: not a thing done while a flatmate is out.
    with: [
      'usually/normally/typically/tend+to/so+i+can/drop+round/drop+by/come+round/come+over/pop+round/pop+over/pop+in/visit/let+myself/go+round/go+over/sneak/get+in/break+in',
    ],
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
      'leak ..2 document/doc/info/information/exam/question/answer/paper/data/file/email/detail/number/memo/plan/salary/report/deck/result',
  },
  { match: 'what ..2 everyone/colleague/coworker/everybody/each+of ..4 earn/make/be+paid/get+paid/salary' },
  // What each person is paid or gets as a bonus.
  {
    match:
      'what/how+much ..3 everyone/everybody/each+person/each+of/each+member/every+person/colleague/coworker/teammate ..6 earn/make/paid/salary/get/take+home/bonus',
    with: ['bonus/salary/pay/paid/earn/wage/compensation/raise/payroll'],
    unless: ASKING_LEAVE,
  },
  // A rival's or other client's prices or contract, slipped or read out.
  {
    match:
      'other/rival/competitor/competing ..3 pricing/price/contract/quote/margin/rate+card/number/figure/term/bid',
    with: ['slip/leak/read+me/read+out/send+me/pass+me/sneak/quietly/tell+me/give+me/show+me'],
    unless: [...ASKING_LEAVE, 'compare/comparison/public/website/advertise'],
  },
  // Someone inside an institution asked to look a person up.
  {
    match:
      'friend/mate/contact/cousin/pal/buddy/guy/someone/sister/brother/uncle/aunt/bro/bestie in/at/from/on the? bank/hospital/council/police/dvla/surgery/gp/ward/accounting/finance/hr/payroll/phone+company/network/hotel/clinic/pharmacy/registry',
    with: [
      "check/look+up/look+into/pull+up/find+out/peek/send+me/tell+me/dig/see/run ..6 his/her/their/ex/tenant/neighbo*/landlord/_+'s/everyone/each+person",
      'who ..4 belong+to/register+to/own+it/own+the',
    ],
    unless: ['my+own/my+account/my+application/my+mortgage/my+loan'],
  },
  // Someone's file at work passed on: a disciplinary or personnel record.
  {
    match: 'disciplinary/grievance/personnel/hr/performance ..1 file/record/report/review/note',
    notAfter: ['my', 'our', 'own'],
    with: [
      'on/about/of/for ..2 colleague/coworker/teammate/him/her/them/boss/manager/ex/staff/employee',
      "'s ..1 disciplinary/grievance/personnel/hr/performance",
    ],
    unless: ['my+own'],
  },
  // When an ex comes and goes, asked of staff.
  {
    match:
      'when/what+time/which+day/what+day ..3 my+ex/ex ..3 come/check/arrive/leave/finish/train/work/usually/normally/get+in/be+in/be+there',
    with: [
      'receptionist/front+desk/reception/staff/gym/rota/shift/log/schedule/manager/barista/bartender/security/doorman',
    ],
  },
  // A place's records used to find a person: a visitor log, a guest list, the cameras.
  {
    match:
      'see/show/check/look/peek/get/give ..3 visitor+log/visitor+book/sign+in+sheet/sign+in+log/guest+list/booking+record/appointment+book/cctv/footage/rota',
    with: ['ex/when+he/when+she/when+they/where+he/where+she/find+out+when/what+time+he/what+time+she'],
  },
  // Patients' or clients' details photographed or posted.
  {
    match:
      'patient/client/customer/resident ..3 name/diagnosis/detail/whiteboard/chart/record/list/info/data',
    with: [
      'post/share/upload/send/screenshot/snap/pic/photo ..14 group/chat/online/story/tiktok/insta/instagram/facebook/twitter/whatsapp/meme',
    ],
  },
  { match: 'salary/pay/payslip/wage ..2 of ..2 my+colleague/everyone/my+team/coworker/colleague' },
  // Everyone's pay or bonuses shown or sent.
  {
    match:
      'bonus/bonus+pool/salary/pay/wage/compensation/payroll/raise ..3 for/of ..1 everyone/everybody/all+staff/the+whole+team/all+my+colleague/each+person/each+colleague/the+team/all+the+staff',
    with: ['show/send/leak/forward/share/let+me+know/peek/list'],
    unless: ASKING_LEAVE,
  },
  // Controlled medicines asked for beyond a prescription.
  {
    match:
      'morphine/codeine/oxycodone/oxy/diazepam/valium/xanax/tramadol/fentanyl/ketamine/adderall/ritalin/opioid/opiate/sleep+pill/benzo',
    with: [
      'spare/take+home/sell/slip/sneak/leftover/some+of+your/some+of+her/some+of+his/off+the+book/under+the+counter/without',
    ],
    unless: ASKING_LEAVE,
  },
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
      // A relative asked for their own medical history.
      'ask my ..1 mum/mom/dad/mother/father/parent/gran/grandma/grandad/sister/brother for+her/for+his/for+their ..1 medical/health/family+history',
      // A shop's or firm's address is public: for an invoice, a return, a delivery.
      'business/company/shop/store/office/registered/billing/shipping/postal/return/work/invoice/delivery ..1 address',
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
  // Company news and lists not yet public, passed on or asked for early.
  {
    match: COMPANY_SECRET,
    with: [
      // A document or list of it, or names on it: not how a restructure affects one's role.
      'list/memo/document/doc/deck/figure/number/name/plan/file/spreadsheet/minute/who+be+on/who+be+in/who+be+get/rival/competitor/leak/slip/sneak',
    ],
    unless: [
      ...ASKING_LEAVE,
      'my+own/our+own/public/publish/press+release/announce+it/present/townhall/town+hall/all+hand/presentation',
    ],
  },
  {
    match:
      'before ..3 announce/announcement/public/official/release/publish/embargo/the+board+see/anyone+see/anyone+else+see/everyone+see/it+go+out/go+out/go+live/launch',
    // Something secret passed on, not slides or an invite.
    with: [
      'forward/send/leak/tell/let+me+know/show/give/get/slip/sneak/share/pass ..8 list/memo/document/doc/deck/result/figure/number/news/detail/name/plan/email/report/layoff/redundancy',
      'sneak+peek/early+look/head+up',
    ],
    unless: ['invite/invitation/ring/engagement/pregnancy/baby/wedding'],
  },
  // Work material carried to a competitor or a new employer.
  {
    match:
      'forward/pass+on/pass/share/send/give/offer/leak/hand+over/take/bring/sell/email ..6 our/company/internal/{q[1-4]}/pricing/client/customer/deck/memo/figure/number/data/list/roadmap/model/plan/spreadsheet/file/contact/forecast/projection/financials/strategy/proposal/design/spec/source+code/customer',
    with: ['rival/competitor/new+employer/new+job/new+company/other+firm/other+company/headhunter'],
    unless: ['my+own/my+cv/my+resume/my+portfolio'],
  },
  // Work data copied to one's own storage, or taken when leaving.
  {
    match:
      'copy/download/dump/export/transfer/send/forward/email/upload/save/take/put ..6 usb/memory+stick/pen+drive/thumb+drive/hard+drive/personal/gmail/hotmail/home+computer/own+laptop',
    with: [
      'client/customer/contact/codebase/source+code/code/repo/data/database/spreadsheet/record/design/list/crm',
    ],
    unless: ['my+own+photo/my+photo/holiday/my+cv/my+resume'],
  },
  {
    match:
      'before ..3 i+leave+the+company/i+leave+the+firm/my+last+day/i+quit/i+join/i+start+at/i+move+to/i+resign/i+hand+in/i+switch+job/my+notice',
    with: [
      'copy/download/dump/export/take/forward/send/grab/save ..6 client/customer/contact/code/codebase/data/database/list/spreadsheet/design/record/crm',
    ],
  },
  // Other bidders' prices.
  {
    match: 'other+bidder/competing+bidder/competing+bid/rival+bid/rival+quote/sealed+bid',
    with: ['quote/tender/procurement/contract/rfp/supplier/vendor/submit/pitch'],
  },
  // Getting data or access under a pretext.
  {
    match: PRETEXT,
    with: [
      'admin/spreadsheet/database/record/login/password/credential/badge/keycard/salary/payroll/server+room/client+list/customer+list/personnel/employee+data',
    ],
    // Role-play and testing as a customer are practice, not a pretext.
    unless: [
      'role+play/roleplay/practice/mock/rehearse/test/qa/user+testing/mystery+shop',
      // Someone else posing as the person asking.
      'pretend+to+be+me/pose+as+me/impersonate+me/be+impersonate/act+like+me',
    ],
  },
  {
    match: OTHERS_ID,
    with: [
      'access/admin/spreadsheet/data/database/record/file/document/password/credential/badge/keycard/salary/payroll/server/system',
    ],
  },
  // Someone else's medical or patient records (not one's own).
  {
    match:
      'medical/health/patient/dental/hospital/therapy/counseling/counselling record/file/history/note/chart/result',
    notAfter: ['my', 'our', 'own'],
    unless: [
      "my/our ..2 son/daughter/kid/child/baby/mum/mom/dad/mother/father ..1 's",
      // The person asked for their own records.
      'ask my ..1 mum/mom/dad/mother/father/parent/gran/grandma/grandad/sister/brother/partner/wife/husband for+her/for+his/for+their',
      'for+my+doctor/for+my+gp/family+history/for+the+form',
      'my+own/my+medical/my+health/my+patient',
      'how+to/how+do/where+do',
    ],
  },
  // Going around safety kit, checks and certificates.
  {
    match: `${SKIP} ..3 ${SAFETY}`,
    negatable: false,
    unless: ['how+to+wear/make+sure/remember+to/always'],
  },
  // A second person's check skipped: "the second pharmacist check", "the two-person sign-off".
  {
    match: `${SKIP} ..2 second/two+person/independent/dual ..2 check/signature/sign+off/verification/countersign`,
    negatable: false,
  },
  { match: `turn/switch/take/rip/pull/leave ..3 ${SAFETY} ..1 off/out`, negatable: false },
  {
    match:
      'block/obstruct/lock+the/lock+up/chain+up/padlock/prop/wedge/stack ..4 fire+exit/fire+door/emergency+exit/escape+route/exit+door',
    negatable: false,
  },
  // Carrying on though it is not signed off or safe; drink-driving.
  {
    match:
      'even+though/even+if/although/despite/regardless ..6 unsafe/not+safe/fail+inspection/fail+_+inspection/condemn/out+of+order',
    with: [CARRY_ON],
    negatable: false,
  },
  {
    match:
      'even+though/even+if/although/despite/regardless ..6 not ..2 sign+off/inspect/certify/test/safe/pass',
    with: [CARRY_ON],
    negatable: false,
  },
  {
    match: 'drink+drive/drink+and+drive/drunk+drive/over+the+limit',
    negatable: false,
  },
  {
    match:
      'even+though/even+if/although/despite ..2 he/she/they/$subj/_ be/have ..3 drink/pint/drunk/tipsy/a+few/beer/wine/stoned/high',
    with: ['drive/lift/ride/wheel'],
    negatable: false,
  },
  // Live power and unsupported heights.
  {
    match: 'without ..2 shut/turn/switch/isolate/cut ..2 off/down',
    with: ['power/line/electric/electricity/mains/wire/circuit/machine/gas/cable/supply'],
    negatable: false,
  },
  {
    match: 'ladder/at+height/roof/scaffold/scaffolding',
    with: ['without ..3 hold/foot/footing/anyone/spotter/harness/rope/tie'],
    negatable: false,
  },
  // Let into a restricted place without a pass.
  {
    match:
      'let/buzz/sneak/swipe/wave me in/into/through/past/get+me+in/get+me+into/tailgate/piggyback/sneak+into/hold+the+door',
    with: [
      'badge/pass/clearance/keycard/key+card/authorization/authorisation/restricted/staff+only/server+room/not+allow/not+supposed/access+list/no+access/not+have+access/lab',
    ],
    unless: ['meeting/booking/membership/on+the+list'],
    negatable: false,
  },
  // Parents kept out of contact with a child: "no need to loop in the parents".
  {
    match: PARENT,
    with: [
      'leave/keep/cut ..3 out',
      'out+of+the+loop/no+need+to+loop/not+loop+in/no+need+to+tell/no+need+to+involve/not+trouble/not+involve/not+tell/without+tell/without+involve',
      'behind ..2 back',
    ],
    requires: [MINOR, "kids/children/son+'s/daughter+'s/pupil/player/squad"],
    unless: OWN_CHILD,
  },
  // Someone else's child contacted directly or privately.
  {
    match: `$contact/dm/msg/meet ..4 ${MINOR}`,
    with: ['directly/privately/private/one+on+one/one+to+one/alone/secret/behind'],
    unless: ["my/our kid/kids/child/children/son/daughter/student/pupil !'s"],
  },
  // Drink, photos, private chats for someone stated to be under age: "they're 16".
  {
    match: `they/he/she/$subj be only/just/barely/aged? {[1-9]|1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen|twelve|eleven|ten} !year/percent/%/quid/pound/buck/euro/dollar/pm/am/minute/min/hour/mile/km/pint/mph/degree/point/people/person/member/of/stop/day/week/month/minute/second/inch/foot/feet/cm/kg/stone/lb`,
    with: [AGE_LIMITED, MINOR_ASK],
    unless: OWN_CHILD,
  },
  // Photos or film of other people's children.
  {
    match: `photo/photograph/pic/picture/film/video/record/snap ..5 ${KIDS}`,
    // Taken of strangers' children, or posted.
    with: [
      'post/page/online/instagram/insta/tiktok/channel/account/without/secretly/stranger/park/beach/pool/playground/street',
    ],
    unless: [...OWN_CHILD, 'school+photo/class+photo/parent/permission/consent/photographer+for+the+school'],
  },
  // Children lured inside or into a car.
  {
    match: KIDS,
    with: ['come+inside/come+in+and+see/get+in+my+car/get+in+the+car/follow+me/see+my+puppy/see+my+kitten'],
    unless: [...OWN_CHILD, 'party/bake+sale/fair/halloween/trick+or+treat'],
  },
  // Secrets kept with a child.
  {
    match: CHILD,
    with: [
      'secret/without+tell+anyone/without+tell+anybody/not+tell+anyone/just+between+us/stay+between+us/between+you+and+me/nobody+know/no+one+know',
      'keep ..3 between+us',
    ],
    unless: [...OWN_CHILD, 'surprise/present/gift/party'],
  },
  // A child's classmates or friends added or messaged online.
  {
    match:
      "add/follow/friend/dm/msg/message/befriend/snap/text ..3 my? ..1 son/daughter/kid/child/nephew/niece 's ..1 classmate/friend/mate/teammate/pal",
    with: [
      'facebook/insta/instagram/snapchat/snap/tiktok/discord/whatsapp/dm/private/directly/secret/selfie/photo/pic/online',
    ],
  },
  // Contact with someone else's child that goes around the parents.
  {
    match: `without/skip/behind/not/bypass/go+around/leave+out/cut+out/instead+of/never ..5 ${PARENT}`,
    with: [CHILD],
    negatable: false,
    unless: ["my/our kid/kids/child/children/son/daughter/student/pupil !'s"],
  },
  // Threats to someone's person or property.
  {
    match:
      'slash/smash/torch/burn/vandalise/vandalize/trash/wreck/brick/egg ..3 $poss/the/their/your ..1 tyre/tire/window/car/house/shop/door/van/bike/fence/place/office',
  },
  { match: 'put ..2 window ..1 in', negatable: false },
  { match: 'key $poss/your car/van/motor/truck/motorbike/bike/vehicle/ride/jeep' },
  // Harm to someone's things, hinted: "his car gets keyed", "might have a little accident".
  {
    match:
      '$poss/your car/van/truck/motor/bike/motorbike/scooter/house/window/tyre/tire/shop/fence/vehicle ..3 get/end+up/be ..3 key/scratch/smash/torch/slash/trash/wreck/egg/vandalise/vandalize/damage/dent',
  },
  {
    match: 'be ..2 shame/pity if',
    with: ['$poss/your car/van/truck/bike/motorbike/house/window/shop/fence/happen/get'],
  },
  // "My boys will come round to collect if he doesn't pay."
  {
    match:
      'my ..1 boy/lad/mate/cousin/brother/friend/people/crew/guy will/be+go+to/gonna come+round/come+over/come+by/show+up/turn+up/pay+_+visit/pay+_+_+visit',
    with: ['if/unless/or/else'],
    unless: ['party/help/dinner/game/watch/film/birthday/bbq/barbecue/move/lift/tea/drink'],
  },
  {
    match: 'might/could/may/will/would ..1 have ..2 accident',
    with: ['if/unless/or'],
    negatable: false,
  },
  // "She better watch her back"; "my mates will come round and sort him out".
  {
    match:
      'better+watch+out/better+watch+it/better+watch+herself/better+watch+himself/better+watch+themselves/better+watch+her+step/better+watch+his+step/watch+her+back/watch+his+back/watch+their+back',
    with: ['if/unless/or/else/better'],
  },
  {
    match:
      'sort+him+out/sort+her+out/sort+them+out/sort+you+out/pay+him+a+visit/pay+her+a+visit/pay+them+a+visit/pay+you+a+visit',
    with: ['or/if/unless/else'],
  },
  {
    match: 'i know+where $subj/you/he/she/they park/live/sleep/drink/train',
  },
  // Holding the till or stock over a boss: "… or I'm taking the register drawer home".
  {
    match:
      'or/otherwise/else i will/be? take/taking/steal/walk+off+with/keep ..4 home/with+me/key/till/stock/laptop/drawer',
    requires: [WORKPLACE],
  },
  {
    match:
      'something/anything ..1 might/could/will/may/would/can ..1 happen ..1 to their/his/her/your/you/them/him',
    with: ['if/unless/or'],
    negatable: false,
  },
  {
    match:
      'would+be+a+shame+if/be+a+shame+if/know+where+you+live/know+where+he+live/know+where+she+live/know+where+they+live/make+him+regret/make+her+regret/make+them+regret/make+you+regret/make+him+pay/make+her+pay/make+them+pay/make+you+pay',
    // Missing someone at an event: "a shame if you couldn't come".
    unless: ['can+not/could+not/miss/make+it'],
  },
  {
    match:
      'punch/smack/slap/thump/deck/headbutt/beat+up/beat+_+up/rough+up/rough+_+up/kick+_+head/break+_+leg/break+_+nose/smash+_+face ..1 him/her/them/you/the/his/her/in+the',
    unless: ['punch+line/punchline/punch+card/punch+in/punch+out/punch+above/deck+the+hall'],
  },
  // Resigning as a threat: "if … I'm handing in my notice".
  {
    match:
      'if/unless ..14 i will/would? be? hand+in/put+in/give/tender/submit/send ..2 notice/resignation/paper',
  },
  {
    match:
      'if/unless ..14 i will/would? be? quit/resign/walk+out/look+elsewhere/leave+the+company/leave+the+job/find+another+job/start+look+for',
  },
  // Work material leaked to the press.
  {
    match:
      'send/forward/leak/give/pass/show/tip+off ..6 journalist/press/reporter/newspaper/tabloid/the+media',
    with: ['internal/screenshot/memo/slack/leak/confidential/private/document/recording'],
    unless: ['press+release/my+story/my+own'],
  },
  // Credentials for someone else's inbox or account.
  {
    match:
      'password/passcode/login/credential/access ..2 to/for/of/into ..1 $poss ..1 inbox/account/email/phone/laptop/computer/mailbox/drive',
  },
  // Unmasking who reported or complained.
  {
    match:
      'who ..2 report/complain/grass/snitch/blow+the+whistle/make+the+complaint/file+the+complaint ..2 me/my/us/our/on+me/about+me',
    with: ['find+out/tell/let+me+know/ask/name/reveal/identify/who+it+be/figure+out/dig'],
  },
  {
    match:
      'name/identity ..3 whistleblower/anonymous+complaint/anonymous+report/complainant/anonymous+reporter',
  },
  // Rules and laws.
  {
    match:
      'without ..2 badge/ticket/prescription/authorization/approval/pass/license/permit/go+through/visa/booking/sign+in/id/script/insurance/mot/qualification',
    negatable: false,
    unless: [
      'if+i+can/whether+i+can/can+i/could+i/may+i/how+to',
      // Asking whether something may be done without it.
      'over+the+counter/do+i+need/be+it+legal/be+it+safe/be+it+ok/if+it+be+legal/if+it+be+safe/if+it+be+ok',
    ],
  },
  {
    match:
      'off+the+app/off+the+book/off+the+platform/cash+only/cash+in+hand/under+the+table/under+the+counter/backhander/bribe/kickback/jump+the+queue/skip+the+line',
    // A phone or mic hidden under a real table.
    unless: ['mic/microphone/phone/recorder/tape/record/audio/capture/camera/dictaphone'],
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
    // Asking a pharmacist what is sold without a prescription is asking leave.
    unless: ['be+it+safe/if+it+be+safe/over+the+counter/legal+to/can+i+buy/do+i+need'],
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
    // Arranged through the parents: an invitation, not contact behind their backs.
    unless: [
      ...OWN_CHILD,
      `through/via/with/permission+from/check+with/ask ..2 ${PARENT}`,
      'her+party/his+party/their+party/birthday+party/playdate',
    ],
  },
  {
    match: `${MINOR} !'s/coach/teacher/club/school/parent/mom/dad/mum/football/team/class/book/friendly/safe`,
    with: [MINOR_ASK],
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
  // Where someone works, trains or goes, to turn up there.
  {
    match:
      'where/which+gym/what+gym/which+pub/which+bar/which+office/which+cafe/what+time ..3 $subj/my+ex/ex work/train/go/leave/finish/run/walk/hang+out/study/drink',
    with: ['surprise/show+up/turn+up/wait/bump+into/run+into/follow/and+when/what+time/pop+in/drop+by'],
    requires: [...STRANGER, 'ex'],
    unless: ['meeting/party/event/class+start'],
  },
  // Numbers and names of customers, patients, residents.
  {
    match:
      'home+number/mobile+number/personal+number/phone+number/contact+detail/address ..1 of/for ..2 patient/passenger/woman/girl/lady',
    unless: ['business/company/shop/office/registered'],
  },
  {
    match:
      'name/identity ..4 who+live+at/who+live+in/who+live+next/who+live+opposite/who+live+upstairs/who+live+downstairs',
  },
  {
    match:
      'what/which street/road/block/building/estate/postcode/zip+code/house+number/flat+number/apartment+number/door+number/floor ..4 $subj live/stay/be+in',
  },
  {
    match:
      'come/go/bring/invite/head/stay/sleep/crash ..4 to/over+to/round+to/back+to/over/round/back/at mine',
    requires: STRANGER,
  },
  {
    match: 'find ..3 address',
    unless: [
      'return+address/work+address/shipping/postal/business+address/company+address/billing/email+address/ip+address/web+address',
    ],
  },
  {
    match:
      'home+address/her+address/his+address/their+address/doorstep/door+step/out+of+the+house/away+from+home/home+alone/where+she+stay/where+he+stay',
    // Asked of the person themselves ("ask my friend for her address"), it is theirs to give.
    unless: [
      'ask my/our ..1 friend/mate/sister/brother/mum/mom/dad/aunt/uncle/cousin/colleague/neighbor/gran/grandma/grandad/partner/boss/manager for+her/for+his/for+their ..1 address',
      'return+address/work+address/shipping/postal/business+address/company+address/billing/email+address/ip+address/web+address',
    ],
  },
  {
    match:
      'meet/meeting/meet+up/come/go/visit/see ..6 alone/at+night/at+his+place/at+her+place/at+his+flat/at+her+flat/at+his+house/at+her+house/in+private/somewhere+private/in+my+car/in+his+car/in+her+car/just+us+two/just+we+two/just+the+two+of+us/at+my+place',
    // Meeting in a group or in public is the safe way; "instead of somewhere public" is not.
    unless: [
      'in+a+group/as+a+group/group+of/with+the+group/in+public/a+public+place/public+place/busy+place/public+spot',
    ],
  },
  {
    match:
      'invite/come/bring/meet/pick+me+up/pick+_+up/collect/drive ..10 to/at/from my flat/place/house/apartment/home/hotel/room',
    requires: STRANGER,
  },
  {
    match:
      'invite/come/go/pick+me+up/drive+me/take+me ..6 to/at/back+to his/her/their flat/place/house/apartment/home/hotel/room',
    requires: STRANGER,
    // Collecting something bought: the seller's home is where the item is.
    unless: ['collect/pick+up+the/pick+up+a/buy/sell/purchase/parcel/item/sofa/console/bike'],
  },
  {
    match: 'late+at+night/at+night/after+dark/at+midnight/alone/on+my+own/by+myself',
    with: ['meet/pick+up/pick+me+up/come+over/come+round/visit/drive/lift/ride'],
    requires: STRANGER,
    unless: ['group/public/daylight/station/busy'],
  },
  { match: 'alone+at+night/in+the+park+at+night/at+night+in+the+park' },
  // Meeting a buyer or seller alone, at night, somewhere deserted.
  {
    match:
      'midnight/at+night/late+at+night/after+dark/unlit/deserted/isolated/secluded/just+us/alone/no+one+around/behind+the',
    with: ['meet'],
    requires: [
      'buyer/seller/buy+from/sell+to/gumtree/marketplace/craigslist/ebay/vinted/depop/olx/$stranger',
    ],
    unless: ['in+a+group/in+public/public+place/daylight/busy/well+lit/police+station/police'],
  },
  {
    match: 'privately/in+private',
    with: ['my+flat/my+apartment/my+house/my+place/my+room/my+hotel/mine/my+car'],
    unless: ['my+office/therapist/doctor/lawyer/tutor/lesson'],
  },
  // Showing up at someone's home; "just us two" with someone met online.
  {
    match:
      "show+up/turn+up/rock+up/drop+by/drop+round/pop+round ..1 at/to $poss/_+'s ..1 house/home/flat/door/doorstep/place/apartment/hotel/room",
    unless: ['invite/party/for+dinner/for+the+party/landlord'],
  },
  { match: 'just+us+two/just+we+two/just+the+two+of+us', requires: STRANGER },
];
