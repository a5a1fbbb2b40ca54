# Contre-signal : remerciements et éloges au-delà de la politesse courante.
# « Merci d'avance », « merci pour la facture » ne comptent pas.

id: grand_merci
weight: 1
note: Remerciements chaleureux.
regex: (?x) \bmerci \s+ (?:infiniment|mille \s+ fois|du \s+ fond \s+ du \s+ c(?:oe|œ)ur)\b | \bun \s+ (?:grand|immense|[eé]norme|tr[eè]s \s+ grand|gros) \s+ merci\b
regex:  | \bmerci \s+ (?:beaucoup|encore) \s+ (?:pour|de) \s+ (?:votre|vos|ce|cette|tout|l['’]\s?|la|le|les)\s* (?:r[eé]activit[eé]|travail|aide|efforts?|disponibilit[eé]|professionnalisme|accompagnement|qualit[eé]|rapidit[eé]|implication|investissement|super|excellent|beau|formidable)\b
regex:  | \bmerci \s+ pour \s+ (?:tout \s+)? (?:votre|ce|cet) \s+ (?:(?:super|excellent|beau|gros|formidable|magnifique|incroyable|remarquable) \s+)? (?:travail|boulot)\b
match: Merci beaucoup pour votre réactivité !
match: Un grand merci à toute l'équipe.
match: Merci pour tout votre travail.
nomatch: Merci d'avance pour votre aide.
nomatch: Merci pour votre patience.
nomatch: Bonne journée et encore merci pour la facture.

id: bravo
weight: 1
note: Félicitations.
regex: \bbravo\b|\bf[eé]licitations\s+(?:[aà]\s+(?:vous|toute\s+l['’]\s?[eé]quipe|l['’]\s?[eé]quipe|tous)|pour)\b|\bchapeau\s*(?:bas|!|pour|[aà]\s+(?:vous|toute))
unless: \bpas\s+bravo\b
match: Bravo pour la nouvelle page d'accueil.
match: Chapeau bas pour le lancement.
nomatch: Le chapeau de l'article doit être plus court.
nomatch: Pas bravo pour le retard.

id: apprecie
weight: 1
note: Appréciation sincère.
regex: (?x) \b(?:j['’]\s?appr[eé]cie|nous \s+ appr[eé]cions|on \s+ appr[eé]cie|j['’]\s?ai \s+ (?:beaucoup|vraiment) \s+ appr[eé]ci[eé]|nous \s+ avons \s+ (?:beaucoup|vraiment) \s+ appr[eé]ci[eé])
regex:    \s+ (?:vraiment \s+ | beaucoup \s+ | [eé]norm[eé]ment \s+ | sinc[eè]rement \s+)? (?:tous? \s+ | toutes? \s+)? (?:vos|votre|les|le|la|ce|cette|l['’])\s*
regex:    (?:efforts?|travail|r[eé]activit[eé]|aide|professionnalisme|disponibilit[eé]|qualit[eé]|rapidit[eé]|implication|suivi|conseils?|accompagnement|gentillesse|s[eé]rieux)\b
unless: \bmais\b|\bcependant\b|\bpatience\b
match: J'apprécie vraiment tous les efforts supplémentaires.
match: Nous avons beaucoup apprécié votre accompagnement.
nomatch: J'apprécie vos efforts, mais c'est encore en retard.
nomatch: Nous apprécierions de recevoir la facture avant lundi.

id: adore
weight: 1
note: « On adore ».
regex: \b(?:j['’]\s?adore|on\s+adore|nous\s+adorons|(?:l['’]\s?[eé]quipe|tout\s+le\s+monde|le\s+client|la\s+direction|mon\s+boss|le\s+patron|notre\s+directeur)\s+(?:adore|a\s+ador[eé]|est\s+(?:fan|ravie?|conquise?|emball[eé]e?))|j['’]\s?ai\s+ador[eé]|on\s+a\s+ador[eé])\b(?!\s+(?:l['’]\s?id[eé]e\s+de|que\s+vous\s+puissiez))
match: L'équipe adore le nouveau design.
match: On a adoré la vidéo.
nomatch: On adorerait vous voir la semaine prochaine.
nomatch: Nos clients adorent nos produits, le site peut-il le montrer ?

id: excellent_travail
weight: 1
note: Éloge du travail.
regex: \b(?:excellent|super|beau|superbe|formidable|magnifique|tr[eè]s\s+bon|bon|gros|sacr[eé])\s+(?:travail|boulot|job)\b|\btravail\s+(?:remarquable|impeccable|soign[eé]|de\s+grande\s+qualit[eé]|exceptionnel)\b
unless: \b(?:pas\s+(?:un\s+|du\s+)?(?:tr[eè]s\s+)?(?:bon|beau|super)|ancienne\s+agence|pr[eé]c[eé]dent)\b|\bbon\s+travail\s+(?:de|pour)\s+(?:demain|lundi|la\s+semaine)\b
match: Excellent travail, comme toujours.
match: Beau travail, le lancement s'est parfaitement passé.
nomatch: Ce n'est pas du bon travail, honnêtement.
nomatch: Le marché du travail est tendu en ce moment.

id: tres_contents
weight: 1
note: Satisfaction déclarée.
regex: (?x) \b(?:nous \s+ sommes|je \s+ suis|on \s+ est|toute \s+ l['’]\s?[eé]quipe \s+ est|le \s+ client \s+ est|la \s+ direction \s+ est)
regex:    \s+ (?:(?:tr[eè]s|vraiment|super|tellement|extr[eê]mement|enti[eè]rement|pleinement|franchement|d[eé]j[aà])\s+)*
regex:    (?:content|ravi|satisfait|enchant[eé]|emball[eé]|impressionn[eé]|conquis)e?s?
regex:    \s+ (?:du|des|par|avec|de \s+ (?:votre|vos|la|le|l['’]|ce|cette|ces|notre|nos))\b
match: Nous sommes très contents des résultats.
match: Je suis vraiment impressionné par votre travail.
nomatch: Je suis ravi de vous rencontrer jeudi.
nomatch: Je ne suis pas satisfait du logo.

id: au_top
weight: 1
note: Éloge de l'équipe.
regex: \bvous\s+[eê]tes\s+(?:vraiment\s+|juste\s+|trop\s+|les\s+)?(?:au\s+top|g[eé]niaux|g[eé]nial|formidables?|incroyables?|les\s+meilleurs|extraordinaires?|parfaits?|top|des\s+chefs|des\s+pros|des\s+magiciens)\b|\bvotre\s+[eé]quipe\s+(?:est|a\s+[eé]t[eé])\s+(?:vraiment\s+|juste\s+)?(?:formidable|g[eé]niale|au\s+top|excellente|incroyable|parfaite|top)\b
match: Vous êtes au top !
match: Votre équipe a été formidable.
nomatch: Vous êtes les meilleurs placés pour choisir l'hébergeur.
unless: \bmeilleurs\s+plac[eé]s\b
nomatch: Vous êtes en retard sur le rapport.

id: attentes
weight: 1
note: Au-delà des attentes.
regex: \bau[\s-]del[aà]\s+de\s+(?:nos|mes|toutes\s+nos)\s+attentes\b|\bd[eé]pass[eé]\s+(?:nos|mes|toutes\s+nos)\s+attentes\b|\bon\s+ne\s+pourrait\s+pas\s+[eê]tre\s+plus\s+contents\b
match: Les résultats ont dépassé toutes nos attentes.
match: C'est au-delà de nos attentes.
nomatch: Le coût a dépassé notre budget.
nomatch: Nos attentes sont décrites dans le cahier des charges.

id: cest_parfait
weight: 1
note: Enthousiasme sur le résultat, avec un point d'exclamation.
regex: (?x) \b(?:c['’]\s?est|tout \s+ est|le \s+ r[eé]sultat \s+ est|(?:le|la|les) \s+ (?:\w+ \s+)? (?:site|logo|page|maquette|vid[eé]o|photos|plaquette|design) \s+ (?:est|sont))
regex:    \s+ (?:(?:vraiment|juste|absolument|tout \s+ simplement)\s+)? (?:parfait|g[eé]nial|superbe|magnifique|top|sublime|splendide|formidable)e?s? \s* !
match: Merci beaucoup, c'est parfait !
match: Le nouveau logo est vraiment superbe !
nomatch: Jeudi, c'est parfait pour moi.
nomatch: C'est parfait ? Je ne suis pas sûr.

id: tres_apprecie
weight: 1
note: « C'est très apprécié », merci pour la réactivité.
regex: \bc['’]\s?est\s+(?:tr[eè]s|vraiment|beaucoup|grandement)\s+appr[eé]ci[eé]\b|\bmerci\s+(?:beaucoup\s+|encore\s+)?pour\s+votre\s+(?:r[eé]activit[eé]|rapidit[eé]|professionnalisme|aide\s+pr[eé]cieuse|efficacit[eé])\b
match: Merci pour votre réactivité, c'est très apprécié.
match: Merci pour votre efficacité.
nomatch: Merci pour votre patience.
nomatch: Merci pour votre retour.
