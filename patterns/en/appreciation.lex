# en/appreciation.lex - words and phrases of praise and thanks beyond
# politeness, for the scorer's feature l:appreciation (format in
# patterns/README.md). Written for redflag; not taken from any data set.
thank you so much
thanks so much
thanks a lot
many thanks
huge thanks
big thanks
really appreciate
much appreciated
greatly appreciated
grateful
great job
good job
great work
good work
well done
nice work
excellent
outstanding
superb
brilliant
fantastic
amazing
awesome
wonderful
terrific
impressive
impressed
perfect
perfectly
lovely
delighted
thrilled
very happy
so happy
really happy
very pleased
really pleased
love it
loved it
love the
exceeded
above and beyond
kudos
bravo
congratulations
spot on
nailed it
top notch
first class
first rate
great
