# fr/complaint.lex - mots et tournures de mécontentement à l'égard d'un
# travail, d'un produit ou d'un service, pour la variable l:complaint du
# scorer (format dans patterns/README.md). Écrit pour redflag ; tiré d'aucun
# jeu de données.
déçu
déçue
déçus
déçues
décevant
décevante
décevants
décevantes
déception
mécontent
mécontente
mécontents
insatisfait
insatisfaite
pas satisfait
pas satisfaite
pas content
pas contente
inacceptable
inadmissible
médiocre
médiocres
mauvais
mauvaise
mauvaises
mal
pire
pires
horrible
horribles
affreux
affreuse
lamentable
déplorable
catastrophique
catastrophe
bâclé
bâclée
bâclés
négligé
négligée
négligent
peu professionnel
pas professionnel
impoli
impolie
désagréable
désagréables
froid
froide
froids
fade
fades
sans goût
insipide
trop cuit
pas assez cuit
brûlé
sale
sales
bruyant
bruyante
lent
lente
lents
lenteur
en retard
retard
retards
oublié
oubliée
oubli
manquant
manquante
manque
erreur
erreurs
faute
fautes
coquille
coquilles
bug
bugs
ne marche pas
ne fonctionne pas
marche pas
fonctionne pas
cassé
cassée
problème
problèmes
souci
soucis
plainte
râler
agacé
agacée
énervé
énervée
frustré
frustrée
frustrant
pénible
toujours pas
encore une fois
une fois de plus
de nouveau
jamais plus
plus jamais
à éviter
à fuir
gâché
raté
ratée
loupé
n'importe quoi
pas ce que nous avions demandé
pas ce que j'avais demandé
pas à la hauteur
laisse à désirer
laissent à désirer
peu aimable
aucun effort
