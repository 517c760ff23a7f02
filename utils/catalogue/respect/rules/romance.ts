import type { Rule } from '../rule';

// Romance and dating: asking someone out, saying you fancy them, compliments on looks.
const PERSON =
  'guy/girl/woman/man/boy/lady/bloke/one/neighbor/barista/colleague/coworker/cashier/waiter/waitress/receptionist/stranger/driver/trainer/teacher/tutor/nurse/pharmacist/student/classmate';

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
  { match: 'my/a/secret/huge/big ..1 crush !it/the/this/that/my/your/them/their/on+the' },
  { match: 'fancy $obj/me/you' },
  { match: 'feeling+for/fall+for/fall+in+love/be+in+love/in+love+with/love+you/love+her/love+him/fall+hard' },
  { match: 'i like/adore/fancy him/her/you ,/and/a+lot/too/so/more/but/really/back' },
  { match: 'more+than friend/just+friend/a+friend/colleague/teacher/coworker/work+friend/classmate' },
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
