// Concept classes the rules share, written once as pattern alternatives and used as `$name`
// in any rule (see pattern.ts). A class names a sense, not a sentence: adding a synonym here
// teaches every rule that uses it.

export const LEXICON: Record<string, string> = {
  // People, as objects and subjects of a clause.
  obj: 'him/her/them/someone/somebody/people/stranger/everyone/anyone',
  subj: 'he/she/they/someone',
  poss: "his/her/their/someone+'s/_+'s",
  // Reaching someone: a message, call or visit. Slang and channel verbs included.
  contact:
    'message/text/email/call/phone/ring/dm/ping/contact/write+to/reach+out/followup/remind/nudge/chase/tag/comment/reply/voicemail/ask/try/tweet/tweet+at/hit+up/hit+_+up/pitch/spam/whatsapp/snap/facetime/slide+into/bug/badger/nag/pester/hassle/poke/send/approach/invite',
  // The same, for "keep …ing" and "… until" rules: verbs that mean another contact each time.
  recontact:
    'ask/message/text/email/call/phone/ring/dm/ping/bug/pester/nag/chase/bring+up/followup/push/remind/contact/try/write/comment/reply/show+up/turn+up/hassle/hit+up/hit+_+up/hit+_+_+up/tweet/tweet+at/spam/pitch/bother/badger/hound/poke/nudge/slide+into/knock/drop+by/drop+round/visit/whatsapp/snap/tag/send',
  photo: 'photo/pic/picture/photograph/image/selfie/video/snap/shot/content/clip/nude',
  refusal:
    'said+no/say+no+twice/turn+down/turn+_+down/turn+me+down/reject+me/ask+me+to+stop/tell+me+to+stop/stop+contact/stop+message/stop+call/leave+her+alone/leave+him+alone/leave+me+alone/decline/reject/refuse/block/mute/unfollow/ignore/ghost/unmatch/not+now/be+not+interested',
  // Asking-leave: whoever is asked decides (permission, consent, a policy question).
  permission:
    'if+i+can/if+i+may/whether+i+can/whether+i+may/may+i/can+i/could+i/permission/consent/if+they+be+ok/if+she+be+ok/if+he+be+ok/ok+with/okay+with/alright+with/happy+with/happy+for/fine+with/fine+for/ok+for/okay+for/comfortable+with/if+she+mind/if+he+mind/if+they+mind/be+alright/be+ok+to/be+okay+to/only+if/love+the+idea/agree+to/allowed',
  // Money and its carriers.
  amount:
    'money/cash/quid/buck/dollar/euro/pound/grand/tenner/fiver/score/{[£$€]\\d\\S*}/{\\d+k?}+quid/{\\d+k?}+buck/{\\d+}+dollar/{\\d+}+euro/{\\d+}+pound/crypto/bitcoin/gift+card/fifty/twenty/hundred/a+few+hundred/a+couple+hundred/a+couple+of+hundred',
  payapp:
    'venmo/paypal/cashapp/cash+app/revolut/zelle/monzo/wise/gofundme/go+fund+me/kofi/ko+fi/patreon/kickstarter/buymeacoffee',
  // Under 18: ages, school years, words for children.
  minor:
    '{[1-9]|1[0-7]}+year+old/{[1-9]|1[0-7]}+yo/{[1-9]|1[0-7]}+yr+old/{[1-9]|1[0-7]}+y+o/teen/teenager/teenage/minor/child/kid/schoolgirl/schoolboy/schoolkid/school+kid/underage/under+age/under+18/under+16/young+girl/young+boy/little+girl/little+boy/preteen/tween/middle+schooler/high+schooler/year+{[1-9]|1[01]}/grade+{[1-9]|1[01]}/in+year+{[1-9]|1[01]}/in+{[1-9]|1[01]}th+grade/{u(?:[1-9]|1[0-7])s?}/{(?:thir|four|fif|six|seven)teen}+year+old/{(?:thir|four|fif|six|seven)teen}+yo/young+lad/little+lad',
  // Someone met online or not at all.
  stranger: [
    'stranger/never+meet/i+meet+online/meet+online/from+online/from+the+internet',
    ...['', 'the+', 'a+', 'the+dating+', 'a+dating+'].flatMap((det) =>
      'app/forum/discord/reddit/instagram/insta/twitter/tinder/hinge/bumble/grindr/facebook/marketplace/server/chat/game'
        .split('/')
        .map((place) => `from+${det}${place}`),
    ),
  ].join('/'),
  // Media where something is made public.
  platform:
    'youtube/tiktok/reddit/twitter/x/instagram/insta/facebook/story/blog/medium/linkedin/group/group+chat/channel/forum/discord/server/internet/highlight/everyone/office/cohort/team/feed/page/profile/thread/podcast/stream/livestream/newsletter/nextdoor/whatsapp+group/snapchat/vlog/online',
};
