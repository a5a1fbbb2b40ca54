# Changes of mind: reversing decisions, going back to earlier versions.

id: changed_mind
weight: 1
note: "I've changed my mind."
regex: \b(?:i|we)(?:['’]ve|\s+have)?\s+(?:just\s+|actually\s+)?changed\s+(?:my|our)\s+minds?\b|\bchange\s+of\s+plans?\b|\b(?:i|we)(?:['’]ve|\s+have)\s+had\s+a\s+rethink\b
match: Actually, I've changed my mind about the colours.
match: Change of plan: we want it green.
nomatch: We're not changing our minds, option B it is.
nomatch: I changed my password, can you update the staging login?

id: go_back
weight: 1
note: Returning to an earlier version.
regex: (?x) \b(?:let['’]?s|can \s+ we|could \s+ we|we['’]?d \s+ like \s+ to|we \s+ want \s+ to|i \s+ want \s+ to|please|we \s+ should|i['’]d \s+ like \s+ to)
regex:    \s+ (?:just \s+)? (?:go|switch|revert|change|move|roll) \s+ back \s+ to \s+ (?:the \s+)? (?:very \s+)? (?:first|original|old|previous|earlier|initial|former|last|v1|version \s+ 1)\b
regex:  | \b(?:revert|roll \s+ back) \s+ (?:to|back \s+ to) \s+ (?:the \s+)? (?:first|original|old|previous|earlier|initial)\b
regex:  | \bswitch \s+ back \s+ to \s+ (?:the|our) \b
regex:  | \bthe \s+ (?:one|version|layout|design|logo|colou?rs?|theme|headline|text|menu) \s+ we \s+ had \s+ (?:before|originally|at \s+ first)\b
match: Let's go back to the first version of the logo.
match: Can we switch back to the blue theme we had before?
nomatch: Let's go back to the agenda for Tuesday.
nomatch: I'll go back to my team and confirm.

id: scratch_that
weight: 1
note: Taking back a previous instruction.
regex: (?x) \bscratch \s+ that\b
regex:  | \bforget \s+ (?:what|everything) \s+ (?:i|we) \s+ (?:said|wrote|asked|told \s+ you)\b
regex:  | \b(?:ignore|disregard) \s+ (?:my|our|the) \s+ (?:last|previous|earlier|other) \s+ (?:e-?mails?|messages?|requests?|notes?|comments?|instructions?)\b
match: Scratch that, keep the original headline.
match: Please ignore my last email, we'll keep it as it was.
match: Forget what I said yesterday about the menu.
nomatch: Please ignore the spam filter warning on my last email.
nomatch: Don't forget what we discussed about the budget.

id: second_thought
weight: 1
note: Reconsidering.
regex: \bon\s+second\s+thoughts?\b|\bhaving\s+(?:thought|slept)\s+(?:about\s+it\s+|on\s+it\s+)?(?:again|more)?\s*,?\s*(?:we|i)\s+(?:now\s+)?(?:prefer|want|think)\b|\bwe['’]?ve\s+reconsidered\b
match: On second thought, let's not launch the blog.
match: We've reconsidered and want the old logo.
nomatch: Please give it a second thought before you send it.
nomatch: Your second thoughts are welcome on the proposal.

id: want_old_again
weight: 1
note: Wanting the old version back.
regex: (?x) \b(?:we|i) \s+ (?:(?:now|actually|really)\s+)? (?:want|need|prefer|like) \s+ the \s+ (?:old|original|first|previous) \s+ (?:\w+ \s+)? (?:again|back)\b
regex:  | \b(?:put|bring|change|set) \s+ (?:it|them|the \s+ \w+) \s+ back \s+ (?:to \s+ )? (?:how|what|the \s+ way) \s+ (?:it|they) \s+ (?:was|were)\b
regex:  | \bback \s+ to \s+ (?:how|the \s+ way) \s+ it \s+ was\b
regex:  | \bgone \s+ back \s+ and \s+ forth\b | \bflip[\s-]?flop
match: Now we want the old layout again.
match: Please put it back the way it was.
nomatch: We moved the meeting back to Tuesday.
nomatch: We want the old URLs to redirect to the new pages.
