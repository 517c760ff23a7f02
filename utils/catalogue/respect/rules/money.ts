import type { Rule } from '../rule';

// Asking people for money: loans, gifts, donations to oneself, someone else's credit.
// Not a discount or refund a company owes, nor one's own pay.
const AMOUNT =
  'money/cash/quid/buck/dollar/euro/pound/grand/tenner/fiver/{[£$€]\\d\\S*}/crypto/bitcoin/gift+card';
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
  { match: `send/give/transfer/wire/pay/throw me/us ..3 ${AMOUNT}/a+few/something/anything/some` },
  {
    match: 'venmo/paypal/cashapp/cash+app/revolut/zelle/monzo me/us/_+me/transfer/payment',
    unless: ['pay+the+invoice/invoice'],
  },
  { match: 'gift+me/buy+me/treat+me+to' },
  { match: 'fund/finance/bankroll/sponsor/subsidize my/me', unless: EMPLOYER },
  {
    match: 'pay+for+my/pay+my/pay+off+my/clear+my+debt/cover+my/cover+the+cost+of+my/foot+the+bill',
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
  { match: 'advance+me/front+me/spot+me/float+me/sub+me/stake+me/bail+me+out' },
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
  { match: 'invest+in+my/invest+in+me/invest+in+our' },
];
