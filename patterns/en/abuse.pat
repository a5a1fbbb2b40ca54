# Insults, contempt and character attacks aimed at us or our work.
# Precision first: every pattern needs "you"/"your ..." (or an unmistakable
# insult) so that talk about a previous supplier is not read as abuse.

id: insult_adjective
weight: 3
note: You / your team described as incompetent, useless, stupid...
regex: (?x) \b(?: you (?:\s+guys|\s+people|\s+lot|\s+all)?
regex:         | your \s+ (?:whole \s+)? (?:team|agency|company|firm|people|staff|designers?|developers?|guys|studio) )
regex:    (?: \s*['’]re | \s+are | \s+is | \s+were | \s+seem | \s+must \s+be | \s+have \s+been )
regex:    \s+ (?:(?:so|completely|totally|utterly|just|clearly|absolutely|really|truly|bloody|such|plain|simply)\s+)*
regex:    (?:incompet[ae]nt|useless|clueless|pathetic|stupid|lazy|dumb|hopeless|worthless|idiotic|r[ie]diculous)\b
match: Honestly, you are completely incompetent.
match: Your developers are clueless.
match: You guys are just useless, it's that simple.
match: You’re pathetic.
match: you are so incompetant
nomatch: The previous agency was incompetent.
nomatch: You're not useless at all, I was just frustrated.
nomatch: Are you available on Monday?
nomatch: Your team is amazing.

id: insult_question
weight: 3
note: "Are you (people) stupid/incompetent?", "can't you read?"
regex: (?x) \bare \s+ you (?:\s+(?:people|guys|all))? \s+
regex:    (?:(?:just|really|actually|completely|totally|simply)\s+)*
regex:    (?:stupid|dumb|blind|deaf|illiterate|incompetent|thick|an \s+ idiot|useless|clueless|lazy)\b
regex:  | \b(?:can['’]?t \s+ you | can \s+ you \s+ not | cannot \s+ you) \s+ read\b
regex:  | \bdo \s+ you \s+ (?:even|actually) \s+ read \s+ (?:my|our|the|what)\b
match: Are you people completely incompetent or just lazy?
match: Can't you read?
match: Do you even read what I send you?
nomatch: Are you free to read the draft tomorrow?
nomatch: Did you read my notes from the call?

id: insult_noun
weight: 3
note: You / your team called an idiot, a joke, amateurs...
regex: (?x) \b(?: you | your \s+ (?:whole \s+)? (?:team|agency|company|firm|people|staff|designers?|developers?|work|service|studio) )
regex:    (?: \s*['’]re | \s+are | \s+is | \s+were | \s+have \s+been | \s+has \s+been )
regex:    \s+ (?:(?:just|clearly|obviously|really|nothing \s+ but|frankly)\s+)*
regex:    (?:an? \s+ | such \s+ an? \s+ | a \s+ bunch \s+ of \s+ | a \s+ pack \s+ of \s+)?
regex:    (?:(?:complete|total|absolute|utter|bloody|fucking|useless|incompetent|stupid)\s+)*
regex:    (?:idiots?|morons?|clowns?|amateurs?|imbeciles?|jokes?|disgrace|frauds?|liars?|cowboys|muppets|fools?|incompetents)\b
match: Frankly, you're an idiot if you think this is finished.
match: Your team is a joke.
match: Your designer is a total moron.
match: You are a bunch of amateurs.
nomatch: Our old website was a joke, which is why we hired you.
nomatch: You are a star.
nomatch: You were right about the fonts.

id: vocative
weight: 3
note: Name-calling: "you idiots", "you useless bunch", "bunch of clowns".
regex: (?x) \byou \s+ (?:(?:stupid|useless|incompetent|lazy|clueless|pathetic|bloody|absolute|complete|total|utter|fucking)\s+)*
regex:      (?:idiots?|morons?|clowns|amateurs|imbeciles?|muppets|fools)\b
regex:  | \byou \s+ (?:stupid|useless|incompetent|lazy|clueless|pathetic) \s+ (?:bunch|lot|people|guys)\b
regex:  | \bbunch \s+ of \s+ (?:idiots|morons|clowns|amateurs|imbeciles|incompetents|cowboys|muppets)\b
unless: \b(?:previous|last|old|former|other|past)\s+(?:agency|agencies|supplier|developers?|designers?|freelancers?|team|company|firm|provider)\b
match: Stop making excuses, you useless bunch.
match: You idiots deleted the whole page.
match: I'm dealing with a bunch of clowns.
nomatch: The last agency were a bunch of amateurs, you are much better.
nomatch: Thanks, you lot!
nomatch: We were idiots to sign with the last agency.

id: child_could
weight: 3
note: Contempt: "a child could have done better".
regex: (?x) \b(?: a \s+ (?:child|kid|monkey|chimp|toddler|five[\s-]year[\s-]old|5[\s-]year[\s-]old)
regex:        | my \s+ (?:dog|cat|grandmother|grandma|\d+[\s-]year[\s-]old|five[\s-]year[\s-]old) )
regex:    \s+ could \s+ (?:have \s+)? (?:do(?:ne)?|made|make|designed?|written|write|buil[dt]|drawn|draw)\b
match: Honestly, a child could have done a better job than this.
match: My five-year-old could draw a better logo.
nomatch: A child could use the new menu, it's so simple.
nomatch: Could a child use the app without help?

id: no_idea
weight: 3
note: "You have no idea what you're doing."
regex: (?x) \byou \s+ (?:clearly\s+|obviously\s+|really\s+|honestly\s+|simply\s+)?
regex:    (?: (?:have|['’]ve \s+ got|['’]ve) \s+ (?:no|zero) \s+ (?:idea|clue)
regex:      | (?:don['’]?t|do \s+ not) \s+ (?:have \s+ a \s+ clue|know) )
regex:    \s+ what \s+ you (?:['’]re|\s+are) \s+ (?:doing|talking \s+ about)\b
match: You clearly have no idea what you're doing.
match: You don't know what you are doing.
nomatch: You have no idea how much this helped!
nomatch: I have no idea what the password is.

id: whats_wrong_with_you
weight: 3
note: "What the hell is wrong with you?", "are you out of your mind?"
regex: (?x) \bwhat (?:['’]s | \s+ is | \s+ the \s+ (?:hell|fuck|heck) \s+ is) \s+ wrong \s+ with \s+ you\b
regex:  | \bwhat \s+ the \s+ (?:hell|fuck|f\*+k|f\*+) \s+ (?:were|are|was|is|did) \s+ you\b
regex:  | \bare \s+ you \s+ (?:out \s+ of \s+ your \s+ minds? | insane | nuts)\b
match: What the hell is wrong with you guys?
match: What the hell were you thinking?
match: Are you out of your mind?
nomatch: What is wrong with the login page?
nomatch: What the hell, let's try it.

id: amateur_hour
weight: 3
note: Contempt for our work as a whole.
regex: \bamateur\s+hour\b|\bclown\s+(?:show|car)\b|\bcircus\s+act\b
match: This is amateur hour, plain and simple.
match: What a clown show.
nomatch: The amateur football club needs a site.
nomatch: We booked a circus for the party.

id: ashamed
weight: 3
note: "You should be ashamed", "shame on you".
regex: \byou\s+should\s+be\s+(?:deeply\s+|really\s+)?ashamed\b|\bshame\s+on\s+you\b
match: You should be ashamed of yourselves for delivering this.
match: Shame on you.
nomatch: I'm not ashamed to say I love the new logo.
nomatch: It's a shame we couldn't meet.

id: garbage
weight: 2
note: Our work called garbage, crap, rubbish... (with or without an adjective: "useless garbage")
regex: (?x) \b(?:this|that|it|what \s+ you \s+ (?:have \s+ |['’]ve \s+)? (?:sent|delivered|did|made|built|wrote|produced|designed|gave)(?:\s+(?:us|me))?
regex:        | your \s+ (?:work|design|draft|report|code|copy|site|website|proposal|logo|content|writing))
regex:    \s* (?:is|was|['’]s|are|were) \s+ (?:(?:absolute|complete|total|utter|pure|just|a \s+ piece \s+ of|more|such)\s+)*
regex:    (?:(?:incompet[ae]nt|useless|amateur(?:ish)?|worthless|pathetic|unusable|sloppy|lazy|overpriced|half-baked|shoddy|lousy|third-rate|unprofessional)\s+)?
regex:    (?:garbage|crap|rubbish|shit|trash|junk|dogshit)\b (?!\s+(?:bin|bins|collection|truck|bag|can|day|disposal|mail|e-?mails?))
regex:  | \b(?:this|such|that) \s+ (?:absolute \s+ | utter \s+)?
regex:    (?:(?:incompet[ae]nt|useless|amateur(?:ish)?|worthless|pathetic|unusable|sloppy|shoddy|lousy|third-rate|unprofessional)\s+)?
regex:    (?:garbage|crap|shit|trash)\b (?!\s+(?:bin|bins|collection|truck|bag|can|day|disposal))
regex:  | \b(?:incompet[ae]nt|amateur(?:ish)?|pathetic|unprofessional) \s+ (?:garbage|crap|rubbish|trash)\b
regex:  | \bpiece \s+ of \s+ (?:crap|shit|junk|garbage)\b
match: You should deliver something better than this garbage.
match: Your copy is absolute rubbish.
match: This is a piece of crap.
match: This is useless garbage.
match: Honestly, this is incompetent garbage.
match: Incompetent garbage, from start to finish.
match: What you sent us is amateurish rubbish.
match: I'm not paying for this useless garbage.
nomatch: Please take the garbage collection dates off the site.
nomatch: The rubbish bins are in the back yard.
nomatch: This garbage truck company is our new client.
nomatch: The useless garbage in the old archive folder can be deleted.
nomatch: It is useless to keep the garbage collection script.
nomatch: This is not garbage, it's a solid first draft.
nomatch: It's useless junk mail, just ignore it.

id: shut_up
weight: 3
note: Direct abuse: "shut up", "f*** you", "go to hell".
regex: \bshut\s+(?:up|your\s+mouth)\b(?!\s+shop)|\bf+u+c+k\s+(?:you|off)\b|\bscrew\s+you\b|\bgo\s+to\s+hell\b
match: Shut up and do what I pay you for.
match: Screw you and your invoice.
nomatch: We shut up shop at five on Fridays.
nomatch: The shutter is up, we can take the photo.

id: incompetent_work
weight: 3
note: Our work called incompetent, amateurish, pathetic.
regex: \b(?:(?:completely|totally|utterly|absolutely|plain|simply|such)\s+)?(?:incompetent|amateurish|pathetic|clueless|half-?assed)\s+(?:work|job|service|effort|delivery|execution)\b
unless: \b(?:previous|last|old|former|other)\s+(?:agency|supplier|developers?|designers?|freelancers?|team|company|firm|provider)\b
match: This is completely incompetent work.
match: What a pathetic effort.
nomatch: The previous agency did incompetent work, so we came to you.
nomatch: The work was competent and on time.
