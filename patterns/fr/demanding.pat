# Exigences, ultimatums et pression.

id: exige
weight: 2
note: « J'exige ».
regex: \bj['’]\s?exige\b|\bnous\s+exigeons\b|\bje\s+vous\s+somme\s+de\b|\bj['’]\s?attends\s+de\s+vous\s+que\b
match: J'exige que ce soit corrigé ce soir.
match: J'attends de vous que vous soyez disponibles ce week-end.
nomatch: Notre directeur est assez exigeant, merci de bien relire.
nomatch: Le métier est exigeant, on le sait.

id: laissez_tomber_tout
weight: 2
note: Exiger qu'on lâche tout le reste.
regex: \blaissez\s+tomber\s+(?:tout|le\s+reste|tout\s+le\s+reste|ce\s+que\s+vous\s+faites)\b|\btoutes\s+affaires\s+cessantes\b
match: Laissez tomber tout le reste et occupez-vous de notre site immédiatement.
match: Traitez ça toutes affaires cessantes.
nomatch: Laissez tomber l'idée du carrousel, ce n'est pas grave.
nomatch: On a laissé tomber le projet de newsletter.

id: peu_importe_comment
weight: 2
note: « Je me fiche de comment vous faites ».
regex: \bje\s+me\s+(?:fiche|fous|moque)\s+(?:pas\s+mal\s+)?de\s+(?:comment|savoir\s+comment|ce\s+que\s+[cç]a\s+(?:vous\s+)?co[uû]te|vos\s+(?:probl[eè]mes|contraintes|excuses))\b|\bpeu\s+importe\s+comment\s+vous\s+(?:faites|vous\s+y\s+prenez|y\s+arrivez)\b|\bd[eé]brouillez[\s-]vous\b
match: Je me fiche de comment vous faites, je veux que ce soit fini lundi.
match: Débrouillez-vous.
nomatch: Je me fiche de la couleur du bouton, choisissez.
nomatch: Peu importe comment on l'appelle, le bouton doit être visible.

id: pas_negociable
weight: 2
note: Fermer la discussion.
regex: \b(?:non|pas)[\s-]n[eé]gociable\b|\bfin\s+de\s+la\s+discussion\b|\b(?<!le\s)point\s+final\b|\bil\s+n['’]\s?y\s+a\s+(?:pas|rien)\s+[aà]\s+discuter\b|\bje\s+ne\s+discute\s+pas\b
match: Ce n'est pas négociable : la mise en ligne est vendredi.
match: C'est comme ça, point final.
nomatch: Le prix est négociable si on s'engage sur un an.
nomatch: Le point final de la présentation est la démo.

id: ultimatum
weight: 2
note: « ... sinon on arrête tout », « dernière chance ».
regex: (?x) \bsinon \s+ (?:on \s+ arr[eê]te|nous \s+ arr[eê]tons|on \s+ (?:va \s+)? (?:voir|aller) \s+ ailleurs|on \s+ change \s+ de \s+ prestataire|je \s+ (?:vais \s+)? (?:voir|aller) \s+ ailleurs
regex:      |c['’]\s?est \s+ fini|on \s+ r[eé]silie|je \s+ r[eé]silie|nous \s+ r[eé]silierons|on \s+ ne \s+ paie \s+ pas|je \s+ ne \s+ paie \s+ pas|vous \s+ (?:allez|aurez) \s+ (?:avoir \s+)? (?:affaire|des \s+ probl[eè]mes)|je \s+ porte \s+ plainte)\b
regex:  | \bc['’]\s?est \s+ votre \s+ derni[eè]re \s+ chance\b | \bdernier \s+ avertissement\b
match: Vous avez jusqu'à 17h, sinon on arrête tout.
match: C'est votre dernière chance.
nomatch: Venez mardi, sinon on se voit la semaine prochaine.
nomatch: Sinon, tout va bien de notre côté.

id: tout_de_suite
weight: 2
note: Exiger un résultat immédiat.
regex: (?x) \bje \s+ veux \s+ (?:que \s+ (?:ce \s+ soit|[cç]a \s+ soit|tout \s+ soit|ce \s+ soit \s+ tout) \s+ (?:r[eé]gl[eé]|corrig[eé]|fait|fini|termin[eé]|pr[eê]t|livr[eé]|en \s+ ligne|r[eé]par[eé])e?s?|[cç]a|le \s+ \w+|la \s+ \w+|les \s+ \w+)
regex:    \s+ (?:tout \s+ de \s+ suite|imm[eé]diatement|sur[\s-]le[\s-]champ|maintenant|ce \s+ soir|aujourd['’]\s?hui|d['’]\s?ici \s+ ce \s+ soir|dans \s+ l['’]\s?heure)\b
regex:  | \bil \s+ me \s+ (?:le \s+ | la \s+ | les \s+)? faut \s+ (?:[cç]a|le \s+ \w+|la \s+ \w+|les \s+ \w+|tout)? \s* (?:pour \s+)? (?:ce \s+ soir|aujourd['’]\s?hui|dans \s+ l['’]\s?heure|tout \s+ de \s+ suite|imm[eé]diatement)\b
regex:  | \bsur \s+ mon \s+ bureau \s+ (?:demain|ce \s+ soir|avant|d['’]\s?ici|[aà] \s+ la \s+ premi[eè]re \s+ heure|dans \s+ l['’]\s?heure)\b
regex:  | \b(?:corrigez|r[eé]glez|changez|occupez[\s-]vous|r[eé]parez|livrez|refaites) \b [^.!?]{0,60}? \b(?:imm[eé]diatement|sur[\s-]le[\s-]champ|dans \s+ l['’]\s?heure|toutes \s+ affaires \s+ cessantes)\b
match: Je veux que ce soit réglé tout de suite.
match: Je veux le rapport sur mon bureau demain à la première heure.
match: Corrigez ça immédiatement.
match: Il me faut ça pour ce soir.
nomatch: Il nous faut les fichiers définitifs vendredi, comme prévu au contrat.
nomatch: Faites-moi signe tout de suite si vous voyez un souci.

id: disponible
weight: 2
note: Exiger qu'on soit joignable à toute heure.
regex: \b(?:je\s+veux|j['’]\s?exige|il\s+faut|nous\s+voulons)\s+que\s+vous\s+soyez\s+(?:joignables?|disponibles?)\s+(?:ce\s+week[\s-]?end|le\s+week[\s-]?end|tout\s+le\s+temps|[aà]\s+toute\s+heure|24\s*h?\s*/\s*24|jour\s+et\s+nuit|le\s+dimanche|le\s+samedi|pendant\s+vos\s+vacances)\b|\bvous\s+devez\s+(?:r[eé]pondre|[eê]tre\s+joignables?)\s+(?:imm[eé]diatement|tout\s+de\s+suite|[aà]\s+toute\s+heure|le\s+week[\s-]?end)\b
match: Je veux que vous soyez joignables tout le temps.
match: Vous devez répondre immédiatement.
nomatch: Il faut que vous soyez disponibles pour le lancement lundi matin.
nomatch: Seriez-vous disponibles ce week-end pour un appel rapide, par hasard ?

id: excuses
weight: 2
note: Refuser toute explication.
regex: \bje\s+(?:ne\s+)?veux\s+(?:plus|pas)\s+entendre\s+(?:d['’]\s?excuses|parler\s+d['’]\s?excuses|vos\s+excuses|de\s+(?:pr[eé]textes|justifications)|parler\s+de\s+retard)\b|\b(?:pas|assez)\s+d['’]\s?excuses\b(?!\s+(?:n[eé]cessaires?|[aà]\s+faire))|,\s*sans\s+(?:aucune\s+)?excuses?\s*[.!]|\barr[eê]tez\s+de\s+(?:vous\s+)?(?:chercher\s+des\s+excuses|trouver\s+des\s+excuses|justifier)\b
match: Je ne veux plus entendre d'excuses.
match: Arrêtez de chercher des excuses.
match: Vous livrez vendredi, sans excuse.
nomatch: Pas d'excuses nécessaires, ça arrive.
nomatch: Je suis sans excuse pour ce retard, pardon.
nomatch: Je veux entendre vos idées pour la campagne.

id: urgent_bang
weight: 2
note: Urgence criée avec plusieurs points d'exclamation.
regex: \b(?:urgent|urgence|imm[eé]diatement|tout\s+de\s+suite|asap)\s*!{2,}
match: Il me faut les fichiers, URGENT !!!
match: C'est urgent!!
nomatch: C'est urgent : le site est en panne.
nomatch: Merci de traiter cela en urgence, le paiement ne fonctionne plus.
