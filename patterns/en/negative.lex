# en/negative.lex - words and phrases that judge something as bad (quality, service, taste, behaviour, experience), for the scorer's feature l:negative. Written for redflag; not taken from any data set.
cold
lukewarm
tepid
bland
tasteless
flavourless
flavorless
soggy
stale
greasy
oily
dry
rubbery
burnt
burned
overcooked
undercooked
raw in the middle
inedible
unappetising
unappetizing
salty
too salty
oversalted
watery
mushy
tough
gristly
rancid
rotten
mouldy
moldy
spoiled
spoilt
gone off
limp
wilted
congealed
reheated
microwaved
frozen solid
dirty
filthy
grimy
grubby
dusty
sticky
smelly
stinky
stinking
musty
damp
mouldy walls
unhygienic
unsanitary
disgusting
gross
revolting
nasty
vile
foul
squalid
run-down
rundown
shabby
tatty
dingy
dilapidated
neglected
unkempt
messy
cluttered
cramped
poky
stuffy
draughty
drafty
noisy
loud
deafening
crowded
overcrowded
chaotic
depressing
dreary
gloomy
soulless
tacky
rude
impolite
unfriendly
unwelcoming
hostile
arrogant
condescending
patronising
patronizing
dismissive
snooty
snobbish
surly
grumpy
sullen
abrupt
curt
offhand
brusque
aggressive
obnoxious
disrespectful
unprofessional
unhelpful
uncooperative
unresponsive
inattentive
indifferent
careless
negligent
clueless
incompetent
inept
useless
hopeless
lazy
sloppy
slapdash
shoddy
haphazard
disorganised
disorganized
unreliable
untrustworthy
dishonest
shady
dodgy
sketchy
rude staff
rude waiter
unapologetic
pushy
incapable
inexperienced
unqualified
clumsy
slow
sluggish
late
delayed
overdue
tardy
unpunctual
behind schedule
slow service
painfully slow
broken
faulty
defective
damaged
cracked
scratched
dented
torn
ripped
leaking
leaky
flimsy
cheaply made
poorly made
badly made
poorly built
badly designed
poorly designed
buggy
glitchy
laggy
crashes
keeps crashing
unusable
malfunctioning
not working
doesn't work
stopped working
fell apart
falling apart
worn out
outdated
obsolete
unstable
inaccurate
misleading
wrong order
incomplete
overpriced
expensive
pricey
extortionate
exorbitant
rip-off
ripoff
rip off
a ripoff
poor value
bad value
not worth it
not worth
not worth the money
waste of money
waste of time
a waste
money grab
hidden fees
hidden charges
overcharged
overcharging
scam
scammed
fraud
swindle
cash grab
daylight robbery
bad
poor
terrible
awful
horrible
horrendous
dreadful
atrocious
abysmal
appalling
lousy
crappy
crap
crud
rubbish
garbage
trash
trashy
junk
pathetic
pitiful
lamentable
deplorable
woeful
dire
substandard
subpar
sub-par
second-rate
third-rate
inferior
low quality
poor quality
bad quality
mediocre
average at best
underwhelming
unimpressive
disappointing
disappointed
disappointment
a letdown
letdown
let down
let-down
frustrating
frustrated
annoying
annoyed
irritating
infuriating
maddening
aggravating
unacceptable
inexcusable
unforgivable
outrageous
ridiculous
ludicrous
laughable
absurd
shocking
scandalous
disgraceful
shameful
embarrassing
unpleasant
uncomfortable
unbearable
intolerable
insufferable
miserable
nightmarish
hellish
horrid
ghastly
godawful
god awful
the worst
worst
worst ever
worst experience
worse
worse than
far from good
not good
not great
no good
not nice
not impressed
unimpressed
unsatisfied
dissatisfied
unhappy
displeased
regret
regretted
regrettable
avoid
avoid at all costs
stay away
steer clear
never again
never going back
won't be back
will not return
not coming back
not recommended
do not recommend
wouldn't recommend
would not recommend
cannot recommend
can't recommend
one star
zero stars
1 star
no stars
ruined
ruin
wasted
waste
waited
kept waiting
had to wait
waited ages
waited forever
took forever
took ages
ignored
neglected us
forgot our order
overlooked
overbooked
cancelled
canceled
lost our booking
complained
complaint
complaints
demanded a refund
no refund
refused
refused to
denied
mistreated
ripped off
cheated
lied
lied to
misled
stranded
hassle
hassles
headache
ordeal
disaster
disastrous
catastrophe
catastrophic
fiasco
nightmare
shambles
a shambles
mess
a mess
a joke
farce
travesty
debacle
failure
epic fail
flop
dud
dump
hellhole
pigsty
death trap
eyesore
mistake
big mistake
problems
glitch
bug
bugs
defect
fault
flaw
flaws
flawed
error
errors
delay
delays
inconvenience
downside
drawback
shortcoming
rudeness
incompetence
negligence
carelessness
dirtiness
filth
stench
stink
odour
odor
bad smell
bad service
poor service
terrible service
awful service
horrible service
bad food
bad experience
terrible experience
awful experience
horrible experience
food poisoning
got sick
made me sick
cockroach
cockroaches
bedbugs
bed bugs
hair in my food
a hair in
fly in my soup
sucks
sucked
it sucks
meh
lame
naff
duff
grotty
manky
minging
yuck
yucky
ew
eww
blah
ugh
bleh
so-so
half-baked
half-hearted
halfhearted
phoned in
cut corners
cutting corners
jerry-built
knockoff
knock-off
cheap knockoff
gimmicky
overrated
overhyped
not as advertised
not as described
nothing like the pictures
false advertising
bait and switch
total rip-off
what a joke
not again
no thanks
hard pass
skip it
give it a miss
don't bother
do not bother
not bothered
no one came
nobody came
no one answered
nobody answered
never came
never arrived
never showed up
didn't show up
no-show
no show
didn't arrive
arrived late
arrived cold
came cold
served cold
no response
no reply
never replied
never called back
on hold
on hold for
put on hold
hung up
passed around
runaround
the runaround
no apology
didn't apologise
didn't apologize
not even an apology
still waiting
still broken
still not fixed
not fixed
never fixed
never again ever
gave up
walked out
left hungry
left disappointed
boring
dull
tedious
tiresome
monotonous
bland and boring
uninspired
uninspiring
unoriginal
lacklustre
lackluster
forgettable
pointless
meaningless
confusing
confused
complicated
convoluted
cumbersome
clunky
awkward
inconvenient
impractical
unintuitive
difficult to use
hard to use
user-unfriendly
badly organised
badly organized
poorly organised
poorly organized
poorly managed
badly managed
mismanaged
understaffed
short-staffed
overworked
unclean
uncleaned
unmade
smelled bad
stank
reeked
reeks
stinks
leaked
broke
broke down
broke after
died after
fell off
came apart
peeling
stained
stains
mould
mold
mildew
cracked screen
faulty product
defective product
unsafe
dangerous
hazardous
risky
insecure
unsanitary conditions
unhealthy
sickening
nauseating
stomach-churning
off-putting
offputting
repulsive
repugnant
abhorrent
despicable
appalled
horrified
disgusted
furious
livid
outraged
fuming
upset
angry
gutted
devastated
cheated out of
worst meal
worst hotel
worst service
worst company
very disappointing
extremely disappointing
hugely disappointing
really bad
very bad
so bad
too expensive
way too expensive
too slow
too noisy
too loud
too cold
too small
too dry
too greasy
too sweet
bad attitude
attitude problem
poor attitude
poor communication
lack of communication
no communication
poor customer service
bad customer service
terrible customer service
customer service nightmare
unanswered
unreturned
unpaid
charged twice
double charged
billed twice
wrong item
wrong size
wrong colour
wrong color
damaged in transit
arrived damaged
arrived broken
