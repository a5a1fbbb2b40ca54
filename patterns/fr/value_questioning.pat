# Remise en cause de la valeur de l'agence.

id: paie_pour_quoi
weight: 1.5
note: « On vous paie pour quoi ? »
regex: (?x) \b(?:on|nous) \s+ vous \s+ pa(?:ie|yons|ye) \s+ (?:pour \s+ quoi|pour \s+ faire \s+ quoi|[aà] \s+ quoi \s+ faire)\b
regex:  | \bpourquoi \s+ (?:est[\s-]ce \s+ qu['’]\s?on|est[\s-]ce \s+ que \s+ nous|devrions[\s-]nous|devrait[\s-]on|on \s+ devrait|continuerions[\s-]nous|continuer \s+ [aà]) \s+ (?:continuer \s+ [aà] \s+)? vous \s+ payer\b
regex:  | \b[aà] \s+ quoi \s+ (?:vous \s+)? servez[\s-]vous\b | \bvous \s+ servez \s+ [aà] \s+ quoi\b
regex:  | \b[aà] \s+ quoi \s+ (?:sert|servent) \s+ (?:ce \s+ qu['’]\s?on \s+ vous \s+ (?:paie|verse|donne)|l['’]\s?argent \s+ qu['’]\s?on \s+ vous \s+ (?:donne|verse)|votre \s+ (?:forfait|abonnement|prestation|retainer)|vos \s+ honoraires)\b
match: On vous paie pour quoi exactement ?
match: Pourquoi devrions-nous continuer à vous payer ?
match: Je me demande à quoi sert ce qu'on vous paie.
nomatch: Pourquoi payons-nous la TVA sur cette facture ?
nomatch: On vous paie par virement ou par chèque ?

id: aucun_resultat
weight: 1.5
note: Pas de valeur ni de résultat visibles.
regex: (?x) \bje \s+ ne \s+ vois \s+ (?:pas|plus|toujours \s+ pas) \s+ (?:l['’]\s?int[eé]r[eê]t|l['’]\s?utilit[eé]|la \s+ valeur|ce \s+ que \s+ vous \s+ (?:nous \s+)? apportez) \s+ (?:de|des|du) \s+ (?!continuer)
regex:  | \b(?:nous \s+ ne \s+ voyons|on \s+ ne \s+ voit|je \s+ ne \s+ vois) \s+ (?:aucun|aucune|pas \s+ de|toujours \s+ pas \s+ de|toujours \s+ aucun) \s+ (?:r[eé]sultats?|retomb[eé]es|am[eé]lioration|retour \s+ sur \s+ investissement|progr[eè]s|valeur|diff[eé]rence)\b
regex:  | \b(?:aucun|z[eé]ro|pas \s+ de) \s+ r[eé]sultats? \s+ (?:pour \s+ l['’]\s?instant|jusqu['’]\s?ici|depuis|concrets?)\b
match: Je ne vois pas l'intérêt de ces rapports mensuels.
match: Nous ne voyons aucun résultat de la campagne.
nomatch: Nous voyons de bons résultats sur la campagne.
nomatch: Je ne vois aucun problème dans la maquette.

id: neveu
weight: 1.5
note: « Mon neveu pourrait le faire ».
regex: \b(?:mon\s+(?:neveu|fils|cousin|stagiaire|gamin|ado)|ma\s+(?:ni[eè]ce|fille|cousine|stagiaire))\s+(?:pourrait|aurait\s+pu|saurait|ferait)\s+(?:le\s+|la\s+|les\s+|[cç]a\s+|en\s+faire\s+)?(?:faire|cr[eé]er|monter|r[eé]aliser|autant|aussi\s+bien|[cç]a)\b|\bn['’]\s?importe\s+quel\s+(?:stagiaire|[eé]tudiant|lyc[eé]en)\s+(?:pourrait|aurait\s+pu|saurait)\b
match: Mon neveu pourrait faire ça en un week-end.
match: N'importe quel stagiaire aurait pu le faire.
nomatch: Mon neveu pourrait venir à la réunion si besoin.
nomatch: Ma fille pourrait tester l'application ce week-end.

id: concurrent
weight: 1.5
note: Les concurrents obtiennent mieux.
regex: (?x) \b(?:l['’]\s?agence|le \s+ prestataire|le \s+ consultant|le \s+ d[eé]veloppeur|le \s+ graphiste|l['’]\s?[eé]quipe) \s+ (?:de \s+ (?:notre|nos|mon) \s+ concurrents?|du \s+ concurrent|d['’]\s?un \s+ concurrent) \s+ (?:a|ont|les \s+ a|l['’]\s?a|obtient|fait|a \s+ fait)\b
regex:  | \bd['’]\s?autres \s+ (?:agences|prestataires|freelances|consultants) \s+ (?:obtiennent|font|feraient|auraient \s+ fait|ont \s+ fait) \s+ (?:bien \s+ | beaucoup \s+)? mieux\b
match: L'agence de notre concurrent les a mis en première page en un mois.
match: D'autres agences feraient bien mieux.
nomatch: Le site de notre concurrent est lent, on peut les battre.
nomatch: La concurrence est rude dans notre secteur.

id: moi_meme
weight: 1.5
note: « Je pourrais le faire moi-même ».
regex: \b(?:je\s+(?:pourrais|saurais)|nous\s+pourrions|on\s+pourrait)\s+(?:(?:le|la|les|l['’])\s*)?faire\s+(?:[cç]a\s+|cela\s+)?(?:moi[\s-]m[eê]me|nous[\s-]m[eê]mes)\b|\bje\s+(?:le\s+)?ferais\s+(?:aussi\s+bien|mieux)\s+moi[\s-]m[eê]me\b
unless: \bmais\b|\bpr[eé]f[eé]r|\bplut[oô]t\b
match: Je pourrais le faire moi-même gratuitement.
match: On pourrait faire ça nous-mêmes.
nomatch: Nous pourrions le faire nous-mêmes, mais nous préférons que vous vous en chargiez.
nomatch: Pourriez-vous le faire vous-même ou faut-il notre développeur ?

id: qu_avez_vous_fait
weight: 1.5
note: « Qu'avez-vous réellement fait ? »
regex: \bqu['’]\s?avez[\s-]vous\s+(?:r[eé]ellement|vraiment|concr[eè]tement|m[eê]me)\s+(?:fait|accompli|livr[eé]|r[eé]alis[eé])\b|\bqu['’]\s?est[\s-]ce\s+que\s+vous\s+avez\s+(?:r[eé]ellement|vraiment|concr[eè]tement)\s+fait\b|\bqu['’]\s?avez[\s-]vous\s+fait\s+(?:concr[eè]tement|r[eé]ellement|vraiment)\b
match: Qu'avez-vous réellement fait pour nous ce trimestre ?
match: Qu'est-ce que vous avez vraiment fait ce mois-ci ?
nomatch: Qu'avez-vous fait jusqu'ici sur le logo ? Simple curiosité.
nomatch: Qu'avez-vous livré vendredi, le PDF ou le zip ?

id: valoir_prix
weight: 1.5
note: Doute sur le rapport qualité-prix.
regex: \b(?:pas\s+s[uû]re?s?|je\s+doute|je\s+me\s+demande\s+si|nous\s+doutons)\s+(?:que\s+)?(?:vous\s+(?:valiez|valez)|[cç]a\s+(?:vaille|vaut)|cela\s+(?:vaille|vaut)|vos\s+services\s+(?:valent|vaillent))\s+(?:vraiment\s+|encore\s+)?(?:le\s+prix|l['’]\s?argent|le\s+co[uû]t|ce\s+prix|ce\s+qu['’]\s?on\s+(?:vous\s+)?paie)\b|\b(?:ne\s+vaut|vaut|valent|ne\s+valent)\s+pas\s+(?:le\s+prix|l['’]\s?argent|ce\s+qu['’]\s?on\s+(?:vous\s+)?paie)\b
match: Je ne suis pas sûr que vous valiez ce prix.
match: Vos services ne valent pas le prix.
nomatch: Ça vaut le prix, merci.
nomatch: Le plugin premium vaut-il le prix, à votre avis ?
