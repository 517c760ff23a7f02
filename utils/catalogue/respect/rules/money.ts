import type { Rule } from '../rule';

// Asking people for money: loans, gifts, donations to oneself, someone else's credit.
// Not a discount or refund a company owes, nor one's own pay.
const AMOUNT = '$amount';
// What a gift of money pays for: bills, debts, one's own costs.
const COST =
  'bill/bills/rent/debt/fee/fees/fine/tuition/loan/card/credit+card/phone+bill/tab/share/expense/deposit/flight/ticket/holiday/trip/wedding/car/repair/vet+bill/medical+bill/groceries/petrol/gas/laptop/course';
// Money owed for work, or owed back: asking for it is fair.
const OWED = [
  'client/customer/invoice/owe/owed/back/wage/salary/fee/rate/refund/deposit+back/for+the+work/for+the+job/overdue',
];
const LENDER = ['bank/lender/mortgage/credit+union/business+loan/student+loan/payment+plan'];
const EMPLOYER = [
  'employer/budget/company/insurance/insurer/policy/training/expense/work/scholarship/grant/benefit',
];

export const MONEY: readonly Rule[] = [
  {
    match: `lend/loan me/us/_+me ..2 ${AMOUNT}/some/{[£$€]?\\d\\S*}/a+bit/a+little/until/till/for+the+rent/for+rent`,
    unless: LENDER,
  },
  { match: 'loan+of/a+loan/for+a+loan/small+loan/quick+loan/personal+loan', unless: LENDER },
  { match: `borrow ..3 ${AMOUNT}` },
  {
    match: `send/give/transfer/wire/pay/throw/sort me/us ..3 ${AMOUNT}/a+few/something/anything/some`,
    unless: OWED,
  },
  {
    match: `$payapp ..1 link/handle/detail/username/qr/page/account/campaign/fundraiser`,
    with: ['ask/post/share/send/dm/message/for/help/donate'],
  },
  {
    match: `lend/loan/borrow/use ..3 credit+card/debit+card/bank+card/card+detail/card`,
    with: ["her/his/their/your/_+'s/me"],
    unless: ['library+card/key+card/sim+card/sd+card/business+card/birthday+card'],
  },
  // Giving to "me": a donation, a whip-round, a contribution for one's own ends.
  {
    match:
      'donate/donation/chip+in/pitch+in/contribute/sponsor/support+me ..6 so+i/so+that+i/for+my/for+me/to+my/to+me/to+help+me/my+rent/my+bill/so+i+can',
    unless: [
      'charity/food+bank/shelter/fundraiser+for+the/in+memory/for+my+run/for+my+marathon/sponsor+me+for',
    ],
  },
  {
    match: `help/help+me/help+out with/towards/toward/pay ..2 ${COST}`,
    with: ['ask/dm/message/text/post/beg/stranger/follower/anyone/people'],
    unless: [...EMPLOYER, 'split/halve/half/budget/how+to/advice/plan'],
  },
  {
    match: 'crowdfund/crowdsource/kickstarter/whip+round/beg+for/passing+the+hat/pass+the+hat',
    unless: ['for+the+team/for+_+leaving/for+a+colleague/leaving+present/charity'],
  },
  {
    match: `buy/get ..1 me/us ..3 a/an/the/my/some/new`,
    with: ['follower/viewer/stranger/subscriber/fan/people/everyone/discord/chat/stream/anyone/random'],
    unless: ['coffee+chat/a+coffee+and+talk/drink+and+talk'],
  },
  {
    match: 'venmo/paypal/cashapp/cash+app/revolut/zelle/monzo me/us/_+me/transfer/payment',
    unless: ['pay+the+invoice/invoice'],
  },
  { match: 'gift+me/treat+me+to' },
  { match: 'fund/finance/bankroll/sponsor/subsidize my/me', unless: EMPLOYER },
  {
    match: `pay+for+my/pay+my/pay+off+my/clear+my+debt/cover+my/cover+the+cost+of+my/foot+the+bill ..2 ${COST}`,
    unless: EMPLOYER,
  },
  {
    match:
      'chip+in+for+my/chip+in+for+me/chip+in+to+my/pitch+in+for+my/contribute+to+my/donate+to+my/donate+to+me/donation+for+my/donation+for+me/for+donation/gofundme/go+fund+me/crowdfund/crowdfunding/fundraiser+for+my/patreon/kofi/ko+fi/tip+jar/spare+change/spare+some',
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
    match: `ask ..4 for ..2 ${AMOUNT}/funds/handout/a+loan/donation/some+money/a+few+quid`,
    unless: [
      ...LENDER,
      'discount/refund/raise/salary/rate/fee/invoice/deposit/compensation/price/reimbursement/payment+plan/budget',
    ],
  },
  { match: 'invest+in+my/invest+in+me/invest+in+our/back+my/fund+my/finance+my/pay+for+my+_+trip' },
];
