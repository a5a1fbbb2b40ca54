# Questioning what we are worth: "what are we paying you for", envy of
# other results, "my nephew could do it".

id: paying_you_for
weight: 1.5
note: What the money goes to.
regex: (?x) \bwhat \s+ (?:exactly \s+)? (?:are|am|do|did) \s+ (?:we|i) \s+ (?:even \s+ | actually \s+ | exactly \s+)? (?:pay(?:ing)?|paid) \s+ you \s+ (?:for|all \s+ this \s+ money \s+ for)\b
regex:  | \bwhy \s+ (?:should|would|do|are|am) \s+ (?:we|i) \s+ (?:still \s+ | even \s+)? (?:keep \s+ | continue \s+ (?:to \s+)? )? (?:pay(?:ing)?|paid) \s+ you\b
match: What exactly are we paying you for?
match: Why should we keep paying you every month?
nomatch: What do we pay for the hosting each year?
nomatch: Why do we pay VAT on this invoice?

id: no_results
weight: 1.5
note: No value or results seen.
regex: (?x) \b(?:i['’]m|i \s+ am|we['’]re|we \s+ are|i['’]ve|we['’]ve) \s+ (?:still \s+)? not \s+ (?:seeing|seen|getting|got) \s+ (?:any|much|the|a \s+ lot \s+ of) \s+ (?:\w+ \s+)? (?:value|results?|return|roi|improvement|benefit|difference|progress|leads|traffic)\b
regex:  | \b(?:i|we) \s+ (?:don['’]?t|do \s+ not|can['’]?t|cannot) \s+ see \s+ (?:any|the|much) \s+ (?:\w+ \s+)? (?:value|results?|return|roi|benefit|improvement)\b
regex:  | \b(?:no|zero) \s+ (?:real \s+ | tangible \s+ | measurable \s+)? (?:results?|roi|return \s+ on \s+ (?:investment|our \s+ investment)|improvement) \s+ (?:so \s+ far|yet|at \s+ all|whatsoever|to \s+ show)\b
match: I'm not seeing any value in these monthly reports.
match: We're not seeing any results from the campaign.
match: Zero results so far.
nomatch: We are seeing good results from the campaign.
nomatch: I don't see any problem with the draft.

id: nephew_could
weight: 1.5
note: Anyone could do our job.
regex: (?x) \b(?:my|our) \s+ (?:nephew|niece|son|daughter|kid|kids|intern|teenager|cousin|neighbou?r['’]?s \s+ kid) \s+ could \s+ (?:have \s+)? (?:do(?:ne)?|buil[dt]|made|make|designed?|write|written|set \s+ up)\b
regex:  | \b(?:an? \s+ (?:intern|student|teenager|high \s+ schooler)|someone \s+ on \s+ fiverr|any \s+ (?:student|intern)) \s+ could \s+ (?:have \s+)? (?:do(?:ne)?|buil[dt]|made|make|designed?)\b
match: My nephew could build this in a weekend.
match: Any intern could have done this.
nomatch: My nephew could join the call if that helps.
nomatch: A student could use the discount code.

id: do_it_myself
weight: 1.5
note: "I could do this myself."
regex: \b(?:i|we)\s+could\s+(?:honestly\s+|easily\s+|probably\s+|just\s+|literally\s+)*(?:do|build|make|write|design|handle|run|manage)\s+(?:this|it|that|all\s+this|the\s+\w+)\s+(?:myself|ourselves|in[\s-]house)\b
unless: \b(?:but|rather|prefer|happy\s+to\s+(?:pay|leave))\b
match: I could honestly do this myself for free.
match: We could easily write the posts ourselves.
nomatch: We could do it ourselves, but we'd rather you handle it.
nomatch: Could you do it yourself, or do you need our developer?

id: competitor_better
weight: 1.5
note: Other providers get better results.
regex: (?x) \b(?:our \s+)? competitors?['’]?s? \s+ (?:agency|seo|consultants?|developers?|designers?|team|freelancer) \s+ (?:got|gets|did|does|achieved|has|have|managed|delivered)\b
regex:  | \bother \s+ (?:agencies|freelancers|consultants|firms|developers|designers|providers) \s+ (?:get|got|deliver|achieve|would \s+ have|manage \s+ to \s+ get) \s+ (?:much \s+ | far \s+ | a \s+ lot \s+)? better\b
regex:  | \bwhy \s+ can['’]?t \s+ you \s+ (?:do \s+ the \s+ same|get \s+ (?:us \s+)? (?:the \s+ same|results|there)|achieve)\b
match: Our competitor's agency got them to page one in a month, why can't you?
match: Other agencies get much better results for less.
nomatch: Our competitor's website is slow, we can beat them.
nomatch: The competition is fierce in our sector.

id: what_have_you_done
weight: 1.5
note: "What have you actually done for us?"
regex: \bwhat\s+(?:have|has|did)\s+(?:you|your\s+team|your\s+agency)\s+(?:actually|really|even|honestly)\s+(?:done|do|achieved|achieve|delivered|deliver)\b
match: What have you actually done for us this quarter?
match: What did your team even deliver last month?
nomatch: What have you done so far on the logo? Just curious.
nomatch: What did you deliver on Friday, the PDF or the zip?

id: worth_it
weight: 1.5
note: Doubt that we are worth the money.
regex: (?x) \b(?:not \s+ sure|doubt|wonder \s+ (?:if|whether)|question \s+ whether) \s+ (?:you['’]re|you \s+ are|this \s+ is|it['’]s|it \s+ is|your \s+ \w+ \s+ (?:is|are)) \s+ (?:still \s+ | really \s+)? worth \s+ (?:the \s+)? (?:money|cost|price|fees?|investment|it)\b
regex:  | \b(?:you(?:['’]re|\s+are)|your \s+ (?:services|work|fees) \s+ (?:are|is)|this \s+ (?:is|was)|it(?:['’]s|\s+is)) \s+ not \s+ worth \s+ (?:the \s+)? (?:money|price|fees?|cost|investment)\b
match: I'm not sure you're worth the money anymore.
match: Your services are not worth the price.
nomatch: It's worth the money, thank you.
nomatch: Is the premium plugin worth the price, in your view?
