# Demands, ultimatums and pressure. Firm but normal requests ("we need the
# files by Friday, as agreed") must not match.

id: no_excuses
weight: 2
note: Refusing any explanation.
regex: (?x) \bno \s+ (?:more \s+)? excuses\b
regex:  | \b(?:i|we) \s+ (?:don['’]?t|do \s+ not) \s+ want \s+ to \s+ hear \s+ (?:any \s+)? (?:more \s+)? (?:excuses|explanations|reasons)\b
regex:  | \bstop \s+ making \s+ excuses\b
regex:  | \bspare \s+ me \s+ the \s+ (?:excuses|explanations)\b
match: I expect this to be fixed by tonight, no excuses.
match: I don't want to hear any more excuses.
nomatch: There is no excuse needed, these things happen.
nomatch: I want to hear your reasons for choosing this font.

id: drop_everything
weight: 2
note: Demanding we drop other work.
regex: \bdrop\s+(?:everything|whatever\s+(?:you(?:['’]re|\s+are)\s+doing|else\s+you(?:['’]re|\s+are)\s+doing))\b
match: Drop whatever you are doing and fix the homepage now.
match: I need you to drop everything.
nomatch: Drop me a line when you're free.
nomatch: We dropped everything from the old menu except the contact page.

id: dont_care_how
weight: 2
note: "I don't care how, just do it."
regex: \b(?:i|we)\s+(?:don['’]?t|do\s+not)\s+care\s+(?:how|what\s+it\s+takes|what\s+you\s+(?:have|need)\s+to\s+do|how\s+long\s+it\s+takes|if\s+you\s+have\s+to)\b
match: I don't care how you do it, just get it done by Monday.
match: We do not care what it takes.
nomatch: I don't care about the colour of the footer, choose one.
nomatch: We don't care much for animations.

id: non_negotiable
weight: 2
note: Closing the discussion.
regex: \bnon[\s-]?negotiable\b|\bend\s+of\s+(?:discussion|story|debate)\b|\b(?:this|that|it)\s+is\s+not\s+up\s+for\s+(?:discussion|debate)\b|\bnot\s+open\s+for\s+discussion\b
match: This is non-negotiable: the site goes live Friday.
match: I need you to be available this weekend, end of discussion.
nomatch: The price is negotiable if you commit for a year.
nomatch: The end of the story on our About page needs a photo.

id: ultimatum
weight: 2
note: "... or we're done", "this is your last chance".
regex: (?x) \bor \s+ (?: else (?= \s* (?:[.!?…] | $ | ,? \s* (?:we|i)\b)) | we(?:['’]re|\s+are) \s+ done | we \s+ walk | i(?:['’]m|\s+am) \s+ done
regex:      | (?:we|i)(?:['’]ll|\s+will) \s+ (?:walk|leave|go \s+ elsewhere|find \s+ (?:someone|somebody|another \s+ \w+)|cancel|terminate|take \s+ (?:our|my) \s+ business|stop \s+ paying|sue) )\b
regex:  | \bthis \s+ is \s+ your \s+ (?:last|final) \s+ (?:chance|warning)\b | \bfinal \s+ warning\b
match: You will have this done by 5pm today or we're done.
match: Fix it this week or we'll find someone else.
match: This is your last chance.
nomatch: We can meet on Tuesday or Wednesday, or else next week.
nomatch: Send it by post or we will collect it.

id: by_tonight
weight: 2
note: Something wanted done by an unreasonably close time, or immediately.
regex: (?x) \b(?:i|we) \s+ (?:expect|want|need|demand) \s+ (?:this|it|that|everything|the \s+ \w+) \s+ (?:to \s+ be \s+)?
regex:    (?:done|fixed|finished|ready|delivered|sorted|completed|corrected|live|resolved) (?:\s+ out)?
regex:    \s+ (?: by \s+ (?:tonight|this \s+ evening|end \s+ of \s+ (?:the \s+)? day|eod|first \s+ thing|(?:tomorrow \s+)? (?:morning|noon))
regex:        | immediately | right \s+ (?:now|away) | at \s+ once | this \s+ instant | tonight | today(?!\s+or\s+tomorrow) )\b
regex:  | \bon \s+ my \s+ desk \s+ (?:by|first \s+ thing|before|today|tomorrow|tonight)\b
match: I want this sorted immediately.
match: I expect it to be fixed by tonight.
match: I want a full report on my desk first thing tomorrow morning.
nomatch: We need the final files by Friday, as agreed in the contract.
nomatch: I need the invoice by the end of the month for our accounts.
nomatch: We want everything to be ready by the launch in March.

id: available_always
weight: 2
note: Expecting us to be reachable at all hours.
regex: (?x) \b(?:i|we) \s+ (?:need|want|expect) \s+ you \s+ (?:to \s+ be \s+)? (?:available|reachable|on \s+ call|online|at \s+ your \s+ desk)
regex:    \s+ (?:this \s+ weekend|on \s+ (?:the \s+)? weekends?|at \s+ all \s+ times|24/7|all \s+ (?:night|weekend)|tonight|on \s+ (?:saturday|sunday)|on \s+ christmas|during \s+ (?:your|the) \s+ holidays?)\b
regex:  | \byou \s+ (?:must|have \s+ to|need \s+ to) \s+ (?:answer|respond|reply|pick \s+ up) \s+ (?:immediately|at \s+ all \s+ times|right \s+ away|within \s+ (?:the|an) \s+ hour|even \s+ at \s+ night|on \s+ weekends)\b
match: I need you to be available this weekend.
match: You must answer immediately when I call.
nomatch: We need you to be available for the kick-off on Monday morning.
nomatch: Are you available this weekend for a quick call, by any chance?

id: i_demand
weight: 2
note: Explicit demands.
regex: \b(?:i|we)\s+(?:demand|insist\s+that\s+you)\b|\b(?:i|we)\s+am\s+demanding\b
match: I demand a call with your director today.
match: We insist that you fix this tonight.
nomatch: Our CEO is a bit demanding, so please double-check the slides.
nomatch: The job is demanding, we know.

id: get_it_done
weight: 2
note: Imperative "get it done" / "make it happen" (not "we'll get it done").
regex: (?x) (?: ^ | (?<=[.!?:;,\n]) | (?<=[.!?:;,\n]\s) | \bjust \s+ | \bnow \s+ ) \s*
regex:    (?:get \s+ it \s+ done|make \s+ it \s+ happen|fix \s+ it \s+ now|sort \s+ it \s+ out \s+ now)\b (?!\s+(?:when|whenever|at \s+ your))
match: Get it done. I don't want to hear any more excuses.
match: I don't care how, just get it done by Monday.
nomatch: We'll get it done by Friday.
nomatch: Could you get it done by Friday, when you have time?

id: right_now
weight: 2
note: Orders to act immediately.
regex: \b(?:fix|sort|change|correct|finish|deliver|remove|undo|redo|call\s+me)\s+(?:it|this|that|them)?(?:\s+out)?\s*(?:immediately|right\s+now|at\s+once|this\s+instant|this\s+minute)\b
match: Fix it immediately.
match: Call me right now.
nomatch: Could you send it right now?
nomatch: We fixed it immediately after your call.

id: urgent_bang
weight: 2
note: Urgency shouted with several exclamation marks.
regex: \b(?:asap|urgent(?:ly)?|immediately|right\s+now)\s*!{2,}
match: I need the files ASAP!!!
match: URGENT!!
nomatch: I need the files as soon as possible, thanks!
nomatch: It's urgent! The site is down.
