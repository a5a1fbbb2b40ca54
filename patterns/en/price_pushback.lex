# en/price_pushback.lex - words and phrases of complaint about prices, for
# the scorer's feature l:price_pushback (format in patterns/README.md).
# Written for redflag; not taken from any data set.
expensive
too expensive
so expensive
very expensive
overpriced
over priced
pricey
pricy
costly
steep
exorbitant
extortionate
outrageous price
outrageous prices
overcharged
overcharge
overcharging
rip off
ripoff
ripped off
daylight robbery
highway robbery
too much money
too much for
charge too much
charging too much
charged too much
price is too high
prices are too high
too high
a fortune
cost a fortune
not worth the money
not worth the price
not worth it
poor value
bad value
no value for money
cheaper
lower the price
lower your price
reduce the price
reduce the fee
a discount
any discount
half the price
for half
for less
can't afford
cannot afford
out of our budget
over budget
over our budget
beyond our budget
too steep
markup
mark up
hidden fees
hidden charges
extra charge
extra charges
extra fees
price hike
price increase
raised the price
raised your prices
thought this was included
should be included
should have been included
for that price
at that price
at these prices
for the price
for what you charge
for what we pay
