# Pessimism about the project or the relationship.

id: never_work
weight: 1
note: "This will never work."
regex: (?x) \b(?:will|would|is \s+ going \s+ to|['’]s \s+ going \s+ to|are \s+ going \s+ to|['’]re \s+ going \s+ to) \s+ never \s+ (?:work|succeed|pay \s+ off|take \s+ off|sell)\b
regex:  | \bnever \s+ going \s+ to \s+ (?:work|succeed|pay \s+ off|take \s+ off|sell)\b
regex:  | \b(?:won['’]?t|will \s+ not) \s+ ever \s+ (?:work|succeed|pay \s+ off)\b
regex:  | \b(?:don['’]?t|do \s+ not) \s+ think \s+ (?:this|it|that|the \s+ \w+|any \s+ of \s+ this|we) (?:\s+\w+)? \s+ (?:will|would|is \s+ going \s+ to|can|are \s+ going \s+ to) \s+ ever \s+ (?:work|succeed|pay \s+ off|take \s+ off|get \s+ anywhere)\b
match: This is never going to work.
match: I don't think this project will ever work.
match: The new site will never sell anything.
nomatch: This will never happen again, I promise.
nomatch: I think this will work.

id: nothing_works
weight: 1
note: "Nothing we try ever works."
regex: (?x) \bnothing \s+ (?:we \s+ (?:try|do|did|tried) \s+ | you \s+ (?:try|do|did) \s+)?
regex:    (?:ever \s+ seems \s+ to \s+ | ever \s+ | seems \s+ to \s+ | really \s+ ever \s+)
regex:    (?:works?|helps?|makes? \s+ (?:a|any) \s+ difference|changes?|improves?)\b
match: Nothing we try ever seems to make a difference.
match: Nothing ever changes.
nomatch: Nothing changes for the users, the button stays where it is.
nomatch: Nothing seemed wrong with the form.

id: waste_of_time
weight: 1
note: The whole effort seen as a waste.
regex: \b(?:a|complete|total|such\s+a|huge|massive|big)\s+waste\s+of\s+(?:time|money|effort|energy)\b
unless: \b(?:not|never|hardly|isn['’]?t|wasn['’]?t)\s+(?:\w+\s+)?(?:a\s+|such\s+a\s+)?(?:\w+\s+)?waste\b|\b(?:avoid|save|saving|prevent)\b
match: Honestly I'm starting to think this whole thing is a waste of time.
match: The campaign was a complete waste of money.
nomatch: The workshop was not a waste of time at all.
nomatch: To avoid a waste of time, let's agree on the brief first.

id: disaster
weight: 1
note: Predicting failure.
regex: (?x) \b(?:i|we) \s+ have \s+ a \s+ (?:bad|terrible|horrible) \s+ feeling\b
regex:  | \b(?:going \s+ to|gonna|will) \s+ be \s+ an? \s+ (?:total \s+ | complete \s+ | absolute \s+ | real \s+)? (?:disaster|catastrophe|fiasco|failure|flop|train \s+ wreck)\b
regex:  | \bdisaster \s+ waiting \s+ to \s+ happen\b
match: I have a bad feeling this launch is going to be a disaster.
match: The relaunch will be a total fiasco.
nomatch: The launch was a success, the traffic doubled.
nomatch: Our disaster recovery plan needs a page.

id: whats_the_point
weight: 1
note: Questioning whether to go on at all.
regex: (?x) \bwhat (?:['’]?s | \s+ is) \s+ (?:even \s+)? the \s+ point\b (?! \s+ of \s+ (?:contact|sale|view))
regex:  | \b(?:i|we) \s+ (?:don['’]?t|do \s+ not|can['’]?t|cannot) \s+ see \s+ the \s+ point\b
regex:  | \bthere (?:['’]s|\s+is) \s+ no \s+ point \s+ (?:in \s+)? (?:continuing|going \s+ on|trying|carrying \s+ on|bothering)\b
match: What's the point of continuing if nothing changes?
match: I can't see the point any more.
nomatch: There is no point in rushing the launch.
nomatch: What is the point of contact for billing?

id: doomed
weight: 1
note: Hopelessness.
regex: (?x) \b(?:we(?:['’]re|\s+are)|it(?:['’]s|\s+is)|this \s+ is|the \s+ \w+ \s+ is|everything \s+ is|they(?:['’]re|\s+are)) \s+ (?:all \s+ | completely \s+ | totally \s+ | just \s+)? (?:doomed|hopeless)\b
match: We're doomed if the numbers don't pick up.
match: It's hopeless, nobody is going to buy from that site.
nomatch: The old plugin is hopelessly outdated, please replace it.
nomatch: Doom metal fans are our target audience.

id: not_optimistic
weight: 1
note: Declared pessimism.
regex: \b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:not|far\s+from)\s+(?:very\s+|at\s+all\s+|too\s+|that\s+|really\s+|particularly\s+)?(?:optimistic|hopeful)\b|\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:very\s+|quite\s+|rather\s+|really\s+)?pessimistic\b
match: I'm not optimistic about any of this.
match: We are rather pessimistic about the launch.
nomatch: I'm optimistic about the new campaign.
nomatch: We are hopeful that the launch goes well.
