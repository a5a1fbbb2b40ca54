# Shooting down our recommendations and proposals, refusing to compromise.

id: no_not_doing
weight: 1
note: A flat "No, we're not doing that."
regex: (?x) \bno \s* [,.!]? \s* (?:we|i)(?:['’]re|\s+are|['’]m|\s+am) \s+ not \s+ (?:doing|going \s+ to \s+ do|changing|going \s+ with|using|adding|following)\b
regex:  | \b(?:we|i)(?:['’]re|\s+are|['’]m|\s+am) \s+ (?:definitely|absolutely|certainly) \s+ not \s+ (?:doing|changing|going \s+ with|using|adding)\b
match: No, we're not doing that.
match: We are definitely not changing the name.
nomatch: We're not changing our minds, option B it is.
nomatch: No, thank you, we don't need the extra hosting.

id: dont_like_any
weight: 1
note: Rejecting every option offered.
regex: (?x) \b(?:i|we) \s+ (?:don['’]?t|do \s+ not) \s+ (?:like|want) \s+ (?:any|either) \s+ (?:of \s+)? (?:the|these|those|them|your|this|one)\b
regex:  | \bnone \s+ of \s+ (?:these|those|the|your|them)
regex:    (?:\s+ (?:options|proposals|suggestions|ideas|designs|mock-?ups|drafts|versions|concepts|logos|layouts|recommendations|alternatives))?
regex:    \s+ (?:works?|fits?|is \s+ (?:right|good|acceptable|usable)|are \s+ (?:right|good|acceptable|usable|what \s+ we \s+ (?:want|need))|will \s+ (?:work|do)|do \s+ it \s+ for)\b
match: I don't like any of the options you sent.
match: None of these proposals work for us.
nomatch: None of the links in the newsletter work.
nomatch: I like both of the options, hard to choose.

id: not_what_we_want
weight: 1
note: Dismissing a proposal as not what was wanted.
regex: \b(?:that['’]?s|that\s+is|this\s+is|this['’]s|it['’]s|it\s+is)\s+(?:just\s+|really\s+|simply\s+)?not\s+what\s+(?:we|i)\s+(?:want(?:ed)?|had\s+in\s+mind|need(?:ed)?|are\s+looking\s+for|were\s+looking\s+for)\b
match: That's not what we want at all.
match: This is simply not what I had in mind.
nomatch: That's not what I meant, sorry for the confusion.
nomatch: This is what we wanted, thanks.

id: stick_with
weight: 1
note: Keeping the# Pushing back on price: too expensive, discounts, "others do it for less",
# expecting extras for free.

id: too_expensive
weight: 1
note: Our price called too high.
regex: (?x) \b(?:price|prices|pricing|quote|quotation|rates?|fees?|costs?|estimate|invoice|bill|proposal|offer|figure|amount|it|that|this|you|your \s+ \w+)
regex:    \s* (?:is|are|was|were|seems?|looks?|['’]s|feels?|sounds?) \s+ (?:(?:still|just|simply|frankly|honestly|definitely|a \s+ little|a \s+ bit|way|far|much|quite|really|rather|extremely|ridiculously|very|so|insanely|absurdly old way against our advice.
regex: (?x) \b(?:we|i)(?:['’]ll|\s+will|['’]d \s+ rather|\s+would \s+ rather|)\s+)* (?:too \s+ )?
regex:    (?:expensive|pricey|overpriced|costly|steep|high|exorbitant|excessive)\b
unless: \b(?:our|my)\s+(?:own\s+)?(?:prices?|rates|fee['’]re \s+ going \s+ to|\s+are \s+ going \s+ to|\ss)\b|\bnot\s+(?:too|that|so|very|overly|at\s+all)\s+(?:expensive|pricey|steep|high)\b|\b(?:quality|standard|expectations|traffi+prefer \s+ to) \s+ (?:just \s+)? (?:stickc|dema|stay) 