# Changements d'avis : décisions annulées, retour aux anciennes versions.

id: change_avis
weight: 1
note: « J'ai changé d'avis ».
regex: \b(?:j['’]\s?ai|nous\s+avons|on\s+a)\s+(?:finalement\s+|encore\s+)?chang[eé]\s+d['’]\s?avis\b|\bchangement\s+de\s+(?:plan|programme)\b
match: Finalement, j'ai changé d'avis sur les couleurs.
match: Changement de programme : on le veut en vert.
nomatch: On ne change pas d'avis, ce sera l'option B.
nomatch: J'ai changé mon mot de passe, pouvez-vous mettre à jour l'accès ?

id: revenir
weight: 1
note: Revenir à une version antérieure.
regex: (?x) \b(?:revenons|on \s+ revient|on \s+ peut \s+ revenir|pouvons[\s-]nous \s+ revenir|peut[\s-]on \s+ revenir|on \s+ pourrait \s+ revenir|je \s+ voudrais \s+ revenir|nous \s+ voudrions \s+ revenir|retournons|on \s+ repasse|repassons|on \s+ retourne)
regex:    \s+ (?:[aà]|sur) \s+ (?:la|le|l['’]\s?|notre|nos|les) \s* (?:toute \s+)? (?:premi[eè]re?|ancienne?|pr[eé]c[eé]dente?|version \s+ (?:d['’]\s?origine|initiale|pr[eé]c[eé]dente)|originale?|initiale?|th[eè]me \s+ \w+ \s+ qu['’]\s?on \s+ avait)\b
regex:  | \b(?:qu['’]\s?on \s+ avait|que \s+ nous \s+ avions) \s+ avant\b
regex:  | \b(?:garde|gardons|remet|remettez|remettre|remettons|reprend|reprenons) \s+ (?:\w+ \s+)? comme \s+ avant\b
match: Revenons à la première version du logo.
match: On peut revenir au thème bleu qu'on avait avant ?
nomatch: Revenons à l'ordre du jour de mardi.
nomatch: Je reviens vers vous après en avoir parlé à l'équipe.

id: oubliez_ce_que
weight: 1
note: Reprendre une consigne.
regex: \boubliez\s+(?:ce\s+que\s+(?:je\s+vous\s+ai|j['’]\s?ai|nous\s+vous\s+avons|on\s+vous\s+a)\s+(?:dit|[eé]crit|demand[eé])|mon\s+(?:dernier|pr[eé]c[eé]dent)\s+(?:mail|message))\b|\bne\s+tenez\s+pas\s+compte\s+de\s+(?:mon|notre|ma)\s+(?:dernier|derni[eè]re|pr[eé]c[eé]dent|pr[eé]c[eé]dente)\b|\bfaites\s+comme\s+si\s+(?:je\s+n['’]\s?avais|nous\s+n['’]\s?avions)\s+rien\s+(?:dit|demand[eé])\b
match: Oubliez ce que je vous ai dit hier sur le menu.
match: Ne tenez pas compte de mon dernier mail, on garde comme avant.
nomatch: N'oubliez pas ce que nous avons dit sur le budget.
nomatch: Merci de tenir compte de mon dernier mail pour la facture.

id: reflexion
weight: 1
note: Se raviser.
regex: \b(?:tout\s+bien\s+r[eé]fl[eé]chi|apr[eè]s\s+r[eé]flexion|r[eé]flexion\s+faite)\s*,?\s*(?:on|nous|je)\s+(?:pr[eé]f[eè]re|pr[eé]f[eé]rons|garde|gardons|revient|revenons|ne\b|n['’]|reprend|reprenons|change|changeons|abandonne|abandonnons|laisse\s+tomber)|\bfinalement\s*,?\s*non\b|\bje\s+me\s+suis\s+ravis[eé]e?\b|\b(?:nous\s+nous\s+sommes|on\s+s['’]\s?est)\s+ravis[eé]e?s?\b|\bon\s+fait\s+machine\s+arri[eè]re\b
match: Tout bien réfléchi, on ne lance pas le blog.
match: Après réflexion, on préfère l'ancienne version.
nomatch: Après réflexion, nous validons votre proposition.
nomatch: Finalement, tout est prêt pour lundi.

id: ancienne_version
weight: 1
note: Reprendre l'ancienne version.
regex: \b(?:on\s+reprend|reprenons|on\s+remet|remettez|on\s+pr[eé]f[eè]re|nous\s+pr[eé]f[eé]rons|on\s+veut|nous\s+voulons)\s+(?:finalement\s+|plut[oô]t\s+)?(?:l['’]\s?ancienne?|la\s+premi[eè]re|le\s+premier|la\s+version\s+pr[eé]c[eé]dente|l['’]\s?ancien)\b|\bon\s+a\s+(?:beaucoup\s+)?h[eé]sit[eé]\b
unless: \b(?:url|adresses?)\b.{0,30}\bredirig
match: Finalement non, on reprend l'ancienne mise en page.
match: Nous voulons plutôt la première version.
nomatch: Nous voulons que les anciennes URL soient redirigées.
nomatch: On reprend le travail lundi.
