import type { Rule } from '../rule';

// Romance and dating: asking someone out, saying you fancy them, compliments on looks.
const PERSON =
  'guy/girl/woman/man/boy/lady/bloke/one/neighbor/barista/colleague/coworker/cashier/waiter/waitress/receptionist/stranger/driver/trainer/teacher/tutor/nurse/pharmacist/student/classmate';

// Looks words: said about a person, they read as attraction.
// Not "fine" or "lovely": said of people's health and kindness as often as of their looks.
const LOOKS = 'gorgeous/beautiful/cute/hot/pretty/handsome/attractive/stunning/sexy/fit/dreamy/peng';
// Evening, one-to-one socialising: the usual shape of a date.
const OUTING =
  'drink/drinks/a+drink/dinner/a+dinner/a+date/date/a+nightcap/nightcap/the+cinema/the+movie/a+movie/a+film';
// Ways to keep in touch privately, asked of someone: a number, a handle.
const HANDLE =
  'number/digits/insta/instagram/snapchat/snap/socials/whatsapp/handle/phone+number/ig/tiktok/facebook';
// A practical reason to ask for a number: the purpose is said.
// Plans with one's own partner are not asking anyone out.
const PARTNER = [
  'my+wife/my+husband/my+partner/my+girlfriend/my+boyfriend/my+fiance/my+fiancee/my+spouse/our+anniversary/wife+and+i/husband+and+i/partner+and+i/anniversary/my+parent',
];
// A one-to-one evening: "just us two", "the two of us".
const JUST_US =
  'just+us+,/just+us+two/just+us+2/just+the+two+of+us/the+two+of+us/just+we+two/only+us+,/only+the+two+of+us/dinner+for+two/for+just+us';
// Thinking about what someone said or a task is not attraction.
const IDEA =
  'advice/idea/offer/project/job/deadline/comment/feedback/question/proposal/plan/presentation/point/suggestion/book/essay/paper/story/interview/review/mistake/problem/issue/decision/reply/response/word';
const PEOPLE = `${PERSON}/bartender/bridesmaid/flatmate/roommate/housemate/partner/mate/friend/boss/manager/mentor/lead/ex/neighbor/client/instructor/coach/doctor/dentist/landlord/landlady`;
const THINK_OF = 'stop+think+about/stop+think+of/keep+think+about/keep+think+of/always+think+about';
const PRACTICAL = [
  'so+we+can/so+i+can/in+case/carpool/lift/project/work/meeting/team/shift/booking/order/parcel/delivery/lesson/group+chat/rota/handover/for+the',
];

// Matchmaking for someone else, or a pet's playmate: not the asker's own interest.
const SET_UP = [
  'set+_+up/set+_+_+up/fix+_+up/matchmake/introduce/for+my+friend/for+a+friend/for+my+sister/for+my+brother/for+my+cousin/my+dog/my+cat',
];

// Asked as a question of its own: "does she have a boyfriend?"
const HAS_PARTNER = 'do $subj/you have a girlfriend/boyfriend/gf/bf/significant+other';

export const ROMANCE: readonly Rule[] = [
  {
    match:
      'ask !me/us ~6 out !of/loud/there/about/to/from/what/whether/how/why/if/front/west/east/north/south',
  },
  {
    match:
      'on/for a/an proper/real/first/second/romantic/dinner/coffee/lunch/movie/cinema/blind? date !of/for/to/when/and/in/by/on/yet/range',
  },
  {
    match:
      'date+with/go+on+a+date/go+out+with/go+out+together/go+out+sometime/would+date/want+to+date/date+me/date+her/date+him/date+someone/date+my+_/oot+wi/out+wi+me/gaun+oot/go+oot',
    // A calendar date: "the date my results come back".
    notAfter: [
      'the',
      'a',
      'this',
      'that',
      'what',
      'which',
      'same',
      'due',
      'start',
      'end',
      'release',
      'birth',
    ],
  },
  {
    match:
      'flirt/flirty/flirtatious/smitten/infatuate/lovestruck/soulmate/sweetheart/wingman/chat+up/hit+on/make+a+move/pick+up+line',
  },
  // Slang that also names a career leap or a comedy topic.
  {
    match: 'rizz/shoot+my+shot/shoot+your+shot',
    unless: [
      'theme/sketch/comedy/joke/meme/video/content/caption/bit/apply/job/role/interview/application/promotion/position/pitch/lead/raise',
    ],
  },
  {
    match:
      'romantic !comedy/comedy/novel/fiction/era/poetry/poet/period/genre/film/movie/book/story/drama/lead/subplot/scene/song/composer/music/writer/arc/plot',
  },
  { match: 'romance+$obj/office+romance/romance+with/start+a+romance' },
  { match: 'crush+on/have+a+crush' },
  {
    match:
      'my/a/secret/huge/big/old/uni/school/work/office ..1 crush !it/the/this/that/my/your/them/their/on+the/worthy',
  },
  { match: 'fancy $obj/me/you' },
  { match: 'feeling+for/fall+for/fall+in+love/be+in+love/in+love+with/love+you/love+her/love+him/fall+hard' },
  { match: 'i like/adore/fancy him/her/you ,/and/a+lot/too/so/more/but/really/back' },
  {
    match: 'i really? like/fancy/adore $subj/him/her',
    with: ['ask/tell/message/text/dm/if/whether/sometime/date/drink/dinner/so'],
  },
  { match: 'woo/court/serenade/seduce/charm+her/charm+him/win+her+over/win+him+over/sweep+_+off' },
  // Attraction said about a person: "she's gorgeous", "I think he's really fit".
  {
    match: `think/find/because/cause/since/cos $subj/him/her be? so/really/super/very/absolutely/proper? ${LOOKS} !for/to/with/enough/in/and+healthy/again`,
  },
  {
    match: `$subj be so/really/super/very/absolutely/proper? gorgeous/beautiful/cute/hot/pretty/handsome/attractive/stunning/sexy/peng`,
    with: ['ask/tell/message/text/dm/number/insta/snapchat/date/drink/dinner/out'],
  },
  // A private way to reach them, asked of someone met in passing.
  { match: `ask/get/grab/take ..5 for? her/his ${HANDLE}`, unless: PRACTICAL },
  { match: 'get/grab ..2 her/his/their digits' },
  { match: '$subj/him/her/you be into me/you/him/her' },
  // An evening out, one to one.
  {
    match: `ask/invite/take him/her/the+_/my+_ ..2 out? to/for ${OUTING}`,
    unless: ['team/group/everyone/colleague/all/us+all/the+whole'],
  },
  {
    match: `get/grab/have/go+for ${OUTING}/coffee together/just+us/just+me+and+_/one+on+one`,
    unless: ['team/group/everyone/colleague/all/us+all/the+whole/lunch/meeting/project'],
  },
  { match: 'go/come out with+me/with+me+sometime' },
  // Getting back with an ex.
  {
    match:
      'try+again/another+go/another+chance/second+chance/give+it+another/give+us+another/one+more+chance/work+it+out/start+over',
    requires: ['my+ex/ex+girlfriend/ex+boyfriend/ex+partner/ex+wife/ex+husband/my+former+partner'],
  },
  // Being asked to be someone's date: "be my date for the afterparty".
  { match: 'be+my+date/as+my+date/be+her+date/be+his+date', unlessText: PARTNER },
  {
    match: 'date+night !restaurant/spot/place/venue/idea/booking/table',
    // Asking a sitter to cover one's own date night.
    unless: ['babysit/babysitter/sitter/nanny/childminder/cover/watch+the+kid/mind+the+kid'],
    unlessText: PARTNER,
  },
  // A romantic setting: candlelight, an intimate dinner.
  {
    match:
      'candlelit/candle+lit/candlelight/intimate+dinner/intimate+evening/romantic+evening/romantic+getaway',
    unlessText: PARTNER,
  },
  {
    match: `${JUST_US}`,
    with: [`${OUTING}/coffee/cinema/movie/film/meal/walk/picnic/weekend`],
    unlessText: PARTNER,
  },
  // Taking someone out, for Valentine's or otherwise: a date said plainly.
  {
    match: 'take her/him out !of/for+lunch/to+lunch/for+a+team/with+the',
    unless: ['lunch/team/farewell/leaving/colleague/client/work+drink'],
  },
  {
    match: 'valentine',
    with: ['take/ask/invite/spend/out/with+me/date/hint/her/him'],
    unless: ['campaign/template/sale/promo/marketing/newsletter/shop/store/stock/menu/customer/client+gift'],
    unlessText: PARTNER,
  },
  // Thinking of someone all the time: "can't stop thinking about her".
  {
    match: `${THINK_OF} her/him/you !'s/${IDEA}`,
    negatable: false,
    unless: [IDEA],
  },
  {
    match: `${THINK_OF} the/this/that/my/a/our/one+of+the ..1 ${PERSON}/bartender/bridesmaid/flatmate/roommate/neighbor`,
    negatable: false,
  },
  { match: 'get her/him/you out+of+my+head/out+of+my+mind', negatable: false },
  // Saying how one feels: "confess my feelings", "tell her how I feel (about her)".
  {
    match:
      'confess/admit/declare/reveal/tell/make/let ..3 my+feeling/my+true+feeling/how+i+feel/how+i+really+feel !about/on/regard/regarding/over/at/around',
    unless: [
      'workload/project/job/feedback/decision/meeting/review/team/salary/pay/role/manager/boss/reorg/policy/therapist/counselor/counsellor/doctor/gp/hr/mum/mom/dad/parent/family/sister/brother',
    ],
  },
  { match: 'my+feeling/how+i+feel/how+i+really+feel about/for/towards her/him/you' },
  { match: 'my+feeling+known/my+feeling+clear' },
  // Wanting someone as a partner: "she's my type", "as my girlfriend".
  { match: 'he/she/you be ..2 my+type' },
  {
    match:
      'as+my+girlfriend/as+my+boyfriend/make+her+my+girlfriend/make+him+my+boyfriend/make+her+mine/make+him+mine/like+a+date/as+in+a+date/a+date+date/go+out+some+time/pursue+her/pursue+him',
  },
  { match: 'think+about/think+of her/him/you all+the+time/nonstop/constantly/every+day/day+and+night' },
  {
    match: 'he/she/you be ..2 on+my+mind/in+my+head',
    with: ['tell/let+her+know/let+him+know/confess/admit/ask/date/out/dm/text/message'],
  },
  {
    match: 'develop+feeling/catch+feeling/confess+my+feeling/confess+my+love/confess+my+crush',
  },
  { match: `have+a+thing+for/have+a+soft+spot+for her/him/you/the/my/this/that/a ..1 ${PEOPLE}` },
  {
    match: `have+a+thing+for/have+a+soft+spot+for her/him/you !'s/${IDEA}/music/work/art/song/style/voice/writing/content/channel/podcast/cooking`,
  },
  {
    match: `i be really? into him/her/you !'s/${IDEA}/music/work/art/song/style/voice/writing/content/channel/podcast/cooking`,
  },
  {
    match:
      'more+than just? friend/just+friend/a+friend/colleague/teacher/coworker/work+friend/classmate/mate/pal/buddy/flatmate/roommate/housemate/friendship',
  },
  {
    match: 'see/date anyone/someone ,/right+now/at+the+moment',
    with: ['if/whether/ask'],
    unlessText: SET_UP,
  },
  {
    match: 'be/you single/available+romantically',
    with: ['if/whether/be+you'],
    unless: ['single+page/single+point/single+one/single+day'],
  },
  { match: 'relationship+status/be+taken' },
  { match: 'drink/dinner/date ..3 sometime' },
  { match: 'dinner/a+drink/drink/drinks/a+coffee+date with+me' },
  {
    match: 'free+for/up+for a? drink/dinner/date/nightcap !night',
    unless: ['team/group/everyone/colleague'],
  },
  { match: 'as+a+date' },
  {
    match:
      'ask/invite/take ..4 to+the+cinema/to+the+movie/to+a+movie/to+prom/to+the+prom/to+the+dance/to+a+concert+with+me/to+dinner+with+me',
  },
  { match: 'have/feel/share/got/be chemistry/spark/vibe+between' },
  { match: 'slide+into ..2 dm/inbox' },
  {
    match: "valentine 's? card/gift/message/note/date/rose/flower/poem/letter",
    unless: ['stock/sell/shop/store/customer/campaign/template/design/print/range'],
  },
  {
    match:
      'be+my+valentine/love+letter/love+note/love+poem/marry+me/propose+to+her/propose+to+him/propose+to+my',
  },
  {
    match:
      'compliment/comment+on/rate ..2 his/her/their look/body/figure/eye/smile/appearance/hair/face/leg/lip/outfit/bum/butt',
  },
  { match: `cute/hot/pretty/gorgeous/handsome/attractive/beautiful/fit/stunning ${PERSON}` },
  {
    match:
      'attractive/gorgeous/beautiful/handsome/cute/pretty/hot !message/text/note/caption/emoji/sticker/gif/meme/way/idea/sa/and+bother/and+heavy/topic/take/sauce/drink/chocolate',
    with: ['tell/say/compliment/let+her+know/let+him+know/message/dm/text'],
    // Looks said of a body part or clothes read as sexual, not romantic.
    unless: [
      'design/website/layout/offer/deal/price/product/logo/slide/deck/view/code/idea/weather/leg/bum/butt/ass/boob/breast/chest/thigh/body/cleavage/skirt/bikini/lingerie/underwear',
      // Arousal said beside looks reads as sexual.
      'bother/turn+me+on/horny/arouse',
    ],
  },
  { match: 'attract+to/attraction/be+it+mutual/if+it+be+mutual/feeling+be+mutual/like+me+back/like+me+too' },
  { match: 'send/surprise/bring/give/buy her/him ..2 flower/rose/chocolate' },
  {
    match:
      'because/cause/since $subj be gorgeous/beautiful/cute/hot/pretty/handsome/attractive/stunning/sexy/fit',
  },
  {
    match: 'kiss/cuddle/snog/make+out+with/hold+hand/hug',
    unless: ['kiss+of+death/hug+the/group+hug/bear+hug+emoji'],
  },
  {
    match:
      'be+my+girlfriend/be+my+boyfriend/be+my+partner/be+his+girlfriend/be+her+boyfriend/be+my+wife/be+my+husband',
    // Passing oneself off as a spouse: "say I'm my wife".
    notAfter: ['i', 'it', 'that', 'this'],
  },
  {
    match:
      'get+back+together/back+together/give+us+another/get+back+with+me/rekindle/try+again+with+me/win+her+back/win+him+back',
  },
  {
    match: 'more+than+friend+way/in+that+way/romantically/romantic+interest/love+interest',
  },
  // Passing one's number to someone met in passing: on a receipt, slipped into a valentine.
  { match: 'call+me+sometime/text+me+sometime/hit+me+up+sometime/message+me+sometime/booty+call' },
  { match: 'slip/sneak ..4 my number/digits/phone+number', unless: PRACTICAL },
  {
    match: 'my number/digits/phone+number on/in ..2 receipt/napkin/cup/coffee+cup/valentine',
    // Not PRACTICAL: "for the bartender" is who it is for.
    unless: [
      'so+they/so+we/so+the/so+she/so+he/in+case/order/delivery/booking/appointment/call+about/refund',
    ],
  },
  {
    match: 'slip/sneak/leave/give/send ..4 a valentine',
    unless: ['class/pupil/kid/student/everyone/all/team'],
  },
  // Wanting to be more than what they are now: "more than my mentor", "more than climbing partners".
  {
    match: `be more+than just? my/our/a/an/her/his? ..1 ${PEOPLE}/partner/teammate/duo/coworker/co+founder/bandmate/buddy/pal`,
    with: ['want/like/if/whether/ask/could/maybe/feel/know/hope/wish'],
    notAfter: ['it', 'that', 'this', 'which', 'there', 'what', 'role', 'job'],
  },
  // Fond of someone: "sweet on her", "stolen my heart".
  { match: `sweet on her/him/you !'s/${IDEA}` },
  { match: `sweet on the/my/this/that/a ..1 ${PEOPLE}/hire/intern` },
  {
    match: 'capture/steal/melt ..1 my heart',
    unless: ['audience/customer/crowd/reader/fan/dog/cat/puppy/kitten/baby/city/book/film/song/brand'],
  },
  // Whether they are free to date: seeing anybody, spoken for.
  { match: '$subj/you be see anybody/somebody/anyone/someone', with: ['if/whether/ask'], unlessText: SET_UP },
  { match: 'be $subj/you take/speak+for/single ,' },
  { match: '$subj be take/speak+for ,/already+,' },
  {
    match: '$subj/you be/have? have/get ..1 a girlfriend/boyfriend/gf/bf/significant+other',
    with: ['if/whether/ask/find+out'],
    unlessText: SET_UP,
  },
  // Becoming a couple: "try being a couple", "make it official between us".
  {
    // Not "a couple (of) days", "an item on the agenda": the couple ends the clause.
    match: 'be/become a+couple/an+item ,/now',
  },
  { match: 'make+it+official+between/make+us+official/official+between+us' },
  { match: "get+a+thing+for her/him/you !'s" },
  { match: 'be+mine card/note/valentine/message/poem/letter' },
  { match: HAS_PARTNER, unlessText: SET_UP },
];
