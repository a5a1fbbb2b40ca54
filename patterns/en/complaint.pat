# Complaints about our work or service, including small things.

id: disappointed
weight: 1
note: Disappointment with our work or service.
regex: (?x) \b(?:i['’]?m|i \s+ am|we['’]re|we \s+ are|i \s+ was|we \s+ were|i['’]ve \s+ been|we['’]ve \s+ been|i \s+ have \s+ been|we \s+ have \s+ been|i \s+ feel|we \s+ feel)
regex:    \s+ (?:(?:really|very|so|quite|deeply|extremely|pretty|a \s+ bit|a \s+ little|rather|bitterly|increasingly|getting|becoming|more \s+ and \s+ more)\s+)*
regex:    (?:dis+ap+oint?ed|unhappy|dissatisfied|displeased|let \s+ down|underwhelmed)
regex:    \s+ (?:with|by|in|about) \s+ (?: you\b | your\b | this\b | how\b | what \s+ you\b | the \s+ (?:(?:latest|last|new|first|second|current|final|overall)\s+)?
regex:      (?:drafts?|designs?|work|service|quality|results?|report|delivery|deliverables?|progress|communication|response|website|site|logo|copy|version|invoice|mock-?ups?|proposal|support|way|outcome|team|level|lack|speed|pace|turnaround|campaign|changes) )
match: I'm really disappointed with the latest draft.
match: I'm very unhappy with the service we've received.
match: We are increasingly dissatisfied with your communication.
match: im really dissapointed with the new logo
nomatch: We were disappointed by the conference, but your talk was good.
nomatch: I'm not disappointed at all, just curious about the timeline.
nomatch: I'm not unhappy with the draft, it just needs a few tweaks.

id: not_happy
weight: 1
note: "I'm not happy with ..."
regex: \b(?:i['’]m|i\s+am|we['’]re|we\s+are|i\s+was|we\s+were)\s+(?:really\s+|still\s+|just\s+)?not\s+(?:at\s+all\s+|very\s+|really\s+|too\s+|entirely\s+|particularly\s+|totally\s+|completely\s+)?(?:happy|satisfied|pleased|impressed|thrilled|comfortable)\s+(?:at\s+all\s+)?(?:with|about|by)\b
match: I'm not happy with how the logo turned out.
match: We are not at all satisfied with the results.
nomatch: I'm happy with how the logo turned out.
nomatch: We're not happy about the new tax rules, but that's not your fault.
unless: \bnot\s+(?:your|you)\b|\bnothing\s+to\s+do\s+with\s+you\b

id: once_again
weight: 1
note: A problem that keeps coming back.
regex: (?x) \b(?:yet \s+ again|again \s+ and \s+ again|time \s+ and \s+ (?:time \s+)? again|once \s+ again)\b
regex:  | \bfor \s+ the \s+ (?:second|third|fourth|fifth|umpteenth|nth|\d+(?:nd|rd|th)) \s+ time\b
regex:  | \b(?:this|it) \s+ is \s+ the \s+ (?:second|third|fourth|fifth|umpteenth|\d+(?:nd|rd|th)) \s+ time\b
unless: \b(?:thanks?|thank\s+you|congratulations|congrats|great|well\s+done|appreciate|pleasure|happy|glad|welcome|love)\b
match: Once again, the report arrived late.
match: This is the third time I've had to point out the same typo.
match: The link is broken yet again.
nomatch: Once again, thank you for your help.
nomatch: It was a pleasure to work with you once again.

id: again_wrong
weight: 1
note: "errors again", "late again".
regex: (?x) \b(?:errors?|mistakes?|typos?|bugs?|problems?|issues?|delays?) \s+ again\b
regex:  | \b(?:late|wrong|broken|missing|delayed|down|incorrect) \s+ again\b
regex:  | \bagain \s+ (?:late|wrong|broken|missing|delayed)\b
regex:  | \bsame \s+ (?:mistake|error|problem|typo|issue)s? \s+ (?:again|as \s+ (?:last|before))\b
match: The invoice had errors again.
match: The site is down again.
nomatch: Thanks again for fixing the errors.
nomatch: We will be in touch again next week.

id: unacceptable
weight: 1
note: "unacceptable", "not acceptable".
regex: \b(?<!not\s)unaccept[ai]ble\b|\b(?:is|was|are|were|['’]s|has\s+been|have\s+been)\s+(?:simply\s+|just\s+|really\s+|frankly\s+|totally\s+|completely\s+)?not\s+acceptable\b
unless: \bwould\s+be\s+(?:\w+\s+)?unacceptable\s+(?:for|to)\s+(?:our|my)\s+(?:customers|clients|users|visitors)\b
match: Frankly, the quality has been unacceptable lately.
match: This is simply not acceptable.
match: This delay is unacceptible.
nomatch: It would be unacceptable for our customers to wait ten seconds, so please optimise the page.
nomatch: The draft is acceptable, let's go ahead.

id: frustrating
weight: 1
note: Frustration with us.
regex: (?x) \b(?:very|really|extremely|so|incredibly|quite|most|deeply|hugely|rather|pretty|increasingly) \s+ (?:frustrating|annoying|irritating)\b
regex:  | \b(?:i['’]m|we['’]re|i \s+ am|we \s+ are) \s+ (?:getting \s+ | really \s+ | very \s+ | so \s+ | quite \s+)* (?:tired|sick|fed \s+ up) \s+ (?:and \s+ tired \s+)? (?:of|with) \s+
regex:    (?:chasing|asking|waiting|reminding|repeating|having \s+ to|telling|explaining|the \s+ (?:delays|mistakes|errors)|your|you)\b
match: The colours are still wrong, which is very frustrating.
match: I'm tired of chasing you for simple things.
nomatch: I'm tired of the old logo, let's refresh it.
nomatch: The old checkout was frustrating for our customers, the new one is great.
unless: \bfor\s+(?:our|the)\s+(?:customers|users|visitors|clients)\b

id: always_have_to
weight: 1
note: Having to remind or chase us.
regex: (?x) \bwhy \s+ do \s+ (?:i|we) \s+ (?:always|constantly|keep \s+ having \s+ to|have \s+ to \s+ keep)\b
regex:  | \b(?:i|we) \s+ (?:always \s+ have \s+ to|constantly \s+ have \s+ to|keep \s+ having \s+ to|have \s+ to \s+ keep) \s+ (?:remind|chase|ask|tell|repeat|explain|check|correct|fix)\b
regex:  | \bhow \s+ many \s+ times \s+ (?:do|must|should|have) \s+ (?:i|we) \s+ (?:have \s+ to \s+)? (?:tell|told|ask|asked|say|said|explain|explained|remind|reminded|repeat)\b
match: Why do I always have to remind you about the deadlines?
match: How many times have I told you?
nomatch: How many times have we met so far?
nomatch: We always ask our customers for feedback.

id: still_wrong
weight: 1
note: A fix that did not happen.
regex: \bstill\s+(?:wrong|broken|not\s+(?:fixed|working|right|corrected|done\s+right)|incorrect|doesn['’]?t\s+work|isn['’]?t\s+(?:fixed|working|right)|hasn['’]?t\s+been\s+(?:fixed|corrected))\b
match: The colours are still wrong.
match: The form still doesn't work.
nomatch: The form still works fine on mobile.
nomatch: Is the form still available after the launch?

id: sloppy
weight: 1
note: Quality called poor.
regex: \b(?:sloppy|careless|shoddy|substandard|sub-?par|slapdash|lousy|poor|mediocre)\s+(?:work|job|quality|execution|proofreading|delivery|service|results?|workmanship|effort)\b
unless: \b(?:previous|last|old|former|other)\s+(?:agency|supplier|developer|designer|freelancer|provider)\b|\bour\s+(?:competitors?|suppliers?)\b
match: This is sloppy work.
match: We got poor service from your support line.
nomatch: Our previous agency did sloppy work, so we're glad we switched.
nomatch: Poor people can't afford our service, says the article.

id: not_what_we_asked
weight: 1
note: Delivered work that is not what was ordered.
regex: \b(?:that['’]?s|that\s+is|this\s+is|this['’]s|it['’]s|it\s+is|these\s+are|they\s+are)\s+(?:just\s+|really\s+|simply\s+|still\s+|absolutely\s+)?not\s+what\s+(?:we|i)\s+(?:asked\s+for|ordered|requested|agreed(?:\s+on)?|paid\s+for|briefed)\b
match: This is not what we asked for.
match: These are still not what we ordered.
nomatch: That's not what I meant, sorry for the confusion.
nomatch: This is what we asked for, thanks.
