# Requests for dubious or dishonest things: tax and accounting tricks, fake
# reviews, copying others' work, bought followers or links. Legitimate
# look-alikes (VAT exemption, own content, licensed photos) must not match.

id: off_the_books
weight: 3
note: Hiding work or payments from the accounts.
regex: (?x) \boff \s+ the \s+ (?:books|record)\b | \bunder \s+ the \s+ table\b
regex:  | \b(?:leave|keep|take) \s+ (?:\w+ \s+){1,3}? off \s+ (?:the|our|your|this) \s+ invoice\b
regex:    (?= [^.?!]{0,70} \b(?:show \s+ up|nobody|no \s+ one|accountant|accounts|tax|vat|auditor|books|record|declare)\b)
regex:  | \bso \s+ (?:that \s+)? there(?:['’]s|\s+is|\s+will \s+ be) \s+ no \s+ (?:record|paper \s+ trail|trace)\b
match: Can you leave this off the invoice so it doesn't show up in our accounts?
match: We'd rather pay cash so there's no record.
match: Let's keep it off the books.
nomatch: Leave the hosting off this invoice, we'll pay it separately.
nomatch: Please keep a record of the changes.

id: backdate
weight: 3
note: Falsifying dates on documents.
regex: (?x) \bback[\s-]?dat(?:e|ed|ing)\b
regex:  | \b(?:change|alter|modify|adjust|fake|fiddle) \s+ (?:the \s+)? dates? \s+ (?:on|of) \s+ (?:the|this|that|our|your) \s+ (?:invoice|contract|receipt|document|report|quote)s?\b
regex:  | \bput \s+ (?:an? \s+)? (?:earlier|later|different|last \s+ year['’]?s?|an \s+ older) \s+ dates? \s+ on\b
unless: \b(?:wrong|typo|mistake|incorrect|error|by\s+mistake)\b
match: Could you backdate the invoice to last year?
match: Change the date on the invoice so it falls in the next tax year.
nomatch: Could you change the date of our meeting?
nomatch: The date on the invoice is wrong, could you change the date on the invoice to the 3rd?

id: fake_reviews
weight: 3
note: Fake reviews or testimonials.
regex: (?x) \b(?:fake|false|made[\s-]up|bogus|invented|paid) \s+ (?:(?:customer|google|client|5[\s-]star|five[\s-]star)\s+)? (?:reviews?|testimonials?|ratings?|endorsements?)\b
regex:  | \bwrite \s+ (?:some \s+ | a \s+ few \s+ | a \s+ couple \s+ of \s+)? (?:(?:good|positive|5[\s-]star|five[\s-]star)\s+)? (?:reviews?|testimonials?) \s+ (?:for \s+ us \s+ )? (?:yourself|yourselves|ourselves|as \s+ (?:if|though)|pretending|under \s+ (?:different|fake) \s+ names)\b
regex:  | \b(?:pretend|pose|posing) \s+ (?:to \s+ be|as) \s+ (?:a \s+)? (?:happy \s+)? (?:customers?|clients?|users?)\b
unless: \b(?:report|flag|remove|spot|detect|fight|against|complain)\w*\b|\bcompetitor
match: Write a few fake reviews for us on Google.
match: Could you write some reviews yourselves, as if you were customers?
nomatch: Our competitor has fake reviews, can we report them?
nomatch: Please add the customer reviews to the home page.

id: copy_content
weight: 3
note: Copying other people's content or design.
regex: (?x) \b(?:just \s+ | simply \s+)? (?:copy|lift|scrape|steal|rip \s+ off|reuse|clone|duplicate)
regex:    \s+ (?:their|the \s+ competitors?['’]?s?|our \s+ competitors?['’]?s?|competitors?['’]?) \s+ (?:\w+ \s+)?
regex:    (?:content|text|texts|copy|descriptions|articles|photos|images|pictures|designs?|site|website|logo|code|blog|posts|layout|videos)\b
match: Just copy their product descriptions, nobody will notice.
match: Can you clone our competitor's website?
nomatch: Copy the text from the old site into the new pages, it's ours anyway.
nomatch: Can you copy their email addresses into the CRM? They agreed to it.

id: no_licence
weight: 3
note: Using others' photos or material without a licence.
regex: (?x) \b(?:don['’]?t|do \s+ not|won['’]?t|shouldn['’]?t) \s+ need \s+ (?:a \s+ | to \s+ (?:buy|pay \s+ for) \s+ (?:a \s+ | the \s+)?)? (?:licen[cs]es?|permission|the \s+ rights)\b
regex:  | \bwithout \s+ (?:a \s+ | any \s+)? (?:licen[cs]e|permission|paying \s+ for \s+ (?:them|it|the \s+ rights)|asking)\b (?= [^.?!]{0,60} \b(?:photos?|images?|pictures?|fonts?|music|videos?|logos?|content|texts?)\b)
regex:  | \b(?:photos?|images?|pictures?|fonts?|music|videos?) \s+ (?:\w+ \s+){0,4}? without \s+ (?:a \s+ | any \s+)? (?:licen[cs]e|permission|asking|paying)\b
regex:  | \b(?:ignore|remove|crop \s+ out|get \s+ rid \s+ of|hide) \s+ (?:the \s+)? (?:watermarks?|copyright \s+ notices?|photo \s+ credits?)\b
regex:  | \bnobody \s+ (?:checks|will \s+ check) \s+ (?:the \s+)? (?:licen[cs]es?|rights|copyright)\b
unless: \b(?:our\s+own|we\s+(?:own|took|shot|made)|we\s+already\s+(?:have|bought)|licensed|public\s+domain|creative\s+commons)\b
match: Use those photos from their website, we don't need a licence.
match: Just remove the watermark from the stock photo.
nomatch: The photos are licensed from a stock library, so we don't need a new licence.
nomatch: We don't need a licence for our own photos.

id: buy_followers
weight: 3
note: Bought followers, reviews or links.
regex: (?x) \bbuy (?:ing)? \s+ (?:(?:some|a \s+ few|a \s+ couple \s+ of|\d[\d,.]*k?|a \s+ few \s+ (?:hundred|thousand)|(?:hundreds|thousands) \s+ of|more|cheap)\s+)*
regex:    (?:followers|likes|reviews|links|backlinks|fans|subscribers|views|clicks)\b
regex:  | \bbought \s+ (?:followers|likes|reviews|backlinks|links)\b
regex:  | \b(?:link|review|click) \s+ farms?\b | \bprivate \s+ blog \s+ networks?\b | \bpbns?\b
match: Can you buy a few thousand followers for the account?
match: Let's buy some backlinks to rank faster.
nomatch: Customers buy our products through the links in the newsletter.
nomatch: Our customers can buy reviews copies of the book at the fair.
unless: \b(?:customers|clients|visitors|users)\s+(?:can\s+)?buy\b

id: cash_no_tax
weight: 3
note: Cash to avoid tax or invoices.
regex: (?x) \b(?:pay|paid|paying) \s+ (?:you \s+)? (?:in \s+)? cash\b (?= [^.?!]{0,60} \b(?:no \s+ (?:record|invoice|receipt|trace|paper|vat|tax)|off \s+ the \s+ books|avoid|skip|without \s+ (?:an? \s+)? (?:invoice|receipt|vat|tax)|the \s+ tax|taxman)\b)
regex:  | \bwithout \s+ (?:an? \s+)? (?:invoice|receipt)\b (?= [^.?!]{0,40} \bcash\b)
regex:  | \b(?:skip|dodge|evade|get \s+ around|cheat \s+ on) \s+ (?:the \s+ | our \s+)? (?:vat|tax|taxes|taxman)\b
unless: \b(?:legally|legal\s+way|accountant\s+says|reverse\s+charge|exempt)\b
match: Can we pay you in cash and skip the VAT?
match: Is there a way to dodge the tax on this?
nomatch: Is there a way to avoid the VAT on this? We are a Belgian company.
nomatch: We pay all invoices by bank transfer, never in cash.
nomatch: We are VAT-exempt, so please don't add VAT to the invoice; our certificate is attached.
