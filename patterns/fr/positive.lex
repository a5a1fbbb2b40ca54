# fr/positive.lex - words and phrases that judge something as good (quality, service, taste, behaviour, experience), for the scorer's feature l:positive. Written for redflag; not taken from any data set.
délicieux
délicieuse
délicieuses
savoureux
savoureuse
savoureuses
succulent
succulente
succulents
succulentes
goûteux
goûteuse
goûteuses
exquis
exquise
exquises
fondant
fondante
fondants
fondantes
croustillant
croustillante
croustillants
croustillantes
croquant
croquante
moelleux
moelleuse
moelleuses
tendre à souhait
juteux
juteuse
parfumé
parfumée
bien assaisonné
bien assaisonnée
cuit à la perfection
cuite à la perfection
cuisson parfaite
fait maison
faits maison
fraîcheur
produits frais
bien frais
un régal
régal
un délice
délice
un pur délice
divin
divine
divins
divines
gourmand
gourmande
gourmands
gourmandes
copieux
copieuse
copieuses
généreux
généreuse
généreuses
portions généreuses
assiettes copieuses
raffiné
raffinée
raffinés
raffinées
fin et délicat
bien présenté
bien présentée
joliment présenté
on se régale
on s'est régalé
on s'est régalés
régalé
régalés
miam
miam miam
trop bon
trop bonne
super bon
super bonne
très bon
très bonne
excellent plat
une tuerie
à tomber
à tomber par terre
accueillant
accueillante
accueillants
accueillantes
chaleureux
chaleureuse
chaleureuses
aimable
aimables
très aimable
sympathique
sympathiques
sympa
sympas
super sympa
souriant
souriante
souriants
souriantes
serviable
serviables
attentionné
attentionnée
attentionnés
attentionnées
attentif
attentive
attentifs
attentives
à l'écoute
aux petits soins
prévenant
prévenante
bienveillant
bienveillante
bienveillants
courtois
courtoise
poli
polie
polis
polies
gentil
gentille
gentils
gentilles
adorable
adorables
charmant
charmante
charmants
charmantes
professionnel
professionnelle
professionnels
professionnelles
très professionnel
compétent
compétente
compétents
compétentes
efficace
efficaces
très efficace
consciencieux
consciencieuse
sérieux et efficace
rigoureux
rigoureuse
fiable
fiables
digne de confiance
honnête
honnêtes
réactif
réactive
réactifs
réactives
disponible et à l'écoute
ponctuel
ponctuelle
ponctuels
dans les temps
dans les délais
rapide
rapides
très rapide
rapidité
service rapide
livraison rapide
efficacité
professionnalisme
gentillesse
amabilité
accueil chaleureux
accueil parfait
excellent accueil
très bon accueil
bon accueil
personnel adorable
personnel souriant
personnel aux petits soins
équipe au top
équipe formidable
un grand merci
merci beaucoup
mille mercis
merci encore
très propre
impeccable
impeccables
nickel
nickel chrome
impeccablement propre
d'une propreté irréprochable
propreté
bien entretenu
bien entretenue
bien tenu
bien tenue
calme
calmes
au calme
paisible
paisibles
reposant
reposante
apaisant
apaisante
tranquille
silencieux
confortable
confortables
très confortable
douillet
douillette
cosy
cocooning
spacieux
spacieuse
spacieuses
lumineux
lumineuse
lumineuses
agréable
agréables
très agréable
beau
belle
beaux
belles
magnifique
magnifiques
splendide
splendides
superbe
superbes
somptueux
somptueuse
charmant endroit
joli
jolie
jolis
jolies
mignon
mignonne
pittoresque
élégant
élégante
élégants
élégantes
chic
soigné
soignée
soignés
soignées
décoration soignée
cadre magnifique
cadre agréable
cadre idyllique
idyllique
paradisiaque
ambiance chaleureuse
bonne ambiance
super ambiance
ambiance conviviale
convivial
conviviale
conviviaux
bien situé
bien située
bien placé
bien placée
emplacement idéal
génial
géniale
géniaux
géniales
excellent
excellente
excellents
excellentes
formidable
formidables
fantastique
fantastiques
merveilleux
merveilleuse
merveilleuses
extraordinaire
extraordinaires
exceptionnel
exceptionnelle
exceptionnels
exceptionnelles
remarquable
remarquables
parfait
parfaite
parfaits
parfaites
parfaitement
la perfection
irréprochable
irréprochables
sans faute
un sans-faute
sans fausse note
impressionnant
impressionnante
épatant
épatante
épatants
sublime
sublimes
incroyable
incroyables
fabuleux
fabuleuse
fabuleuses
magique
magiques
grandiose
top
au top
top du top
trop bien
super
super bien
vraiment super
vraiment bien
très bien
très bons
très bonnes
de qualité
bonne qualité
très bonne qualité
haut de gamme
qualité irréprochable
qualité au rendez-vous
haute qualité
premier choix
de premier ordre
hors pair
sans égal
inégalable
imbattable
imbattables
le meilleur
la meilleure
les meilleurs
les meilleures
le top
le must
au poil
aux petits oignons
chouette
chouettes
trop cool
cool
stylé
stylée
dément
démente
de ouf
de la balle
kiffé
kif
j'ai kiffé
on a kiffé
kiffant
c'était le pied
que du bonheur
un bonheur
bonheur
un plaisir
un vrai plaisir
un vrai régal
un pur bonheur
une pépite
pépite
une perle
perle rare
une merveille
merveille
petit bijou
un bijou
un coup de cœur
coup de cœur
5 étoiles
cinq étoiles
étoilé
bravo
chapeau bas
félicitations
nickel de chez nickel
rien à redire
rien à dire
rien à reprocher
aucun reproche
aucun souci
aucun problème
sans souci
sans problème
sans accroc
zéro défaut
tip top
tiptop
impec
top moumoute
une valeur sûre
valeur sûre
recommande
je recommande
je recommande vivement
recommandé
recommandée
recommandés
vivement recommandé
à recommander
je conseille
conseillé
je vous le conseille
à conseiller
fortement conseillé
à essayer
à découvrir
à ne pas manquer
à ne pas rater
incontournable
incontournables
à faire absolument
à visiter absolument
à tester
allez-y les yeux fermés
les yeux fermés
on reviendra
nous reviendrons
je reviendrai
on y retournera
nous y retournerons
à refaire
j'y retourne
on reviendra sans hésiter
sans hésiter
sans hésitation
vaut le détour
vaut le coup
ça vaut le coup
vaut vraiment le coup
ça vaut le détour
mérite le détour
vaut la peine
bon rapport qualité-prix
excellent rapport qualité-prix
très bon rapport qualité-prix
rapport qualité-prix imbattable
prix raisonnable
prix raisonnables
prix corrects
prix honnêtes
abordable
abordables
bonne affaire
une bonne affaire
bon plan
un bon plan
bon rapport
ravi
ravie
ravis
ravies
très satisfait
très satisfaite
satisfait
satisfaite
satisfaits
satisfaites
comblé
comblée
comblés
comblées
enchanté
enchantée
enchantés
enchantées
content
contente
contents
contentes
heureux
heureuse
heureuses
conquis
conquise
séduit
séduite
bluffé
bluffée
agréablement surpris
agréablement surprise
bonne surprise
belle surprise
belle découverte
une belle découverte
une très belle découverte
belle expérience
super expérience
excellente expérience
expérience inoubliable
inoubliable
inoubliables
mémorable
mémorables
moment inoubliable
superbe moment
excellent moment
très bon moment
agréable moment
bon moment
un moment magique
merveilleux séjour
excellent séjour
séjour parfait
au-delà de nos attentes
au-delà des attentes
dépasse les attentes
à la hauteur
conforme à la description
comme décrit
fonctionne parfaitement
fonctionne très bien
marche très bien
marche nickel
fait le job
efficace et rapide
simple et efficace
facile à utiliser
intuitif
intuitive
pratique et efficace
solide
solides
robuste
robustes
bien fini
bien finie
bien finis
bien fait
bien faite
bien faits
bien conçu
bien conçue
bien pensé
bien pensée
bien emballé
livré à temps
livré rapidement
reçu rapidement
colis bien emballé
adoré
adorée
adorés
adorées
j'ai adoré
on a adoré
nous avons adoré
j'adore
on adore
aimé
j'ai aimé
on a aimé
apprécié
appréciée
très apprécié
j'ai apprécié
ça m'a plu
beaucoup plu
enthousiasmant
enthousiaste
enthousiastes
passionnant
passionnante
captivant
captivante
divertissant
divertissante
amusant
amusante
ludique
réussi
réussie
réussis
réussies
très réussi
une réussite
réussite
un succès
succès
bien joué
bon travail
excellent travail
beau travail
travail soigné
travail impeccable
du bon travail
du beau travail
boulot impeccable
chef-d'œuvre
chef d'œuvre
une pure merveille
rien de mieux
le paradis
paradis
un paradis
un havre de paix
havre de paix
une adresse à retenir
bonne adresse
une bonne adresse
excellente adresse
adresse incontournable
une adresse incontournable
mon resto préféré
préféré
préférée
favori
favorite
bon rapport qualité prix
service impeccable
service parfait
service irréprochable
excellent service
très bon service
bon service
service au top
service de qualité
service efficace
service rapide et efficace
personnel compétent
personnel attentionné
personnel serviable
personnel accueillant
personnel charmant
hôte charmant
hôtes charmants
hôtesse charmante
propriétaires charmants
super propre
bien propre
chambre propre
très propres
toujours propre
