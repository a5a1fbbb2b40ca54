# fr/appreciation.lex - mots et tournures d'éloge et de remerciement appuyé,
# pour la variable l:appreciation du scorer (format dans patterns/README.md).
# Écrit pour redflag ; tiré d'aucun jeu de données.
merci beaucoup
merci infiniment
mille mercis
un grand merci
encore merci
vraiment merci
reconnaissant
reconnaissante
reconnaissants
bravo
félicitations
chapeau
excellent
excellente
excellents
superbe
superbes
magnifique
magnifiques
formidable
génial
géniale
parfait
parfaite
parfaitement
impeccable
remarquable
top
super
très réussi
réussi
ravi
ravie
ravis
enchanté
enchantée
très content
très contente
très satisfait
très satisfaite
impressionné
impressionnée
impressionnant
adore
adoré
on adore
j'adore
au top
du beau travail
beau travail
bon travail
excellent travail
