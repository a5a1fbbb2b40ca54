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
note: Keeping the old way against our advice.
regex: (?x) \b(?:we|i)(?:['’]ll|\s+will|['’]d \s+ rather|\s+would \s+ rather|['’]re \s+ going \s+ to|\s+are \s+ going \s+ to|\s+prefer \s+ to) \s+ (?:just \s+)? (?:stick|stay) \s+ with \s+ (?:our|the|my) \s+ (?:current|existing|old|own|usual)\b
regex:  | \bwe(?:['’]ll|\s+will) \s+ keep \s+ (?:it|things|everything) \s+ (?:the \s+ way \s+ (?:it \s+ is|they \s+ are)|as \s+ (?:it \s+ is|they \s+ are))\b
match: We'll stick with our current approach.
match: We will keep things the way they are.
nomatch: We'll stick to the plan we agreed.
nomatch: We stayed with our current host for now, as you suggested.

id: disagree_advice
weight: 1
note: Disagreeing with our recommendation.
regex: \b(?:i|we)\s+(?:(?:completely|totally|strongly|really)\s+)?(?:disagree|don['’]?t\s+agree|do\s+not\s+agree)\s+with\s+(?:your|the|this|that|all\s+your)\s+(?:\w+\s+)?(?:recommendations?|suggestions?|advice|proposals?|approach|analysis|assessment|ideas?)\b
match: I disagree with your recommendation, we are keeping the old URLs.
match: We do not agree with the proposed approach.
nomatch: I agree with your recommendation.
nomatch: We don't agree with the new tax law either.

id: absolutely_not
weight: 1
note: A flat refusal at the start of a sentence.
regex: (?x) (?: ^ | (?<=[.!?\n]) | (?<=[.!?\n]\s) ) \s* (?:absolutely|definitely|certainly|hell) \s+ not\b (?! \s* [,.]? \s* (?:a \s+ problem|an \s+ issue|bad|urgent|your \s+ fault))
regex:  | \bno \s+ way\b (?! \s+ (?:to|of|around|for \s+ (?:us|them) \s+ to \s+ know))
regex:  | \bout \s+ of \s+ the \s+ question\b
match: Absolutely not, keep the old menu.
match: No way, we're keeping the red.
match: Changing the name is out of the question.
nomatch: Absolutely not a problem, take your time.
nomatch: There's no way to know before the launch.

id: not_interested
weight: 1
note: Dismissing our suggestions.
regex: \b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:really\s+|just\s+|simply\s+)?not\s+interested\s+in\s+(?:your|any\s+of\s+your|the|these|those|any)\s+(?:\w+\s+)?(?:suggestions?|ideas?|recommendations?|proposals?|advice|opinions?|input|changes)\b
match: I'm not interested in your suggestions on the copy.
match: We are not interested in any new ideas right now.
nomatch: We're not interested in the extra hosting package.
nomatch: I'm interested in your suggestions on the copy.

id: forget_idea
weight: 1
note: Killing a proposal.
regex: \bforget\s+(?:about\s+)?(?:the|your|that|this)\s+(?:\w+\s+)?(?:idea|suggestion|proposal|recommendation|plan)s?\b|\b(?:it|that)['’]?s\s+not\s+happening\b|\b(?:it|that)\s+is\s+not\s+happening\b
match: Forget the blog idea, it's not happening.
match: Forget your proposal.
nomatch: Don't forget the idea board for Monday's workshop.
unless: \b(?:don['’]?t|do\s+not|never)\s+forget\b
nomatch: The launch? It's happening next week.

id: not_follow_advice
weight: 1
note: Refusing to follow our advice.
regex: \b(?:we|i)(?:['’]re|\s+are|['’]m|\s+am)\s+not\s+going\s+to\s+(?:follow|take|implement|go\s+with|act\s+on)\s+(?:your|the|this|that)\s+(?:\w+\s+)?(?:advice|recommendations?|suggestions?|proposals?)\b|\bwe\s+(?:won['’]?t|will\s+not)\s+(?:follow|take|implement)\s+(?:your|the)\s+(?:advice|recommendations?|suggestions?)\b
match: We're not going to follow your advice on this one.
match: We won't implement your recommendations.
nomatch: We're going to follow your advice on this one.
nomatch: We will follow the recommendations in your audit.
