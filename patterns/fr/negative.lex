# fr/negative.lex - words and phrases that judge something as bad (quality, service, taste, behaviour, experience), for the scorer's feature l:negative. Written for redflag; not taken from any data set.
froid
froide
froids
froides
tiède
tièdes
fade
fades
insipide
insipides
sans goût
sans saveur
pâteux
pâteuse
pâteuses
ramolli
ramollie
ramollis
ramollies
mou
molle
mous
molles
rassis
rassie
rassies
graisseux
graisseuse
graisseuses
huileux
huileuse
huileuses
caoutchouteux
caoutchouteuse
brûlé
brûlée
brûlés
brûlées
cramé
cramée
cramés
cramées
trop cuit
trop cuite
trop cuits
trop cuites
pas assez cuit
pas assez cuite
pas cuit
pas cuite
immangeable
immangeables
imbuvable
imbuvables
trop salé
trop salée
trop salés
trop salées
trop sucré
trop sucrée
aqueux
aqueuse
dur comme du bois
filandreux
filandreuse
rance
rances
avarié
avariée
avariés
avariées
pourri
pourrie
pourris
pourries
moisi
moisie
moisis
moisies
périmé
périmée
périmés
périmées
réchauffé
réchauffée
réchauffés
réchauffées
indigeste
indigestes
écœurant
écœurante
écœurants
écœurantes
sale
sales
crasseux
crasseuse
crasseuses
dégoûtant
dégoûtante
dégoûtants
dégoûtantes
dégueulasse
dégueulasses
dégueu
dégueux
répugnant
répugnante
répugnants
répugnantes
immonde
immondes
infect
infecte
infects
infectes
puant
puante
puants
puantes
malodorant
malodorante
malodorants
malodorantes
poussiéreux
poussiéreuse
poussiéreuses
humide et sale
insalubre
insalubres
miteux
miteuse
miteuses
délabré
délabrée
délabrés
délabrées
vétuste
vétustes
décrépit
décrépite
négligé
négligée
négligés
négligées
mal entretenu
mal entretenue
mal entretenus
mal entretenues
vieillot
vieillotte
défraîchi
défraîchie
défraîchis
défraîchies
glauque
glauques
sinistre
sinistres
lugubre
minable
minables
bruyant
bruyante
bruyants
bruyantes
exigu
exiguë
exigus
exiguës
étroit et sombre
étouffant
étouffante
surpeuplé
surpeuplée
bondé
bondée
crade
crades
cradingue
cracra
craspec
impoli
impolie
impolis
impolies
malpoli
malpolie
malpolis
malpolies
grossier
grossière
grossiers
grossières
désagréable
désagréables
antipathique
antipathiques
désobligeant
désobligeante
hautain
hautaine
hautains
hautaines
méprisant
méprisante
méprisants
méprisantes
arrogant
arrogante
arrogants
arrogantes
condescendant
condescendante
condescendants
condescendantes
agressif
agressive
agressifs
agressives
irrespectueux
irrespectueuse
irrespectueuses
froid et distant
distant
distante
peu aimable
pas aimable
peu accueillant
pas accueillant
peu accueillante
pas accueillante
inaccueillant
non professionnel
pas professionnel
peu professionnel
peu professionnelle
pas professionnelle
amateurisme
incompétent
incompétente
incompétents
incompétentes
incompétence
inefficace
inefficaces
inutile
inutiles
nonchalant
nonchalante
je-m'en-foutiste
je-m'en-foutisme
négligent
négligente
négligents
négligentes
désinvolte
désinvoltes
bâclé
bâclée
bâclés
bâclées
fait à la va-vite
peu sérieux
pas sérieux
peu sérieuse
pas sérieuse
malhonnête
malhonnêtes
louche
louches
injoignable
injoignables
inattentif
inattentive
indifférent
indifférente
désorganisé
désorganisée
désorganisés
désorganisées
mal organisé
mal organisée
mal géré
mal gérée
lent
lente
lents
lentes
très lent
interminable
interminables
en retard
retard
retards
retardé
retardée
toujours en retard
retard de livraison
cassé
cassée
cassés
cassées
défectueux
défectueuse
défectueuses
endommagé
endommagée
endommagés
endommagées
abîmé
abîmée
abîmés
abîmées
fissuré
fissurée
rayé
rayée
rayés
rayées
déchiré
déchirée
troué
trouée
fragile et mal fait
mal fait
mal faite
mal faits
mal faites
mal conçu
mal conçue
mal fini
mal finie
mal finis
mal finies
de mauvaise qualité
mauvaise qualité
piètre qualité
camelote
pacotille
de la camelote
de la pacotille
bas de gamme
en panne
hors service
ne marche pas
ne fonctionne pas
fonctionne mal
marche mal
ne marche plus
ne fonctionne plus
tombé en panne
tombée en panne
inutilisable
inutilisables
buggé
buggée
bogué
plante sans arrêt
inconfortable
inconfortables
pas confortable
peu confortable
instable
obsolète
dépassé
dépassée
erroné
erronée
incomplet
incomplète
mauvaise commande
erreur de commande
colis abîmé
trop cher
trop chère
trop chers
trop chères
hors de prix
excessif
excessive
prohibitif
prohibitive
exorbitant
exorbitante
exorbitants
exorbitantes
surfacturé
surfacturée
arnaque
arnaques
arnaqué
arnaquée
arnaqués
escroquerie
du vol
c'est du vol
du vol pur
attrape-nigaud
attrape-touristes
piège à touristes
attrape-couillon
frais cachés
rapport qualité-prix décevant
mauvais rapport qualité-prix
pas donné
prix abusif
prix abusifs
prix exagéré
prix exagérés
tarifs abusifs
facturé deux fois
aucun remboursement
pas remboursé
jamais remboursé
mauvais
mauvaise
mauvaises
très mauvais
très mauvaise
nul
nulle
nuls
nulles
nullissime
nullité
médiocre
médiocres
médiocrité
moyen sans plus
sans plus
passable
décevant
décevante
décevants
décevantes
déçu
déçue
déçus
déçues
très déçu
très déçue
déception
grosse déception
quelle déception
terrible
horrible
horribles
affreux
affreuse
affreuses
atroce
atroces
épouvantable
épouvantables
lamentable
lamentables
pitoyable
pitoyables
déplorable
déplorables
exécrable
exécrables
catastrophique
catastrophiques
calamiteux
calamiteuse
désastreux
désastreuse
désastreuses
navrant
navrante
navrants
navrantes
consternant
consternante
honteux
honteuse
honteuses
scandaleux
scandaleuse
scandaleuses
inadmissible
inadmissibles
inacceptable
inacceptables
inexcusable
intolérable
insupportable
insupportables
pénible
pénibles
désagréable expérience
frustrant
frustrante
agaçant
agaçante
énervant
énervante
exaspérant
exaspérante
inqualifiable
en dessous de tout
au-dessous de tout
zéro étoile
une étoile
à éviter
à fuir
fuyez
à oublier
à bannir
passez votre chemin
le pire
la pire
les pires
pire
pire que
le pire restaurant
pire expérience
la pire expérience
pas terrible
pas top
pas génial
pas bon
pas bonne
pas bons
pas terrible du tout
pas fameux
pas fameuse
peu recommandable
pas recommandable
je déconseille
je ne recommande pas
déconseillé
déconseillée
à déconseiller
fortement déconseillé
plus jamais
jamais plus
plus jamais ça
on ne reviendra pas
je ne reviendrai pas
nous ne reviendrons pas
ne reviendrai plus
aucun intérêt
sans intérêt
aucun sens
pas à la hauteur
pas digne
indigne
regrette
regretté
je regrette
regrettable
mécontent
mécontente
mécontents
mécontentes
insatisfait
insatisfaite
insatisfaits
insatisfaites
furieux
furieuse
écœuré
écœurée
dégoûté
dégoûtée
énervé
énervée
fâché
fâchée
choqué
choquée
scandalisé
scandalisée
outré
outrée
craignos
bof
bof bof
nase
naze
nazes
merdique
merdiques
de la merde
c'est de la merde
chiant
chiante
chiants
chiantes
ça craint
foireux
foireuse
pourave
raté
ratée
ratés
ratées
loupé
loupée
foiré
foirée
un flop
un four
à chier
à gerber
gerbant
gerbante
dégueulasserie
gâché
gâchée
gâchés
gâchées
gâcher
gaspillé
gaspillée
perte de temps
perte d'argent
une perte de temps
jeter son argent
une honte
c'est une honte
la honte
honte
n'importe quoi
du grand n'importe quoi
du foutage de gueule
foutage de gueule
se fout du client
pris pour des pigeons
pigeonné
tromperie
trompé
trompée
trompeur
trompeuse
mensonger
mensongère
publicité mensongère
pas conforme
non conforme
catastrophe
une catastrophe
désastre
un désastre
cauchemar
un cauchemar
cauchemardesque
fiasco
un fiasco
horreur
une horreur
l'horreur
enfer
un enfer
galère
une galère
la galère
bazar
un bazar
bordel
le bordel
un bordel
pagaille
chaos
chaotique
calvaire
supplice
gâchis
un gâchis
naufrage
échec
un échec
déboires
mésaventure
problèmes
panne
pannes
défauts
vice caché
malfaçon
malfaçons
erreur
erreurs
bug
bugs
plainte
plaintes
réclamation
réclamations
litige
remboursement refusé
attente interminable
une attente interminable
service déplorable
service lamentable
accueil glacial
accueil froid
accueil désagréable
mauvais accueil
mauvais service
service nul
service médiocre
service catastrophique
personnel désagréable
personnel incompétent
serveur désagréable
serveuse désagréable
mauvaise odeur
mauvaises odeurs
puanteur
odeur de moisi
odeur d'égout
saleté
saletés
crasse
moisissure
moisissures
cafards
cafard
punaises de lit
cheveu dans l'assiette
intoxication alimentaire
intoxication
malade après
tombé malade
rendu malade
indigestion
avons attendu
on a attendu
j'ai attendu
attendu une heure
attendu des heures
une heure d'attente
des heures d'attente
trop d'attente
trop long
beaucoup trop long
une éternité
personne n'est venu
personne ne répond
personne n'a répondu
aucune réponse
sans réponse
sans nouvelles
jamais répondu
jamais rappelé
ne rappelle jamais
jamais livré
jamais reçu
jamais arrivé
pas livré
pas reçu
toujours pas reçu
toujours pas livré
toujours rien
colis perdu
commande perdue
ignoré
ignorée
ignorés
on nous a oubliés
laissé en plan
délaissé
délaissée
ruiné
ruinée
gâché notre soirée
gâché nos vacances
surfacturation
facturé en trop
plainte déposée
se plaindre
nous sommes plaints
je me suis plaint
aucune excuse
sans excuse
même pas d'excuses
pas un mot d'excuse
raccroché
baladé
on m'a baladé
menti
ils ont menti
promesses non tenues
pas tenu parole
annulé sans prévenir
annulée sans prévenir
surbooké
surbookée
ennuyeux
ennuyeuse
ennuyeux à mourir
ennuyeuses
barbant
barbante
rasoir
soporifique
lassant
lassante
monotone
banal
banale
banals
banales
quelconque
quelconques
sans âme
sans charme
sans saveur aucune
surfait
surfaite
surfaits
surfaites
surcoté
surcotée
survendu
survendue
décevant au possible
fouillis
confus
confuse
compliqué
compliquée
trop compliqué
pas pratique
peu pratique
pas intuitif
peu intuitif
malcommode
laborieux
laborieuse
fastidieux
fastidieuse
bancal
bancale
branlant
branlante
vétuste et sale
bruyant la nuit
mal insonorisé
mal insonorisée
pas insonorisé
mal isolé
glacial
glaciale
servi froid
servie froide
arrivé froid
arrivée froide
plat froid
dangereux
dangereuse
dangereuses
insécurisant
peu sûr
pas sûr
mal desservi
mal situé
mal placé
mal éclairé
sombre et sale
triste
tristes
moche
moches
laid
laide
laids
laides
hideux
hideuse
kitsch
ringard
ringarde
ringards
ringardes
cheap
cheap et sale
vaut pas le coup
vaut pas le détour
se moque de nous
se fout de nous
