# Chasing us for status: micromanagement and impatience.

id: any_update
weight: 1
note: "Any update on this?"
regex: \bany\s+(?:updates?|news|progress|word|feedback)\s+(?:yet\s+)?(?:on|about|regarding|re|for|with)\b|\bany\s+(?:updates?|news|progress)(?:\s+yet)?\s*\?
match: Any update on this?
match: Any news on the new banners?
match: Any progress yet?
nomatch: Is there any update you need from us?
nomatch: Any news is good news, enjoy your weekend.

id: where_are_we
weight: 1
note: "Where are we on ...?"
regex: \bwhere\s+(?:are\s+we|are\s+you|do\s+we\s+stand|do\s+things\s+stand|are\s+things|is\s+it|are\s+you\s+guys)\s+(?:at\s+)?(?:on|with)\b
match: Where are we on the homepage redesign?
match: Where do things stand with the audit?
nomatch: Where are we meeting on Thursday?
nomatch: Where are you based?

id: checking_in
weight: 1
note: Repeated check-ins.
regex: \bjust\s+(?:checking|following)\s+(?:in|up)\s+(?:again|once\s+more)\b|\bchecking\s+in\s+(?:again|once\s+more)\b|\bjust\s+checking\s+in\s+(?:to\s+see|on|about|regarding)\b
match: Just checking in again to see if there's any news.
match: Just checking in on the logo.
nomatch: Just checking: did you receive our payment?
nomatch: We are checking in at the hotel at three.

id: havent_heard
weight: 1
note: No answer from us yet.
regex: \b(?:i|we)\s+(?:still\s+)?(?:haven['’]?t|have\s+not|didn['’]?t|did\s+not)\s+(?:heard|hear)\s+(?:back|anything|from\s+you)\b|\bstill\s+(?:no|waiting\s+for\s+(?:a|your|an))\s+(?:response|reply|answer|news|update|word)\b|\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+still\s+waiting\b
match: I still haven't heard back from you about the audit.
match: Still waiting for an answer.
nomatch: I haven't heard of that plugin before.
nomatch: We're still waiting for the printer to deliver the cards, no rush on your side.
unless: \bno\s+rush\b|\bon\s+(?:our|my)\s+side\b|\bfrom\s+(?:the|our)\s+(?:printer|bank|supplier|client|lawyer|accountant|developer)\b|\bfor\s+the\s+(?:printer|bank|supplier|lawyer|accountant)\b

id: whats_the_status
weight: 1
note: "What's the status of ...?"
regex: \bwhat['’]?s\s+the\s+(?:latest\s+)?status\s+(?:of|on|with)\b|\bwhat\s+is\s+the\s+(?:latest\s+)?status\s+(?:of|on|with)\b|\bstatus\s+update\s*\?|\bwhat['’]?s\s+(?:the\s+)?(?:eta|holdup|hold-up|delay)\b
match: What's the status of the migration?
match: What's the holdup?
nomatch: What's the status code returned by the API?
nomatch: Here is the status report you asked for.

id: following_up
weight: 1
note: Chasing an earlier message.
regex: \b(?:following|follow)\s+up\s+(?:on|regarding|about|re)\s+my\s+(?:previous|last|earlier|prior|other)\s+(?:e-?mails?|messages?|requests?|notes?|questions?)\b|\bas\s+per\s+my\s+(?:last|previous)\s+(?:e-?mail|message)\b
match: Following up on my previous email, is it done yet?
match: As per my last email, we need the files.
nomatch: Following up on our call, here are the notes.
nomatch: I'll follow up on my side with the accountant.

id: done_yet
weight: 1
note: "Is it done yet?"
regex: \b(?:is|are)\s+(?:it|this|that|they|the\s+\w+(?:\s+\w+)?)\s+(?:done|finished|ready|live|fixed|complete|completed|sorted)\s+yet\b|\bis\s+it\s+(?:done|finished|ready)\s+(?:now|already)\s*\?
match: Is it finished yet?
match: Are the new banners ready yet?
nomatch: Is it possible to finish by Friday?
nomatch: It's not ready yet, we'll send it next week.

id: daily_updates
weight: 1
note: Asking for updates every day.
regex: (?x) \b(?:send \s+ (?:me|us)|give \s+ (?:me|us)|i \s+ (?:want|need|expect)|we \s+ (?:want|need|expect)|i['’]d \s+ like|we['’]d \s+ like)
regex:    \s+ (?:an? \s+)? (?:daily|hourly) \s+ (?:updates?|reports?|status|progress|check-?ins?)\b
regex:  | \b(?:an? \s+)? (?:updates?|report|progress \s+ updates?|status \s+ updates?) \s+ every \s+ (?:single \s+)? (?:day|morning|evening|hour|afternoon)\b
match: Can you send me a progress update every day from now on?
match: I want daily updates until this is done.
nomatch: Our daily report email is broken, can you look?
nomatch: The analytics send an update every day automatically.
unless: \b(?:analytics|automatic(?:ally)?|dashboard|tool|plugin|system)\b

id: sorry_to_chase
weight: 1
note: Explicit chasing.
regex: \bsorry\s+to\s+(?:chase|bug|nag|pester|bother\s+you\s+again|keep\s+asking)\b|\b(?:chasing|bumping)\s+(?:this|again|this\s+up)\b|\b(?:gentle|friendly|another|second|final)\s+reminder\b
match: Sorry to chase, but did you get a chance to look at the contract?
match: Bumping this again.
nomatch: Sorry to bother you on a Sunday.
nomatch: We send our customers a friendly welcome email.

id: hello_anyone
weight: 1
note: Impatient pings.
regex: \bhello\s*\?{2,}|\b(?:is\s+)?any(?:one|body)\s+there\s*\?|\bhello\s*\?\s*(?:anyone|is\s+anyone)\b
match: Hello?? Anyone there?
match: Is anybody there?
nomatch: Hello, is anyone free for a call?
nomatch: Hello? Is this the right address for billing? (sent once)
