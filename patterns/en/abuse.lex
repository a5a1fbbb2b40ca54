# en/abuse.lex - words and phrases of insult and contempt, for the scorer's
# feature l:abuse (format in patterns/README.md). A word here is a clue,
# not a verdict: the model weighs it with the rest of the sentence.
# Written for redflag; not taken from any data set.
idiot
idiots
idiotic
moron
morons
moronic
stupid
stupidity
dumb
dumbass
imbecile
imbeciles
cretin
cretins
retard
retarded
fool
fools
clown
clowns
clueless
brainless
braindead
halfwit
dimwit
nitwit
jerk
jerks
loser
losers
asshole
assholes
arsehole
arseholes
bastard
bastards
bitch
bitches
bitchy
dick
dickhead
prick
pricks
cunt
twat
wanker
wankers
douche
douchebag
scum
scumbag
scumbags
pathetic
useless
worthless
incompetent
incompetence
incompetents
inept
incapable
amateurs
amateurish
amateur hour
garbage
trash
rubbish
crap
crappy
shit
shitty
bullshit
fuck
fucking
fucked
fucker
motherfucker
wtf
disgrace
disgraceful
disgusting
shameful
ashamed of yourselves
ashamed of yourself
liar
liars
crook
crooks
con artist
con artists
thief
thieves
conman
swindler
swindlers
hopeless
laughable
lazy
ignorant
whore
hoe
hoes
slut
sluts
pussy
shut up
screw you
go to hell
piss off
get lost
fuck off
sod off
bugger off
who do you think you are
waste of space
waste of oxygen
monkey
monkeys
a child could
my kid could
joke of a
what the hell
what the fuck
are you blind
are you deaf
can't you read
can you even read
