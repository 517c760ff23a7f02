import type { Rule } from '../rule';

// Sexual content: nudes, sexting, explicit photos, hook-ups, remarks about bodies and beds.
const NOT_ABOUT_SEX = [
  'harassment/discrimination/education/health/orientation/equality/abuse/assault/misconduct/identity/same+sex/sex+ed/policy/training',
];

// Parts of a body a remark or picture makes sexual.
const BODY =
  'bum/butt/arse/ass/booty/boob/boobs/tit/tits/titty/titties/cleavage/crotch/chest/thigh/abs/package/bulge';
// Underwear, which a picture "in" makes sexual.
const UNDERWEAR = 'boxers/briefs/knickers/panties/thong/bra/underwear/lingerie/pants/undies/swimsuit/bikini';

export const SEXUAL: readonly Rule[] = [
  {
    match: 'sex/sexual/sexually/sexy/sext/sexting/nsfw/erotic/erotica/porn/porno/pornographic/x+rated',
    unless: NOT_ABOUT_SEX,
  },
  {
    match:
      'nude/naked/topless/shirtless/lingerie/underwear/bikini/horny/onlyfans/boob/boobs/nipple/kinky/fetish/striptease/strip+for+me',
  },
  {
    match:
      'explicit/dirty/spicy/saucy/steamy/naughty/racy/intimate/risque ..1 $photo/message/text/chat/talk/dm/content/material/voice+note/snap/pic',
    unless: ['explicit+consent/explicit+permission'],
  },
  {
    match:
      'talk+dirty/without+clothes/no+clothes/clothes+off/in+the+shower/in+the+bath/in+bed/good+in+bed/in+your+underwear',
  },
  { match: 'take+off ..2 clothes' },
  {
    match:
      'undress/undressed/strip+off/strip+down/strip+for/get+naked/get+undressed/in+the+nude/lewd/lewds/thirst+trap/threesome/foursome/orgy/shag/bonk/dtf/no+strings/netflix+and+chill/smash',
  },
  {
    match: `$photo/send/show ..4 ${BODY}`,
    unless: ['chest+pain/chest+infection/chest+x+ray/scan/doctor/gp/physio'],
  },
  {
    match: `$poss/your ..1 ${BODY} ..2 look/be great/nice/hot/amazing/sexy/good/fit/peng`,
    unless: ['chest+pain/doctor/gp/physio'],
  },
  {
    match: `$poss/your ${BODY} !pain/infection/x+ray/scan/surgery/injury`,
    with: ['comment/compliment/rate/look/great/nice/hot/amazing/sexy/$photo/send/show'],
  },
  { match: `$photo/send/show/video ..4 in my/your/her/his/their? ${UNDERWEAR}` },
  { match: 'wear+to+bed/wear+in+bed/wear+under/sleep+in', with: ['what/ask'] },
  { match: 'spend/stay the+night ..1 at+mine/with+me/at+my+place/together/in+my+bed' },
  { match: 'hook+up !the/a/an/my/your/to/our/their/with+the' },
  {
    match:
      'what+be+you+wear/what+_+be+wear+right+now/what+_+be+wear+now/what+_+would+do+to+me/what+_+will+do+to+me',
  },
  {
    match:
      'booty+call/hook+up+with/hookup/one+night+stand/friend+with+benefit/friends+with+benefits/fwb/sleep+with/make+love/in+bed+with',
  },
  { match: 'nightcap+and+more/back+to+my+hotel+room/back+to+my+room/come+back+to+my+place/up+to+my+room' },
  { match: 'turn+me+on/turn+you+on/turn+her+on/turn+him+on' },
  { match: 'unsolicited ..1 $photo/pic' },
  { match: 'dick+pic/cock+pic/feet+pic/foot+pic/feet+photo/body+pic/body+count' },
  { match: '$photo ..2 of+your+body/of+her+body/of+his+body/of+you+in+bed' },
];
