# en/complaint.lex - words and phrases of dissatisfaction with work, a
# product or a service, for the scorer's feature l:complaint (format in
# patterns/README.md). Written for redflag; not taken from any data set.
disappointed
disappointing
disappointment
unhappy
dissatisfied
not satisfied
not happy
not impressed
unimpressed
unacceptable
poor
poorly
bad
badly
terrible
terribly
awful
horrible
horrendous
dreadful
appalling
atrocious
abysmal
lousy
mediocre
subpar
sub par
sloppy
shoddy
careless
unprofessional
rude
rudely
unfriendly
unhelpful
inattentive
slow
slower
sluggish
late
delayed
delay
delays
overdue
broken
wrong
incorrect
inaccurate
mistake
mistakes
error
errors
typo
typos
bug
bugs
buggy
crash
crashes
crashed
glitch
missing
forgot
forgotten
ignored
still not
still no
still waiting
not working
doesn't work
didn't work
stopped working
failed
fails
failure
problem
problems
complaint
complain
frustrated
frustrating
annoyed
annoying
upset
fed up
worst
worse
never again
waste
wasted
messy
mess
confusing
confused
outdated
inconsistent
unreliable
unresponsive
lacking
letdown
let down
overrated
underwhelming
underwhelmed
gross
nasty
dirty
filthy
noisy
cold
bland
tasteless
stale
soggy
burnt
overcooked
undercooked
greasy
inedible
cramped
disorganized
disorganised
not what we asked
not what i asked
not what we ordered
not what we paid for
yet again
once again
not good enough
not up to
below standard
below par
falls short
fell short
half done
half-baked
