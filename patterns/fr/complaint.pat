# Plaintes sur le travail ou le service, y compris sur des détails.

id: decu
weight: 1
note: Déception envers le travail ou le service.
regex: (?x) \b(?:je \s+ suis|nous \s+ sommes|j['’]\s?ai \s+ [eé]t[eé]|nous \s+ avons \s+ [eé]t[eé]|on \s+ est|je \s+ reste|nous \s+ restons)
regex:    \s+ (?:(?:tr[eè]s|vraiment|assez|profond[eé]ment|extr[eê]mement|tellement|plut[oô]t|un \s+ peu|franchement|encore|particuli[eè]rement|de \s+ plus \s+ en \s+ plus)\s+)*
regex:    (?:d[eé][cç]u|m[eé]content|insatisfait)e?s?
regex:    \s+ (?: (?:par|de|avec) \s+ (?:votre|vos|ce \s+ que \s+ vous|cette|ce|ces|vous|la \s+ (?:derni[eè]re|nouvelle|qualit[eé]|prestation|version|maquette|livraison|fa[cç]on)|le \s+ (?:service|travail|r[eé]sultat|rendu|logo|site|suivi|dernier|nouveau)|les \s+ (?:r[eé]sultats|d[eé]lais|derni[eè]res?|maquettes))\b
regex:      | (?:du|des) \s+ (?:service|travail|r[eé]sultats?|rendu|logo|site|suivi|livrables?|d[eé]lais|maquettes?|prestations?)\b )
match: Je suis très déçu par la dernière version.
match: Nous sommes très mécontents du service.
nomatch: Nous avons été déçus par le salon, mais votre intervention était très bien.
nomatch: Je ne suis pas du tout déçu, je voulais juste connaître le planning.
nomatch: Je ne suis pas mécontent de la maquette, il faut juste quelques retouches.

id: pas_satisfait
weight: 1
note: « Je ne suis pas satisfait de ... »
regex: \b(?:je\s+ne\s+suis|je\s+suis|nous\s+ne\s+sommes|nous\s+sommes|on\s+n['’]\s?est|on\s+est)\s+pas\s+(?:du\s+tout\s+|vraiment\s+|tr[eè]s\s+|enti[eè]rement\s+|compl[eè]tement\s+|tout\s+[aà]\s+fait\s+|tellement\s+)?(?:satisfaits?e?s?|contents?e?s?|convaincus?e?s?|ravi[eé]?s?|emball[eé]e?s?)\s+(?:du|de|des|par|avec)\b
unless: \bpas\s+(?:de\s+)?votre\s+faute\b|\brien\s+[aà]\s+voir\s+avec\s+vous\b
match: Je ne suis pas satisfait du logo.
match: On n'est pas vraiment convaincus par la maquette.
nomatch: Je suis satisfait du logo.
nomatch: Nous ne sommes pas contents des nouvelles règles fiscales, mais ce n'est pas votre faute.

id: encore_une_fois
weight: 1
note: Un problème qui revient.
regex: \bencore\s+une\s+fois\b|\bune\s+fois\s+de\s+plus\b|\bpour\s+la\s+(?:deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|ni[eè]me|\d+e|\d+[eè]me)\s+fois\b|\bc['’]\s?est\s+la\s+(?:deuxi[eè]me|troisi[eè]me|quatri[eè]me|ni[eè]me|\d+e|\d+[eè]me)\s+fois\b
unless: \b(?:merci|bravo|plaisir|f[eé]licitations|bonne|ravi|heureux|contents?|super|g[eé]nial)\b
match: Encore une fois, le rapport est arrivé en retard.
match: C'est la troisième fois que je signale la même faute.
nomatch: Encore une fois, merci pour votre aide.
nomatch: Ce fut un plaisir de travailler avec vous une fois de plus.

id: encore_erreurs
weight: 1
note: « encore des erreurs », « encore en retard ».
regex: \b(?:encore|toujours|de\s+nouveau)\s+des\s+(?:erreurs|fautes|coquilles|bugs|probl[eè]mes|oublis)\b|\b(?:erreurs?|fautes?|coquilles?|bugs?)\s+encore\b|\bencore\s+(?:en\s+retard|en\s+panne|faux|fausse|cass[eé]e?|oubli[eé]e?)\b|\bm[eê]me\s+(?:erreur|faute|probl[eè]me)\s+(?:encore|qu['’]\s?avant|que\s+la\s+derni[eè]re\s+fois)\b
match: La facture comportait encore des erreurs.
match: Le site est encore en panne.
nomatch: Merci encore d'avoir corrigé les erreurs.
nomatch: On se reparle encore la semaine prochaine.

id: inacceptable
weight: 1
note: « inacceptable », « inadmissible », « n'importe quoi ».
regex: \b(?<!pas\s)inacceptable\b|\b(?:n['’]\s?est|est)\s+pas\s+acceptable\b|\binadmissible\b|\bc['’]\s?est\s+une\s+honte\b|\bc['’]\s?est\s+(?:du\s+)?n['’]\s?importe\s+quoi\b|\bscandaleu(?:x|se)\b
unless: \bserait\s+(?:\w+\s+)?(?:inacceptable|inadmissible)\s+pour\s+(?:nos|les)\s+(?:clients|utilisateurs|visiteurs)\b
match: La qualité est inacceptable depuis quelques semaines.
match: C'est n'importe quoi.
nomatch: Il serait inacceptable pour nos clients d'attendre dix secondes, merci d'optimiser la page.
nomatch: La maquette est acceptable, on valide.

id: agacant
weight: 1
note: Agacement envers l'agence.
regex: \b(?:tr[eè]s|vraiment|assez|super|particuli[eè]rement|extr[eê]mement|franchement|plut[oô]t|hyper)\s+(?:aga[cç]ant|[eé]nervant|p[eé]nible|frustrant|lourd|saoulant|usant|d[eé]sagr[eé]able)e?\b|\bj['’]\s?en\s+ai\s+(?:assez|marre|ras\s+le\s+bol|plein\s+le\s+dos)\b|\b(?:nous\s+en\s+avons|on\s+en\s+a)\s+(?:assez|marre|ras\s+le\s+bol)\b
unless: \bpour\s+(?:nos|les)\s+(?:clients|utilisateurs|visiteurs)\b
match: Les couleurs sont toujours fausses, c'est très agaçant.
match: J'en ai assez de devoir tout vérifier derrière vous.
nomatch: L'ancien tunnel de paiement était très pénible pour nos clients, le nouveau est top.
nomatch: Assez parlé, passons au planning.

id: toujours_relancer
weight: 1
note: Devoir relancer ou répéter sans cesse.
regex: \bpourquoi\s+(?:est[\s-]ce\s+que\s+)?(?:je|nous|on)\s+(?:dois|devons|doit)\s+(?:toujours|sans\s+cesse|syst[eé]matiquement|encore)\b|\bpourquoi\s+dois[\s-]je\s+(?:toujours|sans\s+cesse|encore)\b|\b(?:je|nous|on)\s+(?:dois|devons|doit)\s+(?:toujours|sans\s+cesse|syst[eé]matiquement)\s+(?:vous\s+)?(?:relancer|rappeler|redemander|demander|r[eé]p[eé]ter|v[eé]rifier|corriger)\b|\bcombien\s+de\s+fois\s+(?:faut[\s-]il|dois[\s-]je|devrai[\s-]je|vais[\s-]je\s+devoir)\b
match: Pourquoi est-ce que je dois toujours vous relancer pour les délais ?
match: Combien de fois faut-il vous le dire ?
nomatch: Nous devons toujours valider les textes avec le service juridique.
nomatch: Combien de fois par mois publiez-vous ?

id: toujours_faux
weight: 1
note: Une correction qui n'a pas été faite.
regex: \btoujours\s+(?:faux|fausses?|pas\s+(?:corrig[eé]e?s?|r[eé]gl[eé]e?s?|bon(?:ne)?s?|r[eé]par[eé]e?s?)|cass[eé]e?s?|en\s+panne|bugg?[eé]e?s?|erron[eé]e?s?)\b|\bne\s+(?:marche|fonctionne)\s+toujours\s+pas\b
match: Les couleurs sont toujours fausses.
match: Le formulaire ne fonctionne toujours pas.
nomatch: Le formulaire fonctionne toujours bien sur mobile.
nomatch: Le formulaire est-il toujours disponible après le lancement ?

id: bacle
weight: 1
note: Qualité jugée mauvaise.
regex: \bb[aâ]cl[eé]e?s?\b|\btravail\s+(?:de\s+mauvaise\s+qualit[eé]|m[eé]diocre|n[eé]glig[eé])\b|\b(?:qualit[eé]|prestation|service|suivi)\s+(?:(?:est|a\s+[eé]t[eé]|reste|[eé]tait)\s+(?:vraiment\s+|franchement\s+|assez\s+|tr[eè]s\s+)?)?(?:m[eé]diocre|d[eé]plorable|lamentable|catastrophique|d[eé]cevante?)\b
unless: \b(?:ancien(?:ne)?|pr[eé]c[eé]dente?)\s+(?:agence|prestataire|d[eé]veloppeur|graphiste|fournisseur)\b|\bnos\s+concurrents\b
match: C'est du travail bâclé.
match: Le suivi est déplorable.
nomatch: Notre ancienne agence faisait un travail bâclé, on est contents d'avoir changé.
nomatch: Le service client de la banque est déplorable, mais ce n'est pas votre souci.
unless: \bbanque\b|\bpas\s+votre\s+(?:souci|faute|probl[eè]me)\b

id: pas_ce_qu_on_a_demande
weight: 1
note: Un livrable qui ne correspond pas à la commande.
regex: \b(?:ce\s+n['’]\s?est|c['’]\s?est|ce\s+ne\s+sont|ce\s+sont)\s+(?:toujours\s+|vraiment\s+|absolument\s+)?pas\s+(?:du\s+tout\s+)?(?:ce\s+qu['’]\s?on\s+(?:a|avait)\s+(?:demand[eé]|command[eé]|valid[eé])|ce\s+que\s+(?:nous\s+(?:avons|avions)|j['’]\s?(?:ai|avais))\s+(?:demand[eé]|command[eé]|valid[eé]))\b
match: Ce n'est pas du tout ce que nous avions demandé.
match: C'est pas ce que j'ai demandé.
nomatch: C'est ce que nous avions demandé, merci.
nomatch: Ce n'est pas ce que je voulais dire.
