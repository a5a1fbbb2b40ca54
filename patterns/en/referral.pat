# Counter-signal: the client sends others our way.

id: recommended_you
weight: 1
note: Recommending or referring us.
regex: (?x) \b(?:i|we)(?:['’]ve|\s+have)? \s+ (?:already \s+ | just \s+)? (?:recommended|referred|suggested|mentioned) \s+ (?:you|your \s+ (?:agency|company|firm|services|studio|team|work|name)) \s+ to\b
regex:  | \b(?:i|we)(?:['’]d|\s+would|['’]ll|\s+will|\s+can|\s+always) \s+ (?:be \s+ (?:happy|glad|delighted) \s+ to \s+ | gladly \s+ | definitely \s+ | happily \s+ | certainly \s+ | highly \s+)? (?:recommend|refer) \s+ you\b
match: I've recommended you to a friend who runs a bakery.
match: I'd be happy to recommend you to anyone.
nomatch: We'd be happy to recommend a printer if you need one.
nomatch: Who would you recommend for hosting?

id: passed_details
weight: 1
note: Giving our contact to someone.
regex: (?x) \b(?:passed|gave|given|forwarded|shared|sent|give) \s+ (?:on \s+)? (?:your|you) \s+ (?:details|name|number|contact(?:\s+details)?|email(?:\s+address)?|e-mail|card|info|information|website) \s+ (?:on \s+)? to\b
regex:  | \bpassed \s+ your \s+ (?:details|name|number|contact(?:\s+details)?|card) \s+ on\b
regex:  | \bcan \s+ i \s+ give \s+ (?:him|her|them) \s+ your \s+ (?:number|details|email|contact)\b
match: I passed your details on to our sister company.
match: I gave your name to the marketing director at Acme.
match: A colleague of mine needs a new website, can I give her your number?
nomatch: I gave your invoice to our accountant.
nomatch: Please send your details to our accounts team so we can set you up as a supplier.

id: friend_needs
weight: 1
note: Someone the client knows needs our services.
regex: (?x) \b(?:a|my|our|one \s+ of \s+ my|one \s+ of \s+ our) \s+ (?:good \s+)? (?:friends?|colleagues?|contacts?|neighbou?rs?|partners?|cousins?|brother|sister|clients?|business \s+ partners?|former \s+ colleagues?)
regex:    \s+ (?:of \s+ (?:mine|ours) \s+)? (?:at \s+ \w+ \s+)? (?:needs|is \s+ looking \s+ for|wants|would \s+ like|could \s+ use|is \s+ interested \s+ in)
regex:    \s+ (?:a \s+ new \s+ | an? \s+ | some \s+ | help \s+ with \s+ (?:a|an|their|his|her) \s+)? (?:website|site|logo|designer|developer|seo|agency|accountant|lawyer|someone \s+ like \s+ you|your \s+ services|similar|the \s+ same|redesign|web \s+ shop|online \s+ shop)\b
match: A colleague of mine needs a new website.
match: My sister is looking for a designer.
nomatch: My colleague needs the invoice by Friday.
nomatch: Our customers are looking for a faster site.

id: introduce_you
weight: 1
note: Introducing us to outside people.
regex: (?x) \b(?:i['’]ll|i \s+ will|i['’]d \s+ like \s+ to|let \s+ me|happy \s+ to|i \s+ can|we['’]ll|we \s+ will|we \s+ can)
regex:    \s+ (?:introduce|connect|put) \s+ you \s+ (?:in \s+ touch \s+)? (?:to|with)
regex:    \s+ (?:our|my|a|some|the|one \s+ of \s+ (?:our|my)) \s+ (?:partners?|friends?|contacts?|colleagues? \s+ at|sister \s+ company|network|suppliers?|clients?|customers?|(?:\w+ \s+)? (?:director|ceo|owner|founder|manager)s? \s+ (?:at|of))\b
match: I'll introduce you to our partners in Lyon.
match: Let me put you in touch with a friend who runs a shop.
nomatch: I'll introduce you to Sarah, who will handle billing from now on.
nomatch: Let me connect you with our IT team for the DNS change.

id: told_about_you
weight: 1
note: Talking about us to others.
regex: (?x) \b(?:told|telling|tell) \s+ (?:him|her|them|everyone|everybody|people|all \s+ my \s+ \w+|my \s+ \w+) \s+ about \s+ (?:you|your \s+ (?:work|agency|services|company|team|studio))\b
regex:  | \bexpect \s+ a \s+ (?:call|message|email|mail) \s+ from \s+ (?:my|our|a)\b
match: Expect a call from my friend Tom, I told him about your work.
match: I've been telling everyone about you.
nomatch: Expect a call from our accountant about the invoice.
nomatch: I told him about the delay.
unless: \b(?:accountant|lawyer|bank|accounts\s+team|finance|billing|invoice)\b
