import type { Rule } from '../rule';

// Romance and dating: asking someone out, saying you fancy them, compliments on looks.
const PERSON =
  'guy/girl/woman/man/boy/lady/bloke/one/neighbor/barista/colleague/coworker/cashier/waiter/waitress/receptionist/stranger/driver/trainer/teacher/tutor/nurse/pharmacist/student/classmate';

// Looks words: said about a person, they read as attraction.
// Not "fine" or "lovely": said of people's health and kindness as often as of their looks.
const LOOKS = 'gorgeous/beautiful/cute/hot/pretty/handsome/attractive/stunning/sexy/fit/dreamy/peng';
// Evening, one-to-one socialising: the usual shape of a date.
const OUTING =
  'drink/drinks/a+drink/dinner/a+dinner/a+date/date/a+nightcap/nightcap/the+cinema/the+movies/a+movie/a+film';
// Ways to keep in touch privately, asked of someone: a number, a handle.
const HANDLE =
  'number/digits/insta/instagram/snapchat/snap/socials/whatsapp/handle/phone+number/ig/tiktok/facebook';
// A practical reason to ask for a number: the purpose is said.
const PRACTICAL = [
  'so+we+can/so+i+can/in+case/carpool/lift/project/work/meeting/team/shift/booking/order/parcel/delivery/lesson/group+chat/rota/handover/for+the',
];

export const ROMANCE: readonly Rule[] = [
  { match: 'ask ~5 out !of/loud/there/about/to/from/what/whether/how/why/if/front/west/east/north/south' },
  {
    match:
      'on/for a/an proper/real/first/second/romantic/dinner/coffee/lunch/movie/cinema/blind? date !of/for/to/when/and/in/by/on/yet/range',
  },
  {
    match:
      'date+with/date+night/go+on+a+date/go+out+with/go+out+together/go+out+sometime/would+date/want+to+date/date+me/date+her/date+him/date+someone/date+my+_',
  },
  {
    match:
      'flirt/flirty/flirtatious/smitten/infatuate/lovestruck/soulmate/sweetheart/wingman/rizz/chat+up/hit+on/make+a+move/shoot+my+shot/pick+up+line',
  },
  {
    match:
      'romantic !comedy/comedies/novel/fiction/era/poetry/poet/period/genre/film/movie/book/story/drama/lead/subplot/scene/song/composer/music/writer/arc/plot',
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
    unless: ['team/group/everyone/colleagues/all/us+all/the+whole'],
  },
  {
    match: `get/grab/have/go+for ${OUTING}/coffee together/just+us/just+me+and+_/one+on+one`,
    unless: ['team/group/everyone/colleagues/all/us+all/the+whole/lunch/meeting/project'],
  },
  { match: 'go/come out with+me/with+me+sometime' },
  // Getting back with an ex.
  {
    match:
      'try+again/another+go/another+chance/second+chance/give+it+another/give+us+another/one+more+chance/work+it+out/start+over',
    requires: ['my+ex/ex+girlfriend/ex+boyfriend/ex+partner/ex+wife/ex+husband/my+former+partner'],
  },
  {
    match:
      'more+than friend/just+friend/a+friend/colleague/teacher/coworker/work+friend/classmate/mate/pal/buddy/flatmate/roommate/housemate/friendship',
  },
  { match: 'see/date anyone/someone ,/right+now/at+the+moment', with: ['if/whether/ask'] },
  {
    match: 'be/you single/available+romantically',
    with: ['if/whether/be+you'],
    unless: ['single+page/single+point/single+one/single+day'],
  },
  { match: 'relationship+status/be+taken' },
  { match: 'drink/dinner/date ..3 sometime' },
  { match: 'dinner/a+drink/drink/drinks/a+coffee+date with+me' },
  { match: 'free+for/up+for a? drink/dinner/date/nightcap', unless: ['team/group/everyone/colleagues'] },
  { match: 'just+the+two+of+us/just+you+and+me/as+a+date' },
  {
    match:
      'ask/invite/take ..4 to+the+cinema/to+the+movies/to+a+movie/to+prom/to+the+prom/to+the+dance/to+a+concert+with+me/to+dinner+with+me',
  },
  { match: 'have/feel/share/got/be chemistry/spark/vibe+between' },
  { match: 'slide+into ..2 dm/inbox' },
  { match: "valentine 's? card/gift/message/note/date/rose/flower/poem/letter" },
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
    match: 'attractive/gorgeous/beautiful/handsome/cute/pretty/hot',
    with: ['tell/say/compliment/let+her+know/let+him+know/message/dm/text'],
    unless: ['design/website/layout/offer/deal/price/product/logo/slide/deck/view/code/idea/weather'],
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
  },
  {
    match:
      'get+back+together/back+together/give+us+another/get+back+with+me/rekindle/try+again+with+me/win+her+back/win+him+back',
  },
  { match: 'more+than+friends+way/in+that+way/romantically/romantic+interest/love+interest' },
];
