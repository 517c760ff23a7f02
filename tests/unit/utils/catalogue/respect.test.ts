import { describe, expect, it } from 'vitest';
import { RESPECT_CONCERNS, type RespectConcern, respectConcerns } from '../../../../utils/catalogue/respect';
import { compileRules } from '../../../../utils/catalogue/respect/compile';
import { candidates } from '../../../../utils/catalogue/respect/lemmatize';
import { tokenize } from '../../../../utils/catalogue/respect/tokenize';

// The phrasings named in issue 19: what the old check missed, and where it warned on a harmless ask.

describe('respect check: what it used to miss', () => {
  const missed: [string, RespectConcern][] = [
    ['Last week I made up an excuse to skip the stand-up; ask for Friday off the same way', 'deception'],
    ['Told my landlord a made-up story about a leak so he would come round sooner', 'deception'],
    ['I lied to the recruiter about my notice period, now ask her to move the start date', 'deception'],
    ['Pose as a journalist and ask the press office for their hiring numbers', 'deception'],
    ['Posing as a customer, ask the rival shop how they price', 'deception'],
    ['Fib about my notice period so the recruiter moves faster', 'deception'],
    ['Ask the new guy in marketing out for a drink', 'romance'],
    ['Keep asking Lena out until she says yes', 'romance'],
    ['Message the recruiter daily about my application', 'repeatedContact'],
    ['Email the hiring manager until they answer', 'repeatedContact'],
    ['Send a fourth reminder to the editor about my pitch', 'repeatedContact'],
    ['Ask her for explicit photos', 'sexual'],
    ['She said no, so make a new account and ask her again', 'repeatedContact'],
  ];

  it.each(missed)('flags “%s” as %s', (text, concern) => {
    expect(respectConcerns(text)).toContain(concern);
  });
});

describe('respect check: harmless asks that share words', () => {
  const harmless = [
    'Generate fake data for the signup form and ask QA to review it',
    'Ask my writing group to beta read my romance novel',
    'Ask the organiser for the date of the next meeting',
    'Record my own talk and ask a friend to count my ums',
    'Ask if the meeting that happens every day could move to 10',
    'Share a shortcut trick in Excel and ask if anyone has a better one',
    // Negated.
    'Apply for the senior role. I won’t lie about my experience',
    'Answer a beginner’s question without pretending to be an expert',
    'Not asking her out, just asking a designer for feedback',
    // A company's discount or refund, one's own pay.
    'Ask the shop for the refund they owe me',
    'Ask the bike shop for a discount if I buy the lock and lights together',
    'Negotiate my own pay for the new role',
    'Send one polite follow-up a week after the application',
  ];

  it.each(harmless)('leaves “%s” alone', (text) => {
    expect(respectConcerns(text)).toEqual([]);
  });
});

describe('respect check: its answer', () => {
  it('lists concerns once each, in the fixed order', () => {
    const found = respectConcerns(
      'Ask my ex to lend me money, post her reply on Twitter, and pretend it was a joke. Keep messaging her daily.',
    );
    expect(found).toEqual(RESPECT_CONCERNS.filter((c) => found.includes(c)));
    expect(found).toEqual(['deception', 'repeatedContact', 'recording', 'money']);
  });

  it('is empty for empty or blank text', () => {
    expect(respectConcerns('')).toEqual([]);
    expect(respectConcerns('  \n ')).toEqual([]);
  });
});

describe('respect check: deception, a claim the text itself undoes', () => {
  const deceptive = [
    // A negated echo of the claimed word.
    'Would it be alright to say my laptop was nicked so the client gives me another week? It wasn’t nicked.',
    'Tell the examiner my cat died so I get more time, I don’t have a cat',
    // A concession or "when in fact" after the claim.
    'Let HR know I have a master’s degree, even though I never finished it',
    'tell my boss the wifi was down all day when actually i was at the beach',
    'Tell the bank I earn 60k, it’s actually closer to 35k',
    // A bare denial, the real reason beside the excuse.
    'Tell the recruiter I have another offer on the table, there isn’t one really',
    'tell my manager my train got cancelled, i just didn’t fancy coming in tbh',
    // Speaking as someone else, framing, false impressions, altered figures, extra accounts.
    'Reply to the buyer as my brother’s solicitor so he backs down',
    'Word the message as if my boss approved the spend',
    'Give the client the impression we have a team of 20 when it’s just me',
    'Let the recruiter believe I’m still employed',
    'Edit the date on my receipt so the shop accepts the return',
    'Make a couple of extra accounts to vote for my design in the contest',
    // A later clause that says the claim isn't so: fine after all, never did it, still there.
    'tell my boss my kid has a fever so I can leave early. he’s totally fine',
    'say the parcel arrived damaged so they refund me, it came perfect',
    'tell the teacher I handed it in on time. I never submitted it',
    'say I’ve got a competing offer to push the salary up. there’s no other offer',
    'tell the buyer someone else wants it too. nobody else has even asked',
    'let the client think we’ve only got one slot left this week. we have loads',
    'put fluent Spanish on my CV, I know like two words',
    'tell my tutor I’ve been ill all week. honestly I just couldn’t be bothered',
    'say I’m a nurse so they give me the discount, I’m really just a receptionist',
    'rather than admit I forgot, I’ll say the email bounced',
    // Posing as strangers, borrowed passes, doctored screenshots.
    'make a second insta and comment on my own posts so people think I’m popular',
    'get my friends to leave reviews as if they stayed at my flat',
    'use my mate’s student id to get the cheaper ticket',
    'tell the bank I’m my husband so they sort the account',
    'how do I make my excuse believable',
    'let the shop know the blender came faulty, it works fine honestly',
    'text my boss that the trains are on strike. they’re running normally',
    'message the landlord that my rent was sent on Monday. I haven’t paid it yet lol',
    'tell the buyer ten people are interested so he pays asking. literally no one has asked',
    'tell my followers we’re almost sold out to drive sales, we have hundreds',
    'tell the college I live in the catchment area, we moved out last year',
    'tell the insurer the scratch happened in the car park, i did it myself reversing',
    'say my kid is 11 so he gets in free, he’s 14',
  ];
  it.each(deceptive)('flags “%s” as deception', (text) => {
    expect(respectConcerns(text)).toContain('deception');
  });

  const honest = [
    'Tell my boss sorry I’m late, I overslept and it won’t happen again',
    'Tell her I’m free on Monday but not free on Tuesday',
    'Say thank you to my neighbour even though we don’t talk much',
    'Email the CEO directly with my idea, even though I’m only an intern',
    'Write to the editor pitching my article, though I’m not a professional writer',
    'Tell the client we can’t hit Friday, it’s closer to Tuesday',
    'Word the message as if you were talking to a friend',
    'Let the client think about the offer over the weekend',
    'Email the hotel that I never received the invoice',
    'fake it till you make it confidence tips for asking my manager for feedback',
    // Owning up to a feeling, lies told about one, being asked to lie and refusing.
    'I’d be lying if I said I’m not excited, help me write to the venue',
    'my manager asked me to backdate the invoice, how do I refuse politely',
    'someone is pretending to be our company on instagram, how do I report it',
    'my ex lied to my friends about me, how do I clear my name',
    'my sister pretended to be sick to skip school, how do I talk to her about it',
    'there’s no other way to say this, I need to tell my landlord the boiler broke',
    'tell the hotel it’s our honeymoon, we just got married last week',
    'my car broke down, car’s fine now, how do I thank the mechanic',
    'use made-up names in the demo slides so no real customer shows up',
    'tell the client we only have 2 spots left this month, they’re filling fast',
    'tell the vet my cat is 12, she’s 12 next week actually',
    'tell the garage the car makes a noise. it runs fine otherwise',
    'let the teacher know my son was sick. he’s fine, just tired',
    'tell the seller I’m interested in the bike. nobody has asked me for anything',
    'tell the college I live nearby. we moved here last year from Leeds',
    'let my neighbour know I fixed the fence, I did it myself over the weekend',
    'tell my landlord I’ll be away in August. it’s just me living here so no one will use the heating',
    'tell the recruiter I’m open to remote roles. I’m really on the fence about relocating',
    'tell the hotel it’s our honeymoon! we’ve been married 3 days',
    'claim my refund for the delayed flight, it was really 5 hours late',
    'say thanks to my mum for calling me back when she did',
  ];
  it.each(honest)('leaves “%s” alone', (text) => {
    expect(respectConcerns(text)).not.toContain('deception');
  });
});

describe('respect check: recording, in other words', () => {
  const flagged = [
    // Someone's number, name or face spread with a grudge.
    "Post my ex's phone number on Twitter so people can tell her what they think of her",
    'Put her full name and photo on Reddit because she scammed me',
    'Dox the guy who scammed me on Marketplace',
    "Put the contractor's name and number on the local Facebook group as a warning",
    // Private words, or words said in confidence, passed on.
    'Forward the private email my boss sent me to the whole department',
    'Paste his private DMs into the Discord server',
    'Publish the email my colleague sent me in confidence on LinkedIn',
    // A device running out of sight, or a capture while they are away.
    "Keep a voice recorder running in my jacket during the tenancy meeting, she won't notice",
    'Go live on TikTok while my sister has a meltdown without telling her',
    'Screengrab the group chat and drop it in the other group',
    'Use a call recorder app on the call with the recruiter, no need to tell her',
    'Audio record the meeting on the down-low',
    'Film my neighbour through the window',
    // Exposing or naming a person, showing their messages round, telling their confidences.
    'Make a TikTok exposing my landlord',
    "Write a Glassdoor review naming my manager and saying he's a liar",
    'Show everyone at work the messages my ex sent me',
    'Screenshot what she said in our DMs and send it to her boss',
    'Tell the whole office what my colleague told me in private',
    // Other voices: footage of a person, private correspondence, details in slang, a plate left visible.
    'I wish to circulate the CCTV footage of my neighbour in the society group',
    "Please help me compose an email to the department attaching my supervisor's private correspondence",
    'pls help me word a msg to post his home addy in the local fb grp',
    'Make a reel of the auto driver who overcharged me with his number plate visible',
    'Send the voicemail she left me to her parents',
    'Tag her husband in the screenshots of our chat',
    'Keep the Teams call recording running after the others drop off so I catch what they say about me',
    'Set up a hidden cam in the living room to catch my flatmate',
    // A device hidden to hear what people say; words captured and sent round; details set before a crowd.
    'Hide a little mic behind the sofa so I can hear what my in-laws say about me',
    'Tuck my phone under the desk and let it record the disciplinary hearing without telling anyone',
    "Screengrab his DMs for the lads' group chat",
    'Quietly record my landlord on the call and upload it to YouTube',
    "Post the guy's real name and where he works on Reddit so people can report him",
    'Whack his personal cell number on the scam alert page',
    "Snap pics of her texts while she's in the loo and send em to her husband",
    'Let Teams auto-record the 1:1 without mentioning it to my manager',
    "Stick his nasty message up on the club's public page so everyone sees what he's like",
    "Make a reel with the seller's face and full name, calling him a fraud",
  ];
  const harmless = [
    "Post the venue's phone number in the group chat so people can book",
    'Share the name of a good plumber in the neighbourhood group',
    'Drop her a message to ask about the rota',
    'Send the feedback privately to my manager',
    'Link his Instagram in my post to credit the photographer',
    'Take a photo of the whiteboard and share it in the team channel',
    'Record a voice note and send it to my mum',
    'Ask the team lead to expose the juniors to code review',
    'Film the sunset through the window of my flat',
    'Show the team the email the client sent me and ask for ideas',
    'Share the secret recipe with my cooking group',
    'Screenshot the recipe and send it to my friend',
    'Post a LinkedIn thank-you naming my mentor',
    'Ask my colleague if I can share what she told me in private with HR',
    "The new site will go live on Monday without telling the old users, ask the PM if that's ok",
    "They don't know the process, so record a short tutorial for the new starters",
    "Record a quick demo while she's away so she can watch it later",
    'Screenshot the meeting notes and share them in the group chat',
    'Film the concert from my seat and post it on Instagram',
    'Ask the building manager to share the CCTV footage of the break-in with the police',
    'Send the photos from the wedding to her parents',
    'Post the event poster with the venue address visible',
    'Keep the webinar recording running after the speakers leave so latecomers can watch',
    'Share the contact details of the plumber in the society group',
    'Forward her reply to my manager with her okay',
    'Record my voiceover after everyone leaves the office',
    'Record a sneak peek of the new feature for the launch',
    'Put a camera in the hallway so I can see who keeps stealing parcels',
    'Someone posted my private messages in the group, how do I ask them to take it down',
    'My flatmate hid a camera in the lounge without telling us, what do I do',
    "Post the lost dog's photo so everyone can help find him",
    'Screenshot the reply from customer service and send it to my manager',
    'Quietly take a photo of the sunset from the balcony',
    "Play the video at the wedding, it's a surprise, she won't know",
    "Set up a camera so I can see what the cat gets up to while I'm at work",
    'Read out the thank-you note from the head at assembly',
  ];

  it.each(flagged)('flags “%s” as recording', (text) => {
    expect(respectConcerns(text)).toContain('recording');
  });
  it.each(harmless)('leaves “%s” alone', (text) => {
    expect(respectConcerns(text)).toEqual([]);
  });
});

describe('respect check: sexual, in other words', () => {
  const flagged = [
    // A remark or joke about someone's body.
    'Tell my coworker her legs look amazing in those jeans',
    "Joke with the lads about the new hire's figure",
    'Comment on her curves in the group chat',
    "Tell her what I'd do to her body if I got the chance",
    'Tell my colleague I’ve been having naughty thoughts about her',
    // Clothes off, nothing on, pictures of the private or bold kind.
    'Ask my classmate to FaceTime with her shirt off',
    'Ask her for pics without a stitch on',
    'Message the girl from Discord asking for some suggestive selfies',
    'Ask my online friend for her cheeky pics',
    'Ask the model for photos, the spicy kind',
    'Send her a pic of my junk',
    'Catcall the woman who jogs past my house',
    // Crude words and pictures, compliments on a body, in other voices.
    'Send vulgar messages to the girl from Instagram',
    'Request intimate imagery from a colleague',
    'Ask her to send some hot pics',
    'Tell my coworker she has a great rack',
    'Ask my match for a video call in her nightie',
    'Ask her to wear something revealing for our video call',
    'Ask the new guy if he wants to get laid tonight',
    'Ask my gym crush to send progress pics in just her sports bra',
    "Tell him I want to see what's under his shirt",
    'Ask her to show me her body on video call',
    'Ask her to send me something spicy tonight',
    // Remarks on a body's shape, what one would do to someone, bedroom talk, more shown on camera.
    'Tell the new barista how thicc she is',
    "Text my colleague exactly what I'd do to her if she came over tonight",
    'Tell the gym guy he has a body made for sin',
    'Send my match a pic of me with no top on',
    'Make a joke about the intern being good in the bedroom',
    'Ask my gaming friend to turn her webcam on and show a bit more',
    'DM the cashier a filthy fantasy',
    'Ask the landlord if I can pay less rent in return for some favours',
    "Set my Discord pfp to something nsfw before joining the school parents' server",
    "Rate her body out of ten and say what I'd do with it",
  ];
  const harmless = [
    'Ask the designer if the nude colour palette works for the packaging',
    'Ask the author about her body of work',
    'Ask my physio how my leg looks after the surgery',
    'Send a photo of the table leg to the seller to show the damage',
    'Ask the host to top off the drinks',
    'Ask my friend to share an intimate story about grief for the podcast',
    'Ask the speaker for a revealing interview about the startup',
    'Ask the photographer for the photos, the high resolution kind',
    'Ask the agency for some hot photos of the new product for the launch',
    'Share the sexy new feature with the team',
    'Tell my colleague she has a great eye for design',
    'Ask the shop about a nice body lotion for dry skin',
    'Ask the editor to remove the vulgar language from the draft',
    'Ask if Virgin Media can fix my broadband',
    'Ask the team to show me their body of work',
    'Ask the sports shop for a photo of the sports bra in a bigger size',
    'My boss got laid off, how do I ask for a reference',
    'Ask my friend to show a bit more of the slide on the call',
    'A coworker keeps making sexual jokes, how do I report it to HR',
    'Send me the unedited shots from the wedding',
    "Tell my mate I'll do his taxes in exchange for a few favours",
    'What would we do with the old sofa',
  ];

  it.each(flagged)('flags “%s” as sexual', (text) => {
    expect(respectConcerns(text)).toContain('sexual');
  });
  it.each(harmless)('leaves “%s” alone', (text) => {
    expect(respectConcerns(text)).toEqual([]);
  });
});

describe('respect check: repeated contact and romance, said in other words', () => {
  const flagged: [string, RespectConcern][] = [
    // Showing up in person, or on another line, after being ignored.
    ['She left me on read, so I’ll turn up at her flat tonight', 'repeatedContact'],
    ['He hasn’t answered in two weeks; should I just drop by his office', 'repeatedContact'],
    ['She turned me down, so I’ll turn up at her house', 'repeatedContact'],
    ['He won’t pick up, so ring him from a withheld number', 'repeatedContact'],
    ['My ex blocked me, so message her from my sister’s account', 'repeatedContact'],
    // Counted, scheduled or chained contacts.
    ['DM her like 20 times until she notices', 'repeatedContact'],
    ['Circle back with the client every other day', 'repeatedContact'],
    ['Bump my post in the group every few hours so she sees it', 'repeatedContact'],
    ['Send a reminder about the reminder to the landlord', 'repeatedContact'],
    ['Tag the brand on every post until they repost me', 'repeatedContact'],
    ['He told me he’s not interested, but email him again next month', 'repeatedContact'],
    ['Should I triple text him', 'repeatedContact'],
    ['Send her three texts in a row', 'repeatedContact'],
    ['I won’t take no for an answer, message her again', 'repeatedContact'],
    // Romance in other words.
    ['Ask the new hire to come as my date to the gala', 'romance'],
    ['Invite my colleague for a candle-lit meal', 'romance'],
    ['I can’t stop thinking about the guy from the gym, help me message him', 'romance'],
    ['Ask my coworker if we could be more than just friends', 'romance'],
    ['I have a thing for my lab partner, should I say something', 'romance'],
    ['I can’t get her out of my head, should I text her', 'romance'],
    ['Take her out for Valentine’s, she’s in my pottery class', 'romance'],
    ['I want to tell her how I feel before she moves', 'romance'],
    ['She’s totally my type, help me ask her', 'romance'],
  ];

  it.each(flagged)('flags “%s” as %s', (text, concern) => {
    expect(respectConcerns(text)).toContain(concern);
  });

  const quiet: [string, RespectConcern][] = [
    ['Call the clinic from my work phone to book an appointment', 'repeatedContact'],
    ['I’ll wait outside the venue for my friend', 'repeatedContact'],
    ['Visit my grandma at her house this weekend', 'repeatedContact'],
    ['Keep my manager in the loop', 'repeatedContact'],
    ['Bump into my old teacher at the shops and say hi', 'repeatedContact'],
    ['Ask the landlord three questions about the lease', 'repeatedContact'],
    ['Send my mum a text on Monday, Wednesday and Friday to check she’s ok, as we agreed', 'repeatedContact'],
    ['Book a candlelit dinner for my wife and me for our anniversary', 'romance'],
    ['Ask my manager about the team dinner, just us devs', 'romance'],
    ['Ask my boss if I can take her out for a farewell lunch with the team', 'romance'],
    ['Tell my friend I can’t stop thinking about her advice', 'romance'],
    ['I can’t stop thinking about the exam', 'romance'],
    ['I have a thing for spreadsheets', 'romance'],
    ['Help me write a Valentine’s Day newsletter for customers', 'romance'],
    ['Tell my manager how I feel about the reorg', 'romance'],
    ['Share my feelings with my therapist', 'romance'],
    ['Send another email to HR about my payslip', 'repeatedContact'],
    ['Ask my manager to stop booking back-to-back meetings', 'repeatedContact'],
    ['The bank declined my card, so I’ll go to their branch office tomorrow', 'repeatedContact'],
    ['My friend isn’t picking up, I’ll wait outside the cinema as planned', 'repeatedContact'],
    ['She declined the meeting, so I’ll send her the notes from my work email', 'repeatedContact'],
  ];

  it.each(quiet)('does not flag “%s” as %s', (text, concern) => {
    expect(respectConcerns(text)).not.toContain(concern);
  });
});

describe('respect check: the words its rules are written in', () => {
  // A word the rules use is kept as it is, so a plural written in one rule ("parents") stops
  // that plural meeting every rule written with the singular ("parent"). Only plurals with a
  // sense of their own may be rule words beside their singulars.
  const OWN_SENSE = new Set([
    ...['as', 'his', 'is', 'its', 'yes', 'cos', 'news', 'notes', 'thanks', 'towards', 'upwards'],
    ...['tights', 'privates', 'financials', 'sales', 'benefits', 'keeps', 'times', 'socials'],
    // "Drinks" with the crew, not "a drink" for two; "the kids" in general, not one child.
    ...['drinks', 'kids'],
  ]);

  it('has no plural beside its singular, unless the plural means something else', () => {
    const { vocabulary } = compileRules();
    const shadowing = [...vocabulary].filter(
      (word) =>
        word.endsWith('s') &&
        !OWN_SENSE.has(word) &&
        candidates(word)
          .slice(1)
          .some((base) => base !== word && vocabulary.has(base)),
    );
    expect(shadowing).toEqual([]);
  });
});

describe('respect check: repeated contact and romance, round three', () => {
  const flagged: [string, RespectConcern][] = [
    // A new or hidden account after a block; showing up after being dodged.
    ['He blocked me so I’ll make a new insta to message him', 'repeatedContact'],
    ['Get a burner snap and message her, she blocked me', 'repeatedContact'],
    ['She’s ignoring my emails so I’ll drive to her office tomorrow', 'repeatedContact'],
    ['She blocked my number so I’ll text her from my sister’s phone', 'repeatedContact'],
    // Counted contacts, contact until they give way, mail after an opt-out.
    ['Text him 4 more times tonight', 'repeatedContact'],
    ['Keep posting in her comments until she notices me', 'repeatedContact'],
    ['Ping the whole channel until someone reviews my PR', 'repeatedContact'],
    ['He unsubscribed but I’ll add him to the other mailing list', 'repeatedContact'],
    // Romance: free to date, fond of them, more than colleagues, a couple.
    ['Ask my crush if she’s single', 'romance'],
    ['Ask my coworker if he has a boyfriend', 'romance'],
    ['Tell the cute barista she stole my heart', 'romance'],
    ['Ask the pharmacist whether she’s seeing anyone', 'romance'],
    ['I’d like to be more than teammates with her, how do I say it', 'romance'],
    ['Slip the waiter my number with the tip', 'romance'],
    ['Does she have a boyfriend? Find out for me', 'romance'],
    ['Leave my number on a napkin for the bartender', 'romance'],
    ['I’ve been sweet on the new hire for months, how do I tell him', 'romance'],
    ['Is he single? Ask his friend for me', 'romance'],
  ];

  it.each(flagged)('flags “%s” as %s', (text, concern) => {
    expect(respectConcerns(text)).toContain(concern);
  });

  const quiet: [string, RespectConcern][] = [
    // Someone else contacting the asker, who asks how to handle it.
    ['My landlord keeps texting me every day about the rent, how do I ask him to stop', 'repeatedContact'],
    ['My mum calls me every morning, how do I tell her I’m busy', 'repeatedContact'],
    ['A customer keeps calling the shop over and over, how do I escalate it', 'repeatedContact'],
    ['The client’s emails landed in spam, how do I ask them to resend', 'repeatedContact'],
    ['He hasn’t replied yet, help me draft a polite nudge', 'repeatedContact'],
    ['Block my number when I call the pharmacy', 'repeatedContact'],
    ['Add the new hires to the other mailing list', 'repeatedContact'],
    // Being asked out, dates on a calendar, a couple of minutes.
    ['She asked me out and I want to say yes, how do I reply', 'romance'],
    ['Ask the GP receptionist for the date my results come back', 'romance'],
    ['Ask my sitter to cover date night with my husband', 'romance'],
    ['Could we be a couple minutes late', 'romance'],
    ['Ask if the seat is taken', 'romance'],
    ['My dog has stolen my heart, write a caption', 'romance'],
    ['Ask my manager if I can be more than a coordinator on this project', 'romance'],
    ['Put my number on the receipt so the customer can call about the order', 'romance'],
    ['My mentor says I should shoot my shot and apply for the lead role', 'romance'],
    ['Write a cute message to thank my team', 'romance'],
    ['Are the rooms single or double?', 'romance'],
    ['Do they have a partner for the project?', 'romance'],
    ['Ask my friend if he’s seeing anyone, I want to set him up with my sister', 'romance'],
    ['Make a new account on the bank app, my old one got blocked', 'repeatedContact'],
    ['He’s been avoiding me at work, should I pop by his desk and clear the air', 'repeatedContact'],
    ['Keep bringing it up in standup every day until they fix the bug', 'repeatedContact'],
  ];

  it.each(quiet)('does not flag “%s” as %s', (text, concern) => {
    expect(respectConcerns(text)).not.toContain(concern);
  });
});

describe('respect check: how the words are read', () => {
  it.each([
    ['Send the voice note she left me to her fiancé', 'recording'],
    ["Ask her for a photo of the tattoo 'somewhere private'", 'sexual'],
  ] as const)('reads “%s” as %s', (text, concern) => {
    expect(respectConcerns(text)).toContain(concern);
  });

  it('keeps "hell" and "shell" as words, not "he will" and "she will"', () => {
    expect(tokenize('What the hell, check the shell')).toEqual([
      ['what', 'the', 'hell', ',', 'check', 'the', 'shell'],
    ]);
  });
});
