# Counter-signal: thanks and praise beyond routine politeness. "Thanks in
# advance", "many thanks for the invoice" and "thank you for your patience"
# are routine and must not match.

id: thank_you_so_much
weight: 1
note: Warm thanks.
regex: (?x) \bthank \s+ you \s+ so \s+ (?:very \s+)? much\b | \bthanks \s+ so \s+ much\b
regex:  | \bthanks \s+ a \s+ (?:million|ton|bunch)\b | \bmany \s+ many \s+ thanks\b
regex:  | \b(?:huge|big|massive|heartfelt|sincere|enormous|special) \s+ thanks\b
regex:  | \bthank \s+ you \s+ (?:again \s+ | very \s+ much \s+ | so \s+ much \s+)? for \s+ (?:all \s+)? (?:your|the) \s+ (?:hard \s+ work|great|amazing|excellent|fantastic|wonderful|quick|fast|brilliant|superb|outstanding|extra|patience \s+ and \s+ (?:hard|great))\b
regex:  | \bcan['’]?t \s+ thank \s+ you \s+ enough\b
match: Thank you so much for the quick turnaround!
match: Huge thanks to the whole team.
match: Thank you for all your hard work.
nomatch: Thanks in advance for your help.
nomatch: Thank you for your patience.
nomatch: Many thanks for the invoice.

id: great_job
weight: 1
note: Praise of our work.
regex: (?x) \b(?:great|good|excellent|amazing|fantastic|brilliant|superb|outstanding|wonderful|terrific|awesome|stellar|impressive|nice|beautiful|fabulous|top[\s-]notch|first[\s-]class|incredible|solid)
regex:    \s+ (?:job|work|effort|stuff)\b (?! \s+ (?:environment|ethic|market|offer|opportunit\w*|title|description|posting|listing|experience \s+ (?:required|needed)))
unless: \b(?:not|isn['’]?t|wasn['’]?t|hardly|far\s+from|no\s+longer)\s+(?:a\s+|very\s+|really\s+|that\s+|exactly\s+)?(?:great|good|excellent|nice|amazing)\s+(?:job|work)\b|\b(?:previous|last|old|former)\s+(?:agency|supplier|developer|designer)\b
match: Great job on the new homepage.
match: Excellent work as always.
nomatch: This is not great work, to be honest.
nomatch: The job market is tough, so we're hiring slowly.

id: appreciate
weight: 1
note: Real appreciation (not "I would appreciate it if ...").
regex: \b(?:i|we)\s+(?:really|truly|greatly|genuinely|sincerely|very\s+much|so\s+much|do|all|definitely|certainly)\s+(?:\w+\s+)?appreciate\s+(?:all\s+)?(?:your|the|this|it|that|everything|how|you|what\s+you)\b|(?:^|(?<=[.!?,\n])|(?<=[.!?,\n]\s))\s*(?:really|truly|greatly|genuinely|sincerely|much)\s+appreciate[sd]?\s+(?:all\s+)?(?:your|the|this|it|that|everything|how|you)\b|\b(?:much|greatly|really)\s+appreciated\b
unless: \bappreciate\s+(?:that\s+you|it\s+if|your\s+(?:patience|understanding|cooperation|prompt|co-operation))|\b(?:but|however|would|if\s+you\s+could)\b
match: I really appreciate all the extra effort.
match: Your help this week was much appreciated.
match: Thanks Anna. Really appreciate the quick fix.
nomatch: I would appreciate it if you could send the invoice.
nomatch: I really appreciate that you're busy, but this is late.

id: love_it
weight: 1
note: "We love it."
regex: (?x) \b(?:i|we|they|everyone|everybody|the \s+ (?:team|board|boss|ceo|owner|client|customers?|staff|whole \s+ team))
regex:    \s+ (?:absolutely \s+ | really \s+ | just \s+ | all \s+ | totally \s+)? (?:love|loves|loved|adore|adores|adored)
regex:    \s+ (?:it\b|the \s+ new\b|the \s+ (?:design|logo|site|website|result|results|draft|video|copy|work|layout|colou?rs|photos|brochure|campaign)\b|your\b|what \s+ you\b|this\b|how\b)
match: The team loves the new design.
match: We absolutely love it.
nomatch: We'd love to meet next week.
nomatch: Our customers love our products, can the site show that?

id: well_done
weight: 1
note: Congratulations on our work.
regex: \bwell\s+done\b|\bhats\s+off\b|\bkudos\b|\bbravo\b|\bcongratulations\s+(?:to\s+(?:you|the\s+(?:whole\s+)?team|everyone)|on\s+(?:the|a|your))\b
unless: \bnot\s+(?:very\s+)?well\s+done\b|\b(?:steak|meat|cooked)\b
match: Well done, the launch went perfectly.
match: Kudos to the team for the quick fix.
nomatch: The steak was well done, unfortunately.
nomatch: This was not very well done.

id: very_happy
weight: 1
note: Satisfaction with us.
regex: (?x) \b(?:i['’]m|i \s+ am|we['’]re|we \s+ are|we['’]ve \s+ been|i['’]ve \s+ been|everyone \s+ is|the \s+ team \s+ is|the \s+ board \s+ is|my \s+ boss \s+ is)
regex:    \s+ (?:(?:very|really|so|extremely|absolutely|incredibly|more \s+ than|super|truly|all|delighted \s+ and|still)\s+)*
regex:    (?:happy|pleased|delighted|thrilled|impressed|satisfied|over \s+ the \s+ moon)
regex:    \s+ (?:with|by|about) \s+ (?:you\b|your\b|the\b|how\b|this\b|what\b|everything\b|it\b)
match: We're very happy with the results so far.
match: I'm impressed by your work.
nomatch: We're happy to pay the deposit now.
nomatch: I'm not happy with how the logo turned out.

id: youre_the_best
weight: 1
note: Praise of us as people.
regex: (?x) \byou(?:['’]re|\s+are) \s+ (?:simply \s+ | truly \s+ | really \s+ | just \s+)? (?:the \s+ best|amazing|awesome|fantastic|brilliant|stars|a \s+ star|a \s+ lifesaver|lifesavers|wonderful|a \s+ genius|geniuses|incredible)\b
regex:  | \byou \s+ guys \s+ (?:are \s+ (?:the \s+ best|amazing|awesome|fantastic|brilliant|great|stars|wonderful|incredible)|rock)\b
regex:  | \byour \s+ team \s+ (?:is|has \s+ been|was|have \s+ been) \s+ (?:(?:really|so|just|absolutely|truly)\s+)? (?:great|fantastic|amazing|brilliant|excellent|wonderful|outstanding|superb|incredible|a \s+ pleasure)\b
match: You guys are the best!
match: Your team has been fantastic.
nomatch: You guys are late with the report.
nomatch: You are the best person to ask about hosting, I think.
unless: \b(?:best\s+person|best\s+placed|best\s+judge|to\s+ask)\b

id: exceeded
weight: 1
note: Results beyond expectations.
regex: \bexceeded\s+(?:our|my|all)\s+(?:\w+\s+)?expectations\b|\bbeyond\s+(?:our|my)\s+(?:wildest\s+)?expectations\b|\bcouldn['’]?t\s+be\s+happier\b|\bblown\s+away\b
match: The results exceeded all our expectations.
match: We couldn't be happier.
nomatch: The costs went beyond our budget.
nomatch: The storm has blown away part of the roof, we'll be offline.
unless: \b(?:storm|wind|roof)\b

id: looks_great
weight: 1
note: Enthusiasm about the result, with an exclamation mark.
regex: (?x) \b(?:this|it|that|they|these|the \s+ (?:\w+ \s+)? (?:design|site|website|logo|page|result|results|draft|video|photos|brochure|copy|layout)) \s* (?:looks?|is|['’]s|are|turned \s+ out|came \s+ out|look)
regex:    \s+ (?:(?:really|absolutely|just|so|truly|simply)\s+)? (?:great|amazing|fantastic|perfect|brilliant|beautiful|stunning|awesome|superb|gorgeous|wonderful|lovely) \s* !
match: Thanks so much, this looks great!
match: The new logo is absolutely perfect!
nomatch: This looks great to me, but let me check with Tom.
nomatch: Is this perfect for the print shop? Not sure.
