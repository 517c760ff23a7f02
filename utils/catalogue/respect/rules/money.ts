import type { Rule } from '../rule';

// Asking people for money: loans, gifts, donations to oneself, someone else's credit.
// Not a discount or refund a company owes, nor one's own pay.
const AMOUNT = '$amount';
// What a gift of money pays for: bills, debts, one's own costs.
const COST =
  'bill/rent/debt/fee/fine/tuition/loan/card/credit+card/phone+bill/tab/share/expense/deposit/flight/ticket/holiday/trip/wedding/car/repair/vet+bill/medical+bill/grocery/petrol/gas/laptop/course/fare/bus+fare/train+fare/taxi/cab/uber/ride+home';
// Money owed for work, or owed back: asking for it is fair.
const OWED = [
  'client/customer/invoice/owe/owed/back/wage/salary/fee/rate/refund/deposit+back/for+the+work/for+the+job/overdue',
];
const LENDER = ['bank/lender/mortgage/credit+union/business+loan/student+loan/payment+plan'];
const EMPLOYER = [
  'employer/budget/company/insurance/insurer/policy/training/expense/work/scholarship/grant/benefit',
];

// Giving to a cause, not to oneself.
const CHARITY = [
  'charity/food+bank/shelter/hospice/in+memory/fundraiser+for+the/for+the+local/appeal/cancer/red+cross/animal+rescue/sponsor+me+for/for+my+run/for+my+marathon/for+my+walk/for+my+swim/for+my+ride/sponsored',
];
// Whom one asks in public for money: an audience, strangers.
const AUDIENCE =
  'follower/viewer/fan/subscriber/stranger/ppl/people/chat/audience/random/passerby/passer+by/commuter/mutual/folk/discord/stream/community/internet';
// Asked of a person, not a bank; not pay, a refund or a price.
const NOT_A_HANDOUT = [
  ...LENDER,
  'discount/refund/raise/salary/rate/fee/invoice/deposit/compensation/price/reimbursement/payment+plan/budget',
  // Money off a price: "a fiver off"; money back is a refund.
  '$amount off',
  '$amount back/money+back',
  'knock ..3 off',
];

// Someone else asking, and the person asking how to answer or stop it: no money asked.
const REPORTED = [
  'how+do+i+say+no/how+to+say+no/how+do+i+turn+down/how+do+i+decline/how+do+i+refuse/say+no+when/turn+_+down',
  'ask+him+to+stop/ask+her+to+stop/ask+them+to+stop/tell+him+to+stop/tell+her+to+stop/a+quiet+word/have+a+word+with',
];

const RULES: readonly Rule[] = [
  {
    match: `lend/loan/pinjam me/us/_+me ..2 ${AMOUNT}/some/{[£$€]?\\d\\S*}/a+bit/a+little/until/till/for+the+rent/for+rent`,
    // A thing lent, not money: "lend me her car until Sunday".
    unless: [
      ...LENDER,
      'me/us her/his/their/your/the/a car/bike/laptop/phone/charger/book/jacket/dress/van/drill/ladder/console/tent',
    ],
  },
  { match: 'loan+of/a+loan/for+a+loan/small+loan/quick+loan/personal+loan', unless: LENDER },
  { match: `borrow ..3 ${AMOUNT}` },
  {
    match: `send/give/transfer/wire/pay/throw/sort me/us ..3 ${AMOUNT}/a+few/something/anything/some`,
    // "Send me some pics": something other than money is asked for.
    unless: [
      ...OWED,
      '$photo/pic/photo/spicy/link/info/detail/notes/recipe/tip',
      // Something sexual asked in exchange for a favour: not money.
      'steamy/sexy/naughty/nsfw/x+rated/racy/saucy/dirty/revealing/explicit/in+exchange/in+return',
    ],
  },
  // A payment handle put where followers see it.
  { match: '$payapp ..4 bio/profile/story/caption/description/pinned/stream/overlay/link+in' },
  {
    match: `$payapp ..1 link/handle/detail/username/qr/page/account/campaign/fundraiser`,
    with: ['ask/post/share/send/dm/message/for/help/donate'],
  },
  {
    match: `lend/loan/borrow/use ..3 credit+card/debit+card/bank+card/card+detail/card`,
    with: ["her/his/their/your/_+'s/me"],
    unless: [
      'library+card/key+card/sim+card/sd+card/business+card/birthday+card',
      // Asked to use her own card herself.
      'to+use+her/to+use+his/to+use+their',
    ],
  },
  // Giving to "me": a donation, a whip-round, a contribution for one's own ends.
  {
    match:
      'donate/donation/chip+in/pitch+in/contribute/sponsor/support+me ..6 so+i/so+that+i/for+my/for+me/to+my/to+me/to+help+me/my+rent/my+bill/so+i+can/toward+my/towards+my/toward+me/towards+me',
    unless: [
      'charity/food+bank/shelter/fundraiser+for+the/in+memory/for+my+run/for+my+marathon/sponsor+me+for',
    ],
  },
  {
    match: `help/help+me/help+out with/towards/toward/pay ..2 ${COST}`,
    with: ['ask/dm/message/text/post/beg/stranger/follower/anyone/people'],
    unless: [...EMPLOYER, 'split/halve/half/budget/how+to/advice/plan'],
  },
  // An audience asked to cover one's costs: "beg viewers to cover rent".
  {
    match: `cover/pay/pay+for/fund/foot ..2 ${COST}`,
    with: [`beg/${AUDIENCE}`],
    unless: [...EMPLOYER, 'split/halve/half/budget/how+to/advice/plan/my+share/our+share'],
  },
  // A story told to an audience so it pays: "my PC died and I need help replacing it".
  {
    match: 'help ..2 replace/afford/pay+for/cover/fund ..2 my/it/me/mine',
    with: [AUDIENCE],
    unless: [
      'employer/company/insurance/insurer/budget/grant/scholarship/advice/recommend/choose/pick/which',
    ],
  },
  {
    match: 'crowdfund/crowdsource/kickstarter/whip+round/beg+for/passing+the+hat/pass+the+hat',
    unless: [
      "for+the+team/for+_+leaving/for+a+colleague/leaving+present/charity/for+_+'s/gift/present/card/baby+shower/birthday/wedding/retirement/collection",
    ],
  },
  {
    match: `buy/get ..1 me/us ..3 a/an/the/my/some/new/food/lunch/dinner/drink/drinks/coffee/meal/something/stuff/thing`,
    with: [
      'follower/viewer/stranger/subscriber/fan/people/ppl/everyone/discord/chat/stream/anyone/random/group/member/server/community/online/internet/mutual/folk',
    ],
    unless: ['coffee+chat/a+coffee+and+talk/drink+and+talk'],
  },
  {
    match: 'venmo/paypal/cashapp/cash+app/revolut/zelle/monzo me/us/_+me/transfer/payment',
    unless: ['pay+the+invoice/invoice'],
  },
  { match: 'gift+me/treat+me+to' },
  // Gift cards and vouchers bought or sent for oneself.
  {
    match:
      'buy/get/send/gift/grab ..1 me/us ..3 gift+card/giftcard/voucher/steam+card/steam+gift/itunes/google+play/amazon+card/psn+card/xbox+card',
    unless: ['for+my+birthday/for+christmas/for+my+mum/for+my+dad/for+her/for+him/for+the+team'],
  },
  // Others made to send money: "so they send some money over", "followers chip in a few quid".
  {
    match: `send/transfer/wire/give/lend/donate/chip+in/pitch+in/kick+in/throw+in/contribute ..3 ${AMOUNT}/a+few+quid/a+few+buck/whatever+they+can/what+they+can/whatever+you+can/anything+they+can`,
    with: [
      'so/get/make/ask/convince/persuade/guilt/until/dm/message/text/beg/post/tell ..6 they/them/people/ppl/follower/friend/everyone/viewer/fan/subscriber/stranger/member/folk/mutual',
      'follower/viewer/fan/subscriber/stranger/ppl/folk/mutual/my+way',
    ],
    // A whip-round for someone else's gift is no money asked for oneself.
    unless: [...OWED, ...CHARITY, "leaving/gift/present/collection/for+_+'s"],
  },
  { match: 'fund/finance/bankroll/sponsor/subsidize my/me', unless: [...EMPLOYER, ...CHARITY] },
  {
    match: `pay+for+my/pay+my/pay+off+my/clear+my+debt/cover+my/cover+the+cost+of+my/foot+the+bill ..2 ${COST}`,
    unless: EMPLOYER,
  },
  {
    match:
      'chip+in+for+my/chip+in+for+me/chip+in+to+my/pitch+in+for+my/contribute+to+my/donate+to+my/donate+to+me/donation+for+my/donation+for+me/for+donation/gofundme/go+fund+me/crowdfund/crowdfunding/fundraiser+for+my/patreon/kofi/ko+fi/spare+change/spare+some',
    unless: CHARITY,
  },
  // One's own tip jar, not a tip left in someone else's.
  {
    match: 'tip+jar',
    with: ['my/our/link/stream/bio/profile/page/follower/viewer/fan/subscriber/chat/discord/overlay'],
    unless: ['in+the+tip+jar/in+their+tip+jar/barista/staff/waiter/bartender/busker'],
  },
  // Money sent "my way" or thrown "towards my" costs.
  { match: `${AMOUNT}/a+few+buck/a+few+quid/some+cash/a+bit/something ..2 my+way/our+way` },
  {
    match: `throw/chuck/bung/put/kick/pitch/chip ..3 ${AMOUNT}/in/something/a+bit/a+little ..2 toward+my/towards+my/toward+me/towards+me/toward+our/towards+our`,
  },
  // An audience told a story "so they chip in".
  {
    match:
      'so/get/ask/make/convince/persuade ..4 they/them/people/ppl/folk/follower/viewer/fan/subscriber/everyone/stranger/chat/mutual ..2 chip+in/pitch+in/kick+in/donate/contribute/throw+in',
    requires: [`${AUDIENCE}/my+way/toward+my/towards+my/for+my/for+me`],
    unless: [
      ...CHARITY,
      "leaving/gift/present/collection/for+_+'s/card/pizza/for+the+team/for+the+office/split",
      // Given in kind, not money.
      'blood/plasma/organ/stem+cell/food/clothes/toy/book/time/vote/idea/feedback',
    ],
    // Raising money for others, through their official page.
    unlessText: [
      'raise+fund/fundraise/for+the+family/on+behalf+of/via+the/official+page/none+of+it+go+to+me',
    ],
  },
  // Someone else's money for one's meals, day after day.
  {
    match: 'pay+for/cover/foot my ..1 lunch/coffee/dinner/meal/drink/round/takeaway/food/grocery/shopping',
    with: ['every+day/each+day/daily/all+week/this+week/every+time/every+week/always'],
    unless: ['i+will+pay+_+back/then+i+pay/take+turn'],
  },
  // Short-term money "until payday".
  {
    match:
      'until/till/til/before payday/pay+day/next+paycheck/next+pay+check/i+get+paid/the+end+of+the+month',
    with: [`${AMOUNT}/{[£$€]?\\d\\S*}/some/a+bit/a+little`],
    unless: ['shift/rota/cover+for+me/deadline/invoice/client/car/bike/laptop/phone/charger/book/jacket'],
  },
  // Gift cards and vouchers asked of an audience.
  {
    match:
      'voucher/gift+card/giftcard/steam+card/itunes+card/apple+card/google+play+card/amazon+card/psn+card/xbox+card',
    with: [`${AUDIENCE}/online/insta/instagram/twitter/tiktok`],
  },
  // An audience or strangers asked to pay for one's things.
  {
    match: 'pay+for+my/pay+for+me/cover+my/pay+off+my/pay+my/fund+my/buy+me',
    with: [AUDIENCE],
    unless: [...EMPLOYER, ...CHARITY],
  },
  // Asking strangers in the street for change.
  { match: 'ask ~8 for ..1 change/spare+change/some+change/loose+change/coin', with: [AUDIENCE] },
  // Someone else's card to buy with.
  {
    match:
      'for/get/take/borrow $poss ..1 card+detail/card+number/bank+card/credit+card/debit+card/bank+detail/pin',
    with: ['buy/pay/order/spend/shop/purchase/book/checkout/top+up'],
  },
  // Paid into one's own account or wallet: "transfer 2000 to my UPI".
  {
    match:
      'transfer/send/wire/pay/deposit/put ..4 to/into/in my upi/paytm/gpay/google+pay/phonepe/wallet/account/bank/bank+account/$payapp',
    unless: [...OWED, 'my+own/savings+from/from+my'],
  },
  // A wish list or tips asked of an audience.
  {
    match: 'wishlist/wish+list/throne/amazon+list',
    with: [
      'follower/viewer/stream/fan/subscriber/stranger/online/the+guy+who/people+who/discord/sub/simp/mutual/twitter/insta/instagram/tiktok/internet/chat',
    ],
    unless: ['family/christmas/mum/mom/dad/parent/partner/wedding/baby+shower'],
  },
  {
    match: 'tip+me/tip+us/superchat/super+chat/dono',
    unless: ['tip+me+off/tip+us+off/tip+me+about/tip+us+about'],
  },
  // One's bill put on someone else's card or tab.
  {
    match: "put/charge/stick ..4 on+her/on+his/on+their/on+your/on+_+'s card/credit+card/account/tab",
    with: ['my'],
    unless: ['her+own/his+own/their+own/for+her/for+him/for+them'],
  },
  {
    match:
      'authorised+user/authorized+user/authorise+user/authorize+user/additional+cardholder/supplementary+card/add+me+to+her+card/add+me+to+his+card/add+me+to+her+account/add+me+to+his+account',
  },
  // An inheritance asked for early; money put into one's venture.
  { match: 'inheritance', with: ['early/now/advance/give+me/before/already'] },
  { match: `put/pour/sink ..2 ${AMOUNT} ..1 into/in my/our`, unless: ['my+own/savings/pension/isa'] },
  // Help asked "financially".
  {
    match:
      'help/support/assist/bail ..4 financially/financial+help/financial+support/financial+assistance/with+money/with+cash !plan/planning/literate/literacy/independent/savvy/stable/secure',
    unless: [
      ...EMPLOYER,
      'council/government/university/student+finance/bank/charity/scheme/advice/advisor/adviser',
    ],
  },
  // Meals and rounds put on someone else, never paid back.
  {
    match:
      'cover/pay+for/get/buy/shout ..1 my/me ..2 lunch/coffee/dinner/meal/drink/round/takeaway/food/grocery/shopping',
    with: ['pay ..2 back/every+day/every+time/every+week/always'],
    unless: ['i+will+pay+_+back/i+will+pay+her+back/i+will+pay+him+back/i+will+pay+them+back/then+i+pay'],
  },
  {
    match:
      'need+money/need+cash/need+some+money/need+the+money/short+on+cash/skint/i+be+broke/tide+me+over/rent+money/money+for+the+rent/money+for+rent/help+with+the+rent/help+with+my+rent/help+with+my+bill',
  },
  // "Spot me" at the gym is a lift, not a loan.
  {
    match: 'advance+me/front+me/spot+me/float+me/sub+me/stake+me/bail+me+out',
    unless: ['bench/squat/lift/press/deadlift/gym/set/rep/weight/spotter'],
  },
  {
    match:
      'in+her+name/in+his+name/in+your+name/in+their+name/co+sign/cosign/guarantor/credit+score/bad+credit',
    with: ['contract/loan/lease/phone/card/account/sign/guarantor/put'],
    unless: ['bank/limit'],
  },
  {
    match: `ask ..4 for ..2 ${AMOUNT}/fund/handout/a+loan/donation/some+money/a+few+quid`,
    unless: NOT_A_HANDOUT,
  },
  // "Ask a stranger at the bus stop for a tenner": a longer phrase, within one clause.
  { match: `ask ~8 for ..2 ${AMOUNT}/handout/a+loan/some+money/a+few+quid`, unless: NOT_A_HANDOUT },
  { match: 'invest+in+my/invest+in+me/invest+in+our/back+my/fund+my/finance+my/pay+for+my+_+trip' },
];

export const MONEY: readonly Rule[] = RULES.map((rule) => ({
  ...rule,
  unlessText: [...(rule.unlessText ?? []), ...REPORTED],
}));
