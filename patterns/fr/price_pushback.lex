# fr/price_pushback.lex - mots et tournures de plainte sur les prix, pour la
# variable l:price_pushback du scorer (format dans patterns/README.md).
# Écrit pour redflag ; tiré d'aucun jeu de données.
trop cher
trop chère
si cher
c'est cher
plus cher
assez cher
bien cher
hors de prix
onéreux
onéreuse
coûteux
coûteuse
exorbitant
exorbitants
excessif
excessifs
abusif
abusifs
prohibitif
salé
salée
salés
douloureuse
arnaque
arnaques
arnaqué
du vol
c'est du vol
prix élevé
prix élevés
prix excessif
trop élevé
trop élevés
une fortune
ça fait cher
rapport qualité prix
qualité prix
pas donné
pas donnés
surfacturé
surfacturation
moins cher
moins chère
baisser le prix
baisser vos prix
revoir le prix
revoir vos tarifs
une remise
une réduction
un geste commercial
la moitié du prix
moitié prix
pas dans notre budget
hors budget
dépasse notre budget
au dessus de notre budget
frais cachés
supplément
suppléments
frais supplémentaires
hausse des prix
augmenté vos tarifs
je pensais que c'était inclus
devrait être inclus
aurait dû être inclus
pour ce prix
à ce prix
à ce prix là
vu le prix
vu les prix
pour le prix
