# en/positive.lex - words and phrases that judge something as good (quality, service, taste, behaviour, experience), for the scorer's feature l:positive. Written for redflag; not taken from any data set.
delicious
tasty
yummy
scrumptious
mouth-watering
mouthwatering
flavourful
flavorful
flavoursome
full of flavour
full of flavor
succulent
tender
juicy
crispy
crunchy
fresh
freshly made
homemade
well seasoned
perfectly cooked
cooked to perfection
melt in your mouth
moreish
divine
heavenly
exquisite
delectable
appetising
appetizing
generous portions
generous
hearty
satisfying
authentic
creamy
fluffy
piping hot
nicely presented
beautifully presented
friendly
helpful
welcoming
warm welcome
polite
courteous
lovely staff
friendly staff
helpful staff
attentive
accommodating
considerate
thoughtful
caring
respectful
cheerful
smiling
charming
gracious
hospitable
professional
competent
knowledgeable
skilled
skilful
skillful
efficient
organised
organized
well organised
well organized
reliable
dependable
trustworthy
honest
punctual
on time
ahead of schedule
responsive
quick
fast
speedy
swift
rapid
quick service
fast service
fast delivery
quick delivery
went above and beyond
above and beyond
goes the extra mile
went the extra mile
bent over backwards
took great care
clean
spotless
immaculate
pristine
tidy
neat
spick and span
squeaky clean
spotlessly clean
hygienic
well kept
well-kept
well maintained
well-maintained
quiet
peaceful
calm
tranquil
relaxing
serene
cozy
cosy
comfy
comfortable
comfortable beds
spacious
roomy
airy
light and airy
stylish
elegant
tasteful
chic
beautiful
gorgeous
stunning
breathtaking
picturesque
charming place
lovely
cute
inviting
homely
pleasant
nice
nice atmosphere
great atmosphere
good vibes
great location
convenient
handy
well located
well-located
great
excellent
amazing
awesome
fantastic
fabulous
wonderful
superb
outstanding
exceptional
extraordinary
phenomenal
incredible
terrific
marvellous
marvelous
magnificent
splendid
brilliant
brill
impressive
remarkable
first-class
first class
first-rate
top-notch
top notch
top-quality
high quality
high-quality
good quality
great quality
world-class
world class
five-star
five star
5 stars
five stars
ten out of ten
flawless
perfect
perfection
perfectly
faultless
impeccable
ideal
superior
the best
best ever
the best ever
best in town
second to none
unbeatable
unrivalled
unrivaled
unmatched
sublime
stellar
spectacular
sensational
mind-blowing
out of this world
to die for
a gem
gem
hidden gem
a treat
a delight
delightful
a joy
a pleasure
a real pleasure
pleasure to deal with
superb service
excellent service
great service
amazing service
impeccable service
good service
good food
great food
amazing food
excellent food
good
very good
really good
so good
pretty good
quite good
decent
solid
nice touch
satisfactory
satisfied
very satisfied
happy
very happy
delighted
thrilled
pleased
very pleased
impressed
very impressed
blown away
loved it
love it
loved
loved every minute
enjoyed
enjoyed it
thoroughly enjoyed
enjoyable
fun
great fun
entertaining
memorable
unforgettable
worthwhile
rewarding
refreshing
pleasant surprise
pleasantly surprised
exceeded expectations
exceeded my expectations
beyond expectations
lived up to
as described
as advertised
exactly as described
works perfectly
works great
works like a charm
works well
does the job
does what it says
easy to use
user-friendly
user friendly
intuitive
straightforward
hassle-free
hassle free
stress-free
stress free
seamless
smooth
smoothly
effortless
painless
no problems
no issues
no complaints
can't complain
nothing to complain about
couldn't fault
can't fault
could not fault
recommend
recommended
highly recommend
highly recommended
would recommend
definitely recommend
strongly recommend
would recommend it
must try
a must
must-see
must see
must-visit
must-have
worth it
worth every penny
well worth
well worth it
worth the wait
worth the money
worth a visit
worth the trip
value for money
good value
great value
excellent value
great deal
bargain
a bargain
reasonably priced
reasonable prices
fair price
fair prices
affordable
good price
great price
will be back
will definitely be back
will return
will come back
can't wait to return
will be returning
would go again
would stay again
would buy again
favourite
favorite
my favourite
my favorite
new favourite
new favorite
go-to
my go-to
spot on
bang on
ace
rad
epic
legendary
the bomb
the dog's bollocks
classy
brilliant stuff
cool
very cool
neat idea
sweet as
stoked
chuffed
well chuffed
bang for your buck
bang for the buck
nailed it
nails it
killing it
on point
on fleek
slaps
a hit
hit the spot
hits the spot
just right
just what we needed
just what i needed
exactly what i wanted
a plus
gold star
two thumbs up
thumbs up
kudos
bravo
well done
hats off
top marks
full marks
five out of five
durable
sturdy
robust
solid build
well made
well-made
well built
well-built
well designed
well-designed
beautifully made
beautifully designed
high-end
quality product
long-lasting
long lasting
built to last
reliable product
accurate
precise
responsive design
ergonomic
versatile
handy tool
practical
useful
very useful
effective
very effective
efficient service
works a treat
a lifesaver
lifesaver
game changer
game-changer
must-buy
best purchase
great buy
good buy
great purchase
improved
fixed quickly
resolved quickly
sorted quickly
problem solved
quick response
quick reply
fast response
prompt reply
prompt service
delivered on time
arrived on time
arrived early
arrived quickly
well packaged
well packed
carefully packaged
thank you so much
many thanks
grateful
thankful
appreciated
appreciate
much appreciated
helpfulness
kindness
friendliness
professionalism
attentiveness
hospitality
cleanliness
excellence
quality service
great experience
amazing experience
wonderful experience
lovely experience
fantastic experience
excellent experience
positive experience
good experience
best experience
great job
excellent job
fantastic job
amazing job
good job
great work
excellent work
fine work
fine job
a credit to
credit to the team
superstar
a star
an asset
pure joy
pure bliss
bliss
blissful
paradise
a dream
dreamy
magical
idyllic
perfect day
perfect evening
perfect stay
perfect place
top class
top-class
a cut above
best value
well presented
well-presented
well run
well-run
well managed
well-managed
nicely done
beautifully done
done well
good work
well cooked
well made food
nothing too much trouble
