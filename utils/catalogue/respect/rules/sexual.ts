import type { Rule } from '../rule';

// Sexual content: nudes, sexting, explicit photos, hook-ups, remarks about bodies and beds.
const NOT_ABOUT_SEX = [
  'harassment/discrimination/education/health/orientation/equality/abuse/assault/misconduct/identity/same+sex/sex+ed/policy/training',
];

// Things marketing calls hot or sexy.
const PRODUCT = [
  'product/feature/launch/campaign/brand/logo/deck/slide/pitch/headline/menu/food/dish/property/car/deal/dress+recommendation/outfit+idea',
];

// Parts of a body a remark or picture makes sexual.
const BODY = 'bum/butt/arse/ass/booty/boob/tit/titty/cleavage/crotch/chest/thigh/abs/package/bulge/rack/bust';
// Parts that only a remark on how they look makes sexual ("the table leg" is not).
const LOOKS = `${BODY}/leg/hip/curve/lip`;
// A whole body or its shape, which only a remark about it makes sexual ("body of work" is not).
const SHAPE = 'body/figure/curve/physique/bod';
// What a remark or joke about a body is.
const REMARK =
  'comment/remark/joke/banter/tease/rate/compliment/hot/sexy/curvy/fit/tight/look+in/look+good/look+great/look+hot/in+that/do+to';
// Adjectives that make a picture sexual, though not a talk or a story ("a revealing interview").
const RACY_PICTURE = 'revealing/suggestive/sensual/sultry/seductive/skimpy/boudoir/smutty/raunchy/filthy';
// Adjectives that make a joke, a thought or a remark sexual.
const RACY_TALK = 'dirty/saucy/steamy/naughty/racy/risque/suggestive/smutty/filthy/lewd/raunchy';
// Clothes someone is asked to take off.
const CLOTHES =
  'clothes/top/shirt/t+shirt/kit/bra/knickers/pants/trousers/jeans/dress/skirt/underwear/boxers/bottom';
// Underwear, which a picture "in" makes sexual.
const UNDERWEAR =
  'boxers/briefs/knickers/panties/thong/bra/underwear/lingerie/pants/undies/swimsuit/bikini/nightie/negligee/nightdress/swimwear';

// Someone who received it, asking how to report or handle it.
const VICTIM = [
  'bring+it+up/bring+this+up/raise+it/raise+this/report+it/report+this/report+him/report+her/report+them/complain ..3 hr/manager/boss/supervisor/police/mod/admin/school/principal/head/union',
  'how+do+i/how+can+i/how+should+i ..3 report/make+it+stop/make+him+stop/make+her+stop/make+them+stop',
];

const RULES: readonly Rule[] = [
  // Remarks on a body's shape: "how thick she is", "she's got a body made for sin".
  { match: 'how thick/thicc/busty/stacked/curvy/hung $subj/you be/look' },
  { match: 'thicc/busty/well+endowed/well+hung' },
  { match: 'lap+dance/lapdance/strip+club/shaggable/bangable/fuckable' },
  // Fantasies about a person.
  {
    match: 'fantasise/fantasize/fantasy about/over/of ..1 her/him/you/them',
    unless: ['football/fantasy+football/league/novel/book/game'],
  },
  {
    match: `${SHAPE}/${BODY} ..4 make+for ..1 sin/sinning/sex/bed/love/the+bedroom`,
  },
  {
    match: `${SHAPE}/${BODY}/it ..5 i/i+would/i+'d ..2 love/like/want/wanna ..2 to? get+my+hand+on/touch/grab/squeeze/lick/do+with/do+to`,
    with: ['her/his/your/their/she/he/you/body'],
  },
  // Saying what one would do to someone, in detail or tonight.
  {
    match: 'what ..1 i/we would/will/could/want+to/wanna/be+going+to/be+gonna do to ..1 him/her/you/them',
    with: ['describe/description/graphic/come+over/tonight/bed/naked/body'],
    unless: ['if+$subj+touch/if+$subj+hurt/if+$subj+ever/kill/punch/beat/sue/report'],
  },
  {
    match:
      'what ..1 i/we would/will/could/want+to/wanna/be+going+to/be+gonna do with ..1 him/her/you/them/it',
    with: ['body/rate/rating/naked/bed'],
  },
  // Sex talk as euphemism: the bedroom, the sheets, hot and bothered.
  {
    match:
      'between+the+sheet/in+the+sack/hot+and+bother/get+me+hard/make+me+hard/weak+at+the+knee/bedroom+eye/bedroom+fantasy/bedroom+skill',
  },
  {
    match: 'in+the+bedroom !scene/set/door/window/wall/light/ceiling/floor/furniture',
    with: [
      'joke/comment/remark/innuendo/tease/banter/hint/quip/line/caption/good/skill/perform/close+deal/closing+deal',
    ],
  },
  {
    match: `${RACY_TALK} ..1 line/quip/one+liner/limerick/poem/caption/meme/gif/note/message/text/dm/fantasy/story/comment/joke/remark`,
  },
  // A picture with clothes missing.
  {
    match:
      '$photo/pic/picture/selfie ..5 with+no/without/in+no ..1 shirt/top/pants/bra/underwear/knickers/trousers/clothes/boxers/kit',
  },
  { match: 'no+shirt+and+no+pants/no+top+and+no+bottom/no+bra+and/no+underwear' },
  // Showing more on camera, or a tattoo "somewhere private".
  { match: 'show+some+skin/show+more+skin/show+a+bit+of+skin/show+off+some+skin' },
  {
    match: 'show ..2 a+bit+more/a+little+more/more/me+more !of',
    with: ['cam/webcam/camera/just+us/just+you+and+me/for+me/in+the+call/on+call'],
  },
  {
    match:
      'tattoo/piercing/birthmark/mole ..6 somewhere/place+that private/intimate/naughty/cheeky/special/secret',
    with: ['she/he/her/his/you/your/they/their'],
  },
  { match: 'where+the+sun+do+not+shine/somewhere+private+for+me' },
  // Sex offered or asked in exchange, with a wink.
  {
    match:
      'favour/favor/extra/company/fun/service/something ..6 if+you+know+what+i+mean/wink+wink/nudge+nudge',
  },
  {
    match: 'in+exchange+for/in+return+for/for ..1 some/a+few/special/personal favour/favor',
    with: ['rent/landlord/landlady'],
    unless: ['do+me+a/do+you+a'],
  },
  // What is under one's own clothes too.
  { match: `what+be+under ..1 my ..1 ${CLOTHES}/${UNDERWEAR}/apron/kilt/towel/robe/coat/uniform` },
  // A picture set to something explicit.
  { match: '$photo/pic/picture/avatar/pfp ..4 something/anything explicit/nsfw/x+rated/raunchy/lewd/racy' },
  // Uncensored outtakes for one's own eyes.
  {
    match: 'uncensored ..2 $photo/outtake/one/version/shot/take',
    with: ['send+me/for+me/for+my+personal/my+personal+folder/just+for+me/for+my+eye+only/privately'],
    unless: ['podcast/interview/article/video+essay/episode/report/document'],
  },

  {
    match: 'sex/sexual/sexually/sext/sexting/nsfw/erotic/erotica/porn/porno/pornographic/x+rated',
    unless: NOT_ABOUT_SEX,
  },
  // "Sexy", but not as marketing says it of a product.
  { match: 'sexy', unless: PRODUCT },
  {
    match:
      'naked/topless/shirtless/lingerie/underwear/bikini/horny/onlyfans/boob/nipple/kinky/fetish/striptease/strip+for+me',
  },
  {
    match:
      'explicit/dirty/spicy/saucy/steamy/naughty/racy/intimate/risque ..1 $photo/message/text/chat/talk/dm/content/material/voice+note/snap/pic/imagery',
    unless: ['explicit+consent/explicit+permission'],
  },
  { match: `${RACY_PICTURE} ..1 $photo/pic/picture/selfie/snap/shot/imagery` },
  // Crude or obscene words and pictures, in any voice ("vulgar messages", "indecent images").
  {
    match:
      'vulgar/obscene/indecent/lewd/smutty/raunchy/filthy/x+rated ..1 $photo/pic/picture/selfie/message/text/dm/chat/comment/remark/joke/content/material/video/gesture/proposal/proposition/imagery/snap/talk/story',
  },
  {
    match: 'hot/sexy/steamy/adult $photo/pic/picture/selfie/snap/imagery',
    unless: ['hot+dog/hot+chocolate/hot+sauce/hot+air', ...PRODUCT],
  },
  { match: 'adult content/material/site/film/movie/video/entertainment/industry' },
  // A compliment on a body part or a body: "she has a great rack", "nice leg".
  {
    match: `great/nice/hot/amazing/sexy/fit/perfect/banging/peng/tight/lovely/firm/juicy/curvy/gorgeous ${LOOKS}/body/bod/physique/curve !of/text/copy/language/shop/lotion/wash/spray/clock/count`,
    with: ['she/he/you/they/her/his/your/their/tell/compliment/comment/remark/say'],
    unless: ['chest+pain/doctor/gp/physio/hot+water/hot+tub'],
  },
  { match: `see/watch ..2 her/him/you/them in ..1 a/her/your/his/their/just/only ..1 ${UNDERWEAR}` },
  {
    match: 'wear ..2 revealing/skimpy/sexy/low+cut/see+through/sheer/nothing/lingerie',
    unless: ['nothing+formal/nothing+fancy/nothing+special'],
  },
  { match: 'private+show/cam+show/webcam+show', with: ['cam/webcam/camera/video/call/for+me/just+for+me'] },
  {
    match:
      'camgirl/cam+girl/sugar+daddy/sugar+baby/quickie/bra+size/cup+size/hotness/virginity/still+a+virgin/be+a+virgin',
  },
  { match: 'get+laid !off' },
  { match: 'rate/rating ..1 her/his/their look/body/face/appearance/figure/hotness/attractiveness' },
  {
    match: `${RACY_TALK} thought/joke/fantasy/think/dream/remark/comment/story/innuendo/pun/mind/banter`,
  },
  {
    match:
      'talk+dirty/without+clothes/no+clothes/clothes+off/in+the+shower/in+the+bath/in+bed/good+in+bed/in+your+underwear',
  },
  { match: 'take+off ..2 clothes' },
  // Nude, but not the colour.
  {
    match:
      'nude !color/colour/palette/shade/tone/heel/shoe/lipstick/lip/nail/polish/tights/beige/makeup/eyeshadow',
    unless: ['nude+color/nude+colour/nude+palette/nude+shade/nude+tone/nude+lipstick/nude+heel'],
  },
  // Clothes off, or nothing on.
  { match: `her/his/your/their/my/with ${CLOTHES} off` },
  { match: 'without ..2 clothes/clothing/a+stitch+on', negatable: false },
  {
    match:
      'with+nothing+on/wear+nothing+but/in+the+buff/birthday+suit/starkers/take+it+all+off/take+everything+off',
  },
  // Asking for someone's private pictures, or pictures "of the bold kind".
  {
    match: `for/send+me/get/want ..1 her/his/your/their private/intimate/bold/cheeky ..1 $photo/pic/picture/selfie`,
  },
  {
    match:
      '$photo/pic/picture/selfie ..8 the bold/naughty/spicy/cheeky/private/saucy/racy/adult/explicit/nsfw kind/sort/type',
  },
  { match: '$photo/pic/picture/selfie ..8 if+you+know+what+i+mean' },
  // A remark or joke about someone's body or figure.
  {
    match: `$poss/your ${SHAPE} !of/language/clock/count/text/shop/wash/spray/lotion/weight/temperature/image/part/double/camera/copy`,
    with: [REMARK],
    unless: ['body+language/body+of+work/figure+out/figure+it/ballpark+figure/sales+figure'],
  },
  { match: 'what ..1 i/we would/will/could/want+to/wanna/be+going+to do to ..1 her/his/your/their body' },
  {
    match: 'catcall/wolf+whistle/grope/fondle/cop+a+feel/feel+her+up/feel+him+up/touch+her+up/touch+him+up',
  },
  {
    match:
      'undress/undressed/strip+off/strip+down/strip+for/get+naked/get+undressed/in+the+nude/lewd/thirst+trap/threesome/foursome/orgy/shag/bonk/dtf/no+strings/netflix+and+chill/smash',
  },
  {
    match: `$photo/send/show ..4 ${BODY}`,
    unless: ['chest+pain/chest+infection/chest+x+ray/scan/doctor/gp/physio'],
  },
  {
    match: `$poss/your ..1 ${LOOKS} ..2 look/be great/nice/hot/amazing/sexy/good/fit/peng`,
    unless: ['chest+pain/doctor/gp/physio'],
  },
  {
    match: `$poss/your ${BODY} !pain/infection/x+ray/scan/surgery/injury`,
    with: ['comment/compliment/rate/look/great/nice/hot/amazing/sexy/$photo/send/show'],
  },
  { match: `$photo/send/show/video ..4 in my/your/her/his/their? ${UNDERWEAR}` },
  { match: `$photo/send/show/video ..4 in+just/in+only/in+nothing+but ..2 ${UNDERWEAR}` },
  { match: `what+be+under ..1 her/his/your/their ..1 ${CLOTHES}/${UNDERWEAR}` },
  { match: 'show/send me ..1 her/his/your/their body/bod !of' },
  // "Send me something spicy": a racy something, not a recipe.
  {
    match:
      'send/show me ..1 something/anything spicy/naughty/sexy/dirty/racy/saucy/steamy/revealing/nsfw/x+rated',
    unless: [
      'recipe/food/cook/eat/dish/sauce/curry/snack/restaurant/menu/meal/dinner+idea/read/book/playlist',
    ],
  },
  { match: 'wear+to+bed/wear+in+bed/wear+under/sleep+in', with: ['what/ask'] },
  { match: 'spend/stay the+night ..1 at+mine/with+me/at+my+place/together/in+my+bed' },
  { match: 'hook+up !the/a/an/my/your/to/our/their/with+the' },
  {
    match:
      'what+be+you+wear/what+_+be+wear+right+now/what+_+be+wear+now/what+_+would+do+to+me/what+_+will+do+to+me',
  },
  {
    match:
      'booty+call/hook+up+with/hookup/one+night+stand/friend+with+benefit/friend+with+benefits/fwb/sleep+with/make+love/in+bed+with',
  },
  { match: 'nightcap+and+more/back+to+my+hotel+room/back+to+my+room/come+back+to+my+place/up+to+my+room' },
  { match: 'turn+me+on/turn+you+on/turn+her+on/turn+him+on' },
  { match: 'unsolicited ..1 $photo/pic' },
  {
    match:
      'd+pic/dpic/dickpic/junk+pic/nude+selfie/boner/orgasm/masturbate/wank/blowjob/blow+job/handjob/hand+job/dick+pic/cock+pic/feet+pic/foot+pic/feet+photo/body+pic/body+count',
  },
  // Private parts, unless it is a health question.
  {
    match: 'penis/vagina/genitals/genitalia/private+part/privates',
    unless: [
      ...NOT_ABOUT_SEX,
      'doctor/gp/nurse/clinic/medical/screen/smear/appointment/pharmacist/symptom/pain',
    ],
  },
  { match: '$photo/pic/picture/selfie ..2 of+my/of+your/of+his junk/dick/cock/bit/member/privates/d' },
  { match: '$photo ..2 of+your+body/of+her+body/of+his+body/of+you+in+bed' },
];

export const SEXUAL: readonly Rule[] = RULES.map((rule) => ({
  ...rule,
  unlessText: [...(rule.unlessText ?? []), ...VICTIM],
}));
