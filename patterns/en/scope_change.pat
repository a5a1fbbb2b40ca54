# Requests outside the agreed scope. Routine requests ("could you also send
# the invoice", "add me to the thread") must not match.

id: also_add
weight: 1
note: "Could you also add/build/redesign ...?"
regex: (?x) \b(?:could|can|would|will) \s+ you \s+ (?:please \s+)? also \s+
regex:    (?:add|build|create|design|redesign|make|develop|set \s+ up|write|translate|integrate|handle|take \s+ care \s+ of|implement|manage|produce|shoot|film|rebuild|migrate)\b
# Not creep when the request is about a document or a meeting: the word
# must be in the request itself (after "also", in the same clause, with an
# article), so "no need for a quote" or "without a quote" still count.
unless: (?x) \balso \s+ (?:(?!\b(?:and|but|then|without|no|not|outside|beyond|we|i)\b)[^,;:.?!…])*? \b(?:the|a|an|our|your|this|that|these|those|my|its|their)\s+ (?:invoices?|receipts?|quotes?|estimates?|agendas?|calendars?|threads?|cc|meetings?|calls?|po\s+numbers?|purchase\s+orders?|contracts?|minutes)\b
match: Could you also add a blog section while you're at it?
match: Can you also redesign the brochure?
match: Could you also build a careers page, we can sort out the quote later.
match: Can you also add a shop without a new quote?
match: Could you also redesign the footer and we'll discuss the estimate next month?
nomatch: Could you also send the invoice for March?
nomatch: Could you also add the PO number to the invoice?
nomatch: Could you also add Mark to the meeting on Thursday?
nomatch: Can you also handle the call with their IT team?

id: while_at_it
weight: 1
note: "While you're at it ..."
regex: \bwhile\s+you(?:['’]re|\s+are)\s+at\s+it\b|\bsince\s+you(?:['’]re|\s+are)\s+(?:already\s+)?(?:in\s+there|working\s+on\s+it|at\s+it)\b
match: While you're at it, can you also fix the old intranet?
match: Since you're already in there, could you redo the footer?
nomatch: While you were away, we updated the prices.
nomatch: Since you are working from home, let's call instead.

id: one_more_thing
weight: 1
note: "One more thing" followed by a new request.
regex: \b(?:one|just\s+one|a\s+few)\s+(?:more|last|other|extra)\s+(?:little\s+|small\s+|quick\s+)?(?:things?|requests?)\b(?=[^.?!]{0,80}\b(?:add|need|want|include|also|too|as\s+well|create|build|new|extra|version|page|section|feature)\b)
match: One more thing, we need a French version of the site too.
match: Just one more little thing: can you add a map page?
nomatch: One more thing: the invoice has the wrong address.
nomatch: One last thing before the weekend, thanks for all your work.

id: can_we_add
weight: 1
note: Adding deliverables to the project.
regex: \b(?:can|could|shall)\s+we\s+(?:also\s+)?(?:add|include|squeeze\s+in|fit\s+in)\s+(?:an?|another|some|more|extra|a\s+few|two|three)\s+(?:\w+\s+)?(?:shop|store|section|page|pages|feature|features|module|app|blog|language|version|site|website|forum|portal|booking|newsletter|video|videos|landing|functionality|area|system|integration|chat)\b
unless: \b(?:agenda|invoice|calendar|thread|meeting|call|mailing\s+list|po\s+number|reference|quote\s+for)\b
match: Can we add an online shop to the project?
match: Could we also include a members area?
nomatch: Can we add a point to the agenda?
nomatch: Can we add a section on pricing to the meeting notes?

id: small_change
weight: 1
note: Minimising new work ("just a small change, five minutes").
regex: (?x) \b(?:it['’]?s|it \s+ is|this \s+ is|that['’]?s|that \s+ is|just) \s+ (?:just \s+ | only \s+ | really \s+)? (?:a|one) \s+ (?:small|quick|tiny|little|minor|simple|teeny) \s+ (?:change|tweak|addition|thing|fix|update|job|extra)\b
regex:  | \bshould \s+ only \s+ take \s+ (?:you \s+)? (?:a \s+ few|five|5|ten|10|two|2|a \s+ couple \s+ of|a) \s+ (?:minutes|mins|seconds|minute|second)\b
regex:  | \bshouldn['’]?t \s+ take \s+ (?:you \s+)? (?:long|more \s+ than \s+ (?:a \s+ few|five|5|ten|10) \s+ minutes)\b
regex:  | \bwon['’]?t \s+ take \s+ you \s+ (?:long|more \s+ than \s+ (?:a \s+ few|five|5|ten|10) \s+ minutes)\b
match: It's just a small change, it should only take five minutes.
match: That shouldn't take you long.
nomatch: We made some small changes to the brief, see attached.
nomatch: The migration takes a few hours, please plan for it.

id: not_in_quote
weight: 1
note: Knowingly asking outside the quote or contract.
regex: (?x) \b(?:i \s+ know|i \s+ realise|i \s+ realize|i \s+ understand|we \s+ know|even \s+ though|although|though|i \s+ appreciate)
regex:    \s+ (?:that \s+)? (?:it|this|that) \s+ (?:wasn['’]?t|was \s+ not|isn['’]?t|is \s+ not) \s+ (?:in|part \s+ of|included \s+ in|covered \s+ by|in \s+ the \s+ scope \s+ of)
regex:    \s+ (?:the|our|your) \s+ (?:(?:original|initial)\s+)? (?:quote|contract|scope|brief|proposal|estimate|agreement|sow|plan|budget)\b
regex:  | \b(?:outside|beyond|not \s+ in) \s+ (?:the|our) \s+ (?:original \s+)? (?:scope|brief|quote)\b ,? \s* but\b
match: I know it wasn't in the quote, but can you also redesign the brochure?
match: This is outside the original scope, but we need it.
nomatch: As it wasn't in the quote, please send us a separate estimate.
nomatch: The scope is in the contract.

id: expand_scope
weight: 1
note: Enlarging the project.
regex: \b(?:expand|extend|widen|increase|broaden|enlarge)\s+(?:the|our|the\s+project['’]?s?)\s+scope\b|\bscope\s+to\s+include\b|\badd\s+(?:it|this|that)\s+to\s+(?:the|your)\s+(?:scope|project)\b
match: We'd like to expand the scope to include social media.
match: Please add this to the project.
nomatch: The scope of the project is described in the contract.
nomatch: We will reduce the scope if the budget is cut.

id: extra_items
weight: 1
note: Extra deliverables thrown in.
regex: (?x) \bthrow \s+ in\b (?! \s+ the \s+ towel)
regex:  | \b(?:a \s+ couple \s+ (?:of \s+)? |a \s+ few|some|two|three|several|a \s+ handful \s+ of) \s+ (?:extra|additional|more) \s+ (?:landing \s+ )?
regex:    (?:pages|sections|features|posts|articles|banners|designs|screens|languages|versions|revisions|rounds \s+ of \s+ (?:changes|revisions)|mock-?ups|videos|logos)\b
unless: \b(?:quote|estimate|price|cost|how\s+much|invoice|budget|last\s+(?:week|month)|yesterday|went\s+live)\b
match: Can you throw in a couple of extra landing pages?
match: We need three more pages as well.
nomatch: Could you send us a quote for the two extra pages?
nomatch: We're ready to throw in the towel on print ads.

id: as_well
weight: 1
note: A new deliverable tacked on "as well" / "too".
regex: (?x) \b(?:could|can|would) \s+ you \s+ (?:please \s+)? (?:also \s+)? (?:set \s+ up|build|create|design|redesign|develop|write|translate|manage|run|handle|make|produce)
regex:    \s+ (?:our|a|an|the|some) \b [^.?!]{0,60}? \b (?:as \s+ well|too)\b
unless: \b(?:invoice|receipt|quote|estimate|account|login|meeting|call|report|minutes|agenda|contract)\b
match: Also, could you set up our newsletter as well?
match: Can you design a flyer too?
nomatch: Can you create an invoice for the deposit too?
nomatch: Can you send the files as well?
