# Pessimisme sur le projet ou la relation.

id: marchera_jamais
weight: 1
note: « Ça ne marchera jamais ».
regex: (?x) \b(?:[cç]a|cela|ce \s+ projet|ce \s+ site|cette \s+ \w+|le \s+ projet|le \s+ site|la \s+ campagne|il|elle) \s+ (?:ne \s+)? (?:marchera|fonctionnera|r[eé]ussira|d[eé]collera|prendra) \s+ jamais\b
regex:  | \b(?:ne \s+)? (?:va|vont) \s+ jamais \s+ (?:marcher|fonctionner|r[eé]ussir|d[eé]coller|se \s+ vendre|aboutir)\b
regex:  | \bje \s+ ne \s+ (?:pense|crois) \s+ pas \s+ que \s+ (?:[cç]a|cela|ce \s+ \w+|le \s+ \w+|la \s+ \w+|ce \s+ \w+ \s+ \w+) \s+ (?:marche|marchera|fonctionne|fonctionnera|r[eé]ussisse|r[eé]ussira|aboutisse|aboutira) \s+ (?:un \s+ jour|jamais)\b
match: Ça ne marchera jamais.
match: Je ne pense pas que ce projet marchera un jour.
nomatch: Ça ne se reproduira jamais, promis.
nomatch: Je pense que ça va marcher.

id: rien_ne_change
weight: 1
note: « Rien ne change ».
regex: \brien\s+(?:de\s+ce\s+qu['’]\s?on\s+(?:essaie|fait|tente)|de\s+ce\s+que\s+nous\s+(?:essayons|faisons|tentons))\s+ne\s+(?:marche|fonctionne|change|sert)\b|\brien\s+ne\s+(?:change|marche|fonctionne|bouge)\s+(?:jamais|plus|de\s+toute\s+fa[cç]on)\b|\brien\s+ne\s+(?:marche|fonctionne|va)\s+(?:dans|avec)\s+(?:ce|cette|le|la|notre)\s+(?:projet|collaboration|relation|campagne|strat[eé]gie)\b
match: Rien de ce qu'on essaie ne change quoi que ce soit.
match: Rien ne change jamais.
match: Franchement, rien ne marche dans ce projet.
nomatch: Rien ne change pour les utilisateurs, le bouton reste au même endroit.
nomatch: Rien ne presse.

id: perte_de_temps
weight: 1
note: Tout l'effort vu comme une perte.
regex: \bperte\s+de\s+(?:temps|notre\s+temps)(?:\s+et\s+d['’]\s?argent)?\b|\bde\s+l['’]\s?argent\s+(?:jet[eé]|foutu)\s+par\s+la\s+fen[eê]tre\b
unless: \bpas\s+(?:du\s+tout\s+)?(?:une\s+)?perte\b|\b[eé]viter\b
match: Franchement, je commence à penser que c'est une perte de temps.
match: C'est de l'argent jeté par la fenêtre.
nomatch: L'atelier n'était pas du tout une perte de temps.
nomatch: Pour éviter une perte de temps, validons le brief d'abord.

id: catastrophe
weight: 1
note: Prédire l'échec.
regex: \bj['’]\s?ai\s+un\s+(?:tr[eè]s\s+)?mauvais\s+(?:pressentiment|feeling)\b|\b(?:va|vont)\s+[eê]tre\s+(?:une\s+|un\s+)?(?:vraie\s+|v[eé]ritable\s+|totale?\s+)?(?:catastrophe|fiasco|[eé]chec|d[eé]sastre|flop)\b|\bon\s+(?:court|va)\s+(?:droit\s+)?(?:[aà]\s+la\s+catastrophe|dans\s+le\s+mur)\b
match: J'ai un mauvais pressentiment pour ce lancement.
match: Ce lancement va être une catastrophe.
nomatch: Le lancement a été un succès, le trafic a doublé.
nomatch: Notre plan de reprise après catastrophe doit avoir sa page.

id: a_quoi_bon
weight: 1
note: Se demander à quoi bon continuer.
regex: \b[aà]\s+quoi\s+bon\b|\bje\s+ne\s+vois\s+(?:plus|pas)\s+l['’]\s?int[eé]r[eê]t\s+de\s+continuer\b|\b[aà]\s+quoi\s+(?:[cç]a|cela)\s+sert\s+de\s+continuer\b|\b[cç]a\s+ne\s+sert\s+(?:plus\s+)?[aà]\s+rien\s+de\s+continuer\b
match: À quoi bon continuer si rien ne change ?
match: Je ne vois plus l'intérêt de continuer.
nomatch: Il ne sert à rien de précipiter le lancement.
nomatch: À quoi sert ce bouton ?

id: peine_perdue
weight: 1
note: Désespoir.
regex: \bc['’]\s?est\s+peine\s+perdue\b|\bc['’]\s?est\s+(?:sans\s+espoir|d[eé]sesp[eé]r[eé]|foutu|fichu|cuit)\b|\bon\s+est\s+(?:foutus?|fichus?|cuits?|condamn[eé]s)\b
match: C'est peine perdue, personne n'achètera sur ce site.
match: On est foutus si les chiffres ne remontent pas.
nomatch: Le gâteau est cuit, dit la recette du client.
nomatch: Ce n'est pas perdu, on peut encore rattraper le planning.

id: pas_optimiste
weight: 1
note: Pessimisme déclaré.
regex: \bje\s+(?:ne\s+)?suis\s+pas\s+(?:du\s+tout\s+|tr[eè]s\s+|tellement\s+|vraiment\s+|franchement\s+)?(?:optimiste|confiante?)\b|\bnous\s+(?:ne\s+)?sommes\s+pas\s+(?:du\s+tout\s+|tr[eè]s\s+|vraiment\s+)?(?:optimistes|confiants?e?s?)\b|\b(?:je\s+suis|nous\s+sommes)\s+(?:assez\s+|tr[eè]s\s+|plut[oô]t\s+)?pessimistes?\b
match: Je ne suis pas du tout optimiste.
match: Nous sommes plutôt pessimistes.
nomatch: Je suis optimiste pour la nouvelle campagne.
nomatch: Nous sommes confiants pour le lancement.
