# Rejet systématique des recommandations, refus de tout compromis.

id: non_on_fera_pas
weight: 1
note: Un « non » sec.
regex: (?x) \bnon \s* [,.!]? \s* (?:on|nous) \s+ (?:ne \s+ |n['’]\s?)? (?:fera|ferons|va|allons|change|changera|changerons|touche|touchera|fait|faisons) \s+ (?:pas|rien)\b (?! \s+ besoin)
match: Non, on ne fera pas ça.
match: Non, nous ne changerons rien.
nomatch: Non merci, nous n'avons pas besoin de l'hébergement supplémentaire.
nomatch: Non, on n'a pas besoin de plus de temps, tout est prêt.

id: aucune_convient
weight: 1
note: Rejeter toutes les options proposées.
regex: (?x) \baucune? \s+ (?:de \s+ (?:ces|vos|les) \s+ | des \s+)? (?:propositions?|options?|pistes?|id[eé]es?|maquettes?|versions?|suggestions?|recommandations?|solutions?|logos?|designs?)
regex:    \s+ (?:que \s+ vous \s+ (?:avez \s+)? (?:propos[eé]|envoy[eé])e?s? \s+)? (?:ne \s+)? (?:nous \s+ | me \s+)? (?:convient|va|pla[iî]t|fonctionne|marche|tient \s+ la \s+ route)\b
regex:  | \bje \s+ n['’]\s?aime \s+ aucune? \s+ (?:de \s+ (?:ces|vos) \s+ | des \s+)? (?:propositions|options|maquettes|versions|pistes|id[eé]es|designs?|logos?)\b
match: Aucune des propositions ne nous convient.
match: Je n'aime aucune des maquettes que vous avez envoyées.
nomatch: Aucun des liens de la newsletter ne fonctionne.
nomatch: J'aime les deux options, difficile de choisir.

id: pas_ce_quon_veut
weight: 1
note: « Ce n'est pas ce qu'on veut ».
regex: \b(?:ce\s+n['’]\s?est|c['’]\s?est)\s+pas\s+(?:du\s+tout\s+|vraiment\s+|franchement\s+)?(?:ce\s+qu['’]\s?on\s+|ce\s+que\s+(?:nous|je)\s+|ce\s+que\s+j['’]\s?)(?:veut|voulons|veux|voulait|voulions|voulais|attend|attendons|attendais|cherche|cherchons)\b(?!\s+dire)
match: Ce n'est pas du tout ce qu'on veut.
match: C'est pas ce que je cherche.
nomatch: Ce n'est pas ce que je voulais dire, désolé pour la confusion.
nomatch: C'est ce qu'on voulait, merci.

id: garder_approche
weight: 1
note: Garder l'existant contre l'avis de l'agence.
regex: (?x) \b(?:on|nous) \s+ (?:va|allons|pr[eé]f[eé]rons|pr[eé]f[eè]re) \s+ (?:garder|conserver|rester \s+ sur|en \s+ rester \s+ [aà]) \s+ (?:notre|nos|l['’]\s?|la|le|les)
regex:    \s* (?:approche|fa[cç]on \s+ de \s+ faire|m[eé]thode|solution|version|site|organisation|strat[eé]gie|logo|fonctionnement)? \s* (?:actuelle?s?|existante?s?|habituelle?s?|d['’]\s?origine)\b
regex:  | \bon \s+ garde \s+ (?:comme \s+ [cç]a|les \s+ choses \s+ comme \s+ elles \s+ sont)\b
match: On va garder notre approche actuelle.
match: Nous préférons conserver le fonctionnement existant.
nomatch: On s'en tient au planning convenu.
nomatch: Nous avons gardé l'hébergeur actuel, comme vous le conseilliez.

id: pas_daccord
weight: 1
note: Désaccord avec la recommandation.
regex: \b(?:je\s+ne\s+suis|je\s+suis|nous\s+ne\s+sommes|nous\s+sommes|on\s+n['’]\s?est|on\s+est)\s+pas\s+(?:du\s+tout\s+|vraiment\s+)?d['’]\s?accord\s+avec\s+(?:votre|vos|cette|ces|la|les)\s+(?:\w+\s+)?(?:recommandations?|propositions?|suggestions?|conseils?|analyse|approche|pr[eé]conisations?|avis)\b
match: Je ne suis pas d'accord avec votre recommandation, on garde les anciennes URL.
match: Nous ne sommes pas du tout d'accord avec cette analyse.
nomatch: Je suis d'accord avec votre recommandation.
nomatch: Nous ne sommes pas d'accord avec la nouvelle loi non plus.

id: hors_de_question
weight: 1
note: Refus catégorique.
regex: \bhors\s+de\s+question\b|\bpas\s+question\s+(?:de|que|d['’])|(?:^|(?<=[.!?\n])|(?<=[.!?\n]\s)|\bnon\s*,\s*)\s*(?:certainement|s[uû]rement|absolument|surtout)\s+pas\b(?!\s*[,.]?\s*(?:un\s+probl[eè]me|grave|urgent|de\s+votre\s+faute))
match: Hors de question de changer le menu.
match: Certainement pas, on garde le rouge.
nomatch: Absolument pas de souci, prenez votre temps.
unless: \bpas\s+de\s+(?:souci|soucis|probl[eè]me)\b
nomatch: Il n'est certainement pas urgent.

id: pas_interesse
weight: 1
note: Balayer les suggestions.
regex: \b(?:vos|ces|les)\s+(?:suggestions|id[eé]es|recommandations|propositions|conseils)\s+(?:\w+\s+){0,4}?ne\s+(?:m['’]\s?|nous\s+)int[eé]ressent\s+pas\b|\b(?:je\s+ne\s+suis|nous\s+ne\s+sommes|je\s+suis|nous\s+sommes)\s+pas\s+int[eé]ress[eé]e?s?\s+par\s+(?:vos|ces|les|votre)\s+(?:suggestions?|id[eé]es?|recommandations?|propositions?|conseils?)\b
match: Vos suggestions sur les textes ne m'intéressent pas.
match: Nous ne sommes pas intéressés par vos conseils.
nomatch: Nous ne sommes pas intéressés par l'hébergement supplémentaire.
nomatch: Vos suggestions sur les textes m'intéressent beaucoup.

id: oubliez_idee
weight: 1
note: Enterrer une proposition.
regex: \boubliez\s+(?:l['’]\s?|cette\s+|votre\s+|vos\s+)(?:id[eé]e|proposition|suggestion|piste|recommandation)s?\b|\b[cç]a\s+ne\s+se\s+fera\s+pas\b|\bon\s+oublie\s+(?:l['’]\s?id[eé]e|cette\s+id[eé]e|votre\s+proposition)\b
match: Oubliez l'idée du blog.
match: Ça ne se fera pas.
nomatch: N'oubliez pas l'idée du tableau pour l'atelier de lundi.
nomatch: Le lancement ? Ça se fera la semaine prochaine.

id: ne_suivrons_pas
weight: 1
note: Refuser de suivre le conseil de l'agence.
regex: \b(?:nous\s+ne\s+suivrons|on\s+ne\s+suivra|je\s+ne\s+suivrai|nous\s+n['’]\s?allons|on\s+(?:ne\s+)?va|je\s+(?:ne\s+)?vais)\s+pas\s+(?:suivre\s+)?(?:votre|vos|ce|ces|cette)\s+(?:conseils?|recommandations?|suggestions?|avis|pr[eé]conisations?)\b
match: Nous ne suivrons pas votre conseil sur ce point.
match: On ne va pas suivre vos recommandations.
nomatch: Nous suivrons votre conseil sur ce point.
nomatch: On va suivre les recommandations de l'audit.
