# fr/abuse.lex - mots et tournures d'insulte et de mépris, pour la variable
# l:abuse du scorer (format dans patterns/README.md). Écrit pour redflag ;
# tiré d'aucun jeu de données.
idiot
idiote
idiots
idiotes
imbécile
imbéciles
crétin
crétine
crétins
débile
débiles
abruti
abrutie
abrutis
con
conne
cons
connard
connarde
connards
connasse
connerie
conneries
enfoiré
enfoirés
salaud
salauds
salope
salopes
pute
putes
putain
merde
merdique
merdiques
chier
fais chier
bordel
nul
nulle
nuls
nulles
nullard
nullards
incompétent
incompétente
incompétents
incompétentes
incompétence
bon à rien
bons à rien
bonne à rien
minable
minables
pitoyable
pitoyables
lamentable
lamentables
ridicule
ridicules
honteux
honteuse
honte
escroc
escrocs
arnaqueur
arnaqueurs
voleur
voleurs
menteur
menteurs
menteuse
amateur
amateurs
amateurisme
guignol
guignols
clown
clowns
bouffon
bouffons
tocard
tocards
boulet
boulets
crevard
abruti
débile mental
demeuré
demeurés
attardé
attardés
ta gueule
fermez la
ferme la
va te faire
allez vous faire
casse toi
dégage
dégagez
foutre
foutez
foutu
je m'en fous
pauvre type
pauvres types
sale
ordure
ordures
racaille
poubelle
torchon
de la merde
du grand n'importe quoi
un enfant aurait fait mieux
vous vous foutez de moi
vous vous moquez de moi
