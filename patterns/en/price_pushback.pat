# Pushing back on price: too expensive, discounts, "others do it for less",
# expecting extras for free.

id: too_expensive
weight: 1
note: Our price called too high.
regex: (?x) \b(?:price|prices|pricing|quote|quotation|rates?|fees?|costs?|estimate|invoice|bill|proposal|offer|figure|amount|it|that|this|you|your \s+ \w+)
regex:    \s* (?:is|are|was|were|seems?|looks?|['’]s|feels?|sounds?) \s+ (?:(?:still|just|simply|frankly|honestly|definitely|a \s+ little|a \s+ bit|way|far|much|quite|really|rather|extremely|ridiculously|very|so|insanely|absurdly)\s+)* (?:too \s+ )?
regex:    (?:expensive|pricey|overpriced|costly|steep|high|exorbitant|excessive)\b
unless: \b(?:our|my)\s+(?:own\s+)?(?:prices?|rates|fees)\b|\bnot\s+(?:too|that|so|very|overly|at\s+all)\s+(?:expensive|pricey|steep|high)\b|\b(?:quality|standard|expectations|traffic|demand|bounce|ranking)\b|\bhigh\s+(?:time|season|quality|priority|res|resolution|level|standards?|on\s+our\s+list)\b
match: Your quote is way too expensive.
match: Your rates are too high for a small business like ours.
match: That's steep.
nomatch: Our own prices are too high compared to competitors, can the pricing page explain the value better?
nomatch: The price is not too expensive, let's go ahead.
nomatch: Your quality is very high, congratulations.
nomatch: It's high time we launched.

id: lower_price
weight: 1
note: Asking for a lower price.
regex: (?x) \b(?:lower|reduce|bring \s+ down|cut|drop|knock \s+ (?:something|a \s+ bit|\w+) \s+ off|sharpen) \s+ (?:the|your) \s+ (?:price|prices|rate|rates|fee|fees|quote|estimate|invoice|bill|pencil)\b
regex:  | \b(?:better|lower|cheaper|best) \s+ (?:price|rate|deal|quote|offer)\b (?! \s+ (?:from|with) \s+ (?:the \s+)? (?:printer|bank|supplier|hosting))
match: Can you lower the price a bit?
match: Could you give us a better rate?
nomatch: Can you lower the volume on the background video?
nomatch: Can you reduce the size of the images?

id: for_less
weight: 1
note: Others would do it cheaper.
regex: (?x) \b(?:for|at) \s+ (?:half|a \s+ third|a \s+ fraction|a \s+ quarter) \s+ (?:the|of \s+ the|of \s+ your) \s+ (?:price|cost)\b
regex:  | \b(?:cheaper|for \s+ less) \s+ elsewhere\b
regex:  | \b(?:get|find|have) \s+ (?:it|this|that|the \s+ same(?:\s+\w+)?) \s+ (?:done \s+)? (?:cheaper|for \s+ less|for \s+ half)\b
regex:  | \b(?:others?|someone \s+ else|another \s+ (?:agency|freelancer|designer|developer)) \s+ (?:would|will|could|can|offered \s+ to) \s+ do \s+ (?:it|this|that) \s+ (?:for \s+ less|cheaper|for \s+ half)\b
match: Another freelancer offered to do it for half the price.
match: We can get it cheaper elsewhere.
nomatch: We found cheaper flights for the team, so the workshop is on.
nomatch: At half past ten, please call me.

id: over_budget
weight: 1
note: Price set against the client's budget.
regex: (?x) \b(?:above|over|beyond|outside(?:\s+of)?|exceeds?|blows?) \s+ (?:our|my) \s+ budget\b
regex:  | \bcan['’]?t \s+ afford \s+ (?:that|this|it|your|to \s+ pay)\b
regex:  | \bout \s+ of \s+ our \s+ (?:price \s+ range|league)\b
match: That's well above our budget.
match: We can't afford that.
nomatch: Our budget for the project is 5,000 euros.
nomatch: We can't afford to lose customers, so the checkout must be fast.

id: wont_pay
weight: 1
note: Refusing to pay an amount.
regex: (?x) \b(?:we|i) \s* (?:won['’]?t|will \s+ not|refuse \s+ to|are \s+ not \s+ going \s+ to|['’]re \s+ not \s+ going \s+ to|am \s+ not \s+ going \s+ to|['’]m \s+ not \s+ going \s+ to|['’]re \s+ not|are \s+ not|['’]m \s+ not|am \s+ not)
regex:    \s+ (?:pay(?:ing)?) \s+ (?:that \s+ much|that|this|so \s+ much|for \s+ (?:that|this|it|the \s+ extra|extra|additional|something))\b
match: We won't pay that much for a landing page.
match: I'm not paying for that.
nomatch: We'll pay the invoice on Friday.
nomatch: We won't pay by cheque any more, only by transfer.

id: discount
weight: 1
note: Asking for a discount or special rate.
regex: (?x) \b(?:any|a|some|small|bigger|better|special) \s+ (?:kind \s+ of \s+)? discount\b (?! \s+ (?:code|codes|campaign|coupon|voucher|banner|for \s+ (?:our|their) \s+ (?:customers|clients|members)))
regex:  | \bgive \s+ us \s+ a \s+ (?:better \s+)? (?:deal|break)\b
regex:  | \b(?:mates?['’]?s?|friends?(?: \s+ and \s+ family)?|special) \s+ rates?\b
unless: \b(?:our|their)\s+(?:customers|clients|members|users|shop)\b
match: Is there any discount if we commit for a year?
match: Can you give us a better deal?
nomatch: The discount code isn't working on the checkout page.
nomatch: We're running a discount campaign next month.

id: thought_included
weight: 1
note: Expecting paid work to be included.
regex: (?x) \b(?:i|we) \s+ (?:thought|assumed|understood|expected) \s+ (?:that \s+)? (?:this|that|it|the \s+ \w+) \s+ (?:was|would \s+ be|is|were) \s+ (?:already \s+)? (?:included|part \s+ of|covered|free)\b
regex:  | \b(?:should|ought \s+ to) \s+ (?:be|have \s+ been) \s+ included\b
regex:  | \bshouldn['’]?t \s+ (?:cost \s+ extra|be \s+ (?:charged|billed))\b
match: I thought this was included in the monthly fee.
match: This should have been included.
nomatch: Is the hosting included in the monthly fee?
nomatch: We thought the meeting was on Tuesday.

id: for_free
weight: 1
note: Asking for work without pay.
regex: (?x) \b(?:do|fix|throw \s+ in|add|make|include|design|write|build) \s+ (?:it|this|that|this \s+ one|these|them|a \s+ \w+) \s+ (?:in \s+)? (?:for \s+ free|free \s+ of \s+ charge|at \s+ no \s+ (?:extra \s+)? (?:cost|charge)|without \s+ charging)\b
regex:  | \bas \s+ a \s+ (?:favou?r|goodwill \s+ gesture)\b
match: Could you do this one for free as a favour?
match: Can you add a page at no extra cost?
nomatch: It's free to attend the webinar.
nomatch: As a thank you, we'd like to invite you to lunch.

id: higher_than_expected
weight: 1
note: Price above what the client expected.
regex: (?x) \b(?:much|far|way|a \s+ lot|significantly|considerably|quite \s+ a \s+ bit|well|a \s+ bit)? \s* (?:higher|more \s+ expensive|pricier|steeper|more)
regex:    \s+ than \s+ (?:(?:we|i) \s+ (?:expected|thought|budgeted|planned|hoped|were \s+ told|had \s+ in \s+ mind|anticipated)|expected|anticipated|budgeted|planned|last \s+ (?:year|time))\b
unless: \b(?:traffic|sales|conversions?|visits|visitors|ranking|results?|response|demand|engagement)\b
match: This quote is much higher than we expected.
match: The invoice is more than we budgeted.
nomatch: Traffic is much higher than we expected, great news.
nomatch: The sales are more than we hoped.
