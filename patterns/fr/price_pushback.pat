# Contestation des prix : trop cher, remises, « moins cher ailleurs ».

id: trop_cher
weight: 1
note: Prix jugé trop élevé.
regex: (?x) \b(?:prix|tarifs?|devis|co[uû]ts?|montants?|factures?|honoraires|forfait|offre|proposition|[cç]a|c['’]\s?est|vous \s+ [eê]tes)
regex:    \s+ (?:(?:est|sont|me \s+ semblent?|nous \s+ semblent?|semblent?|para[iî]t|paraissent|reste|restent|m['’]\s?a \s+ l['’]\s?air|vraiment|franchement|quand \s+ m[eê]me)\s+)*
regex:    (?:trop|beaucoup \s+ trop|bien \s+ trop|un \s+ peu \s+ trop|vraiment \s+ trop|tr[eè]s|excessivement|hyper|super|franchement|un \s+ peu|bien)
regex:    \s+ (?:cher|ch[eè]re|ch[eè]res|chers|[eé]lev[eé]e?s?|on[eé]reux|on[eé]reuse|co[uû]teux|co[uû]teuse|sal[eé]e?s?|excessifs?|excessives?)\b
regex:  | (?: ^ | (?<=[.!?\n]) | (?<=[.!?\n]\s) ) \s* (?:beaucoup \s+)? trop \s+ cher\b
unless: \b(?:nos|notre)\s+(?:propres\s+)?(?:prix|tarifs)\b|\bpas\s+(?:si|trop|tr[eè]s|cher|du\s+tout)\b
match: Votre devis est beaucoup trop cher.
match: Vos tarifs sont trop élevés pour une petite structure comme la nôtre.
match: C'est un peu cher pour nous.
nomatch: Nos propres prix sont trop élevés par rapport à la concurrence.
nomatch: Le devis n'est pas cher du tout, on valide.
nomatch: Le niveau d'exigence est très élevé chez nous.

id: baisser_prix
weight: 1
note: Demander une baisse.
regex: \b(?:baisser|r[eé]duire|diminuer|n[eé]gocier|revoir)\s+(?:un\s+peu\s+)?(?:le|vos|votre|les|ce)\s+(?:prix|tarifs?|devis|montant|honoraires|facture)(?:\s+[aà]\s+la\s+baisse)?\b|\bfaire\s+un\s+(?:petit\s+)?(?:geste|effort)\s+(?:commercial|sur\s+le\s+prix|sur\s+le\s+tarif)\b|\bun\s+geste\s+commercial\b
unless: \b(?:h[eé]bergeur|fournisseur|imprimeur|banque)\b
match: Pouvez-vous baisser un peu le prix ?
match: Vous pourriez faire un geste commercial ?
nomatch: Pouvez-vous baisser le volume de la vidéo d'arrière-plan ?
nomatch: Pouvez-vous réduire la taille des images ?

id: moins_cher_ailleurs
weight: 1
note: D'autres le feraient moins cher.
regex: (?x) \bmoins \s+ cher \s+ ailleurs\b | \b(?:pour|[aà]) \s+ (?:la \s+)? moiti[eé] \s+ (?:du \s+)? prix\b
regex:  | \b(?:un \s+ autre|une \s+ autre|d['’]\s?autres) \s+ (?:prestataires?|freelances?|agences?|graphistes?|d[eé]veloppeurs?) \s+ (?:nous \s+)? (?:le \s+)? (?:propose|proposent|fait|font|ferait|feraient) \s+ (?:la \s+ m[eê]me \s+ chose \s+ | [cç]a \s+)? (?:pour \s+)? (?:moins \s+ cher|la \s+ moiti[eé]|bien \s+ moins)\b
match: On trouve moins cher ailleurs.
match: Un autre freelance nous propose la même chose pour moitié prix.
nomatch: Nous avons trouvé des billets moins chers pour l'équipe.
nomatch: La moitié du projet est déjà en ligne.

id: budget
weight: 1
note: Au-delà du budget.
regex: \b(?:au[\s-]dessus|au[\s-]del[aà]|en\s+dehors|hors)\s+(?:de\s+)?(?:notre|mon)\s+budget\b|\bd[eé]passe\s+(?:largement\s+|de\s+loin\s+|clairement\s+)?(?:notre|mon)\s+budget\b|\bpas\s+dans\s+(?:notre|nos|mon|mes)\s+(?:budget|moyens)\b|\b(?:on\s+n['’]\s?a|nous\s+n['’]\s?avons)\s+pas\s+les\s+moyens\b(?!\s+(?:de\s+perdre|d['’]\s?attendre))
match: C'est bien au-dessus de notre budget.
match: On n'a pas les moyens.
nomatch: Notre budget pour le projet est de 5 000 euros.
nomatch: Nous n'avons pas les moyens de perdre des clients, le paiement doit être rapide.

id: paierons_pas
weight: 1
note: Refuser de payer un montant.
regex: \b(?:nous\s+ne\s+paierons|nous\s+ne\s+payerons|on\s+ne\s+paiera|on\s+paiera|je\s+ne\s+paierai|je\s+paierai|nous\s+n['’]\s?allons|on\s+(?:ne\s+)?va|je\s+(?:ne\s+)?vais)\s+pas\s+(?:payer\s+)?(?:autant|cette\s+somme|ce\s+prix|pour\s+[cç]a|plus|un\s+tel\s+montant)\b
match: Nous ne paierons pas autant pour une simple page.
match: Je ne vais pas payer pour ça.
nomatch: Nous réglerons la facture vendredi.
nomatch: Nous n'allons pas payer par chèque, seulement par virement.

id: remise
weight: 1
note: Demander une remise.
regex: \b(?:une|des|quelques?|petite|une\s+petite|faire\s+une)\s+(?:remise|r[eé]duction|ristourne|rabais)\b|\bfaire\s+un\s+(?:petit\s+)?prix\b|\bprix\s+d['’]\s?ami\b
unless: \b(?:nos|nos\s+propres)\s+clients\b|\bcode\b|\bcampagne\b|\bimp[oô]ts?\b|\bcr[eé]dit\s+d['’]\s?imp[oô]t\b
match: Vous pouvez nous faire une remise si on s'engage sur un an ?
match: Vous pourriez nous faire un prix ?
nomatch: Le code de réduction ne marche pas sur la page de paiement.
nomatch: Nous lançons une campagne de remise le mois prochain.

id: inclus
weight: 1
note: Croire que le travail était compris.
regex: \b(?:je\s+pensais|nous\s+pensions|on\s+pensait|je\s+croyais|nous\s+croyions)\s+que\s+(?:c['’]\s?[eé]tait|[cç]a\s+[eé]tait|cela\s+[eé]tait|c\s+[eé]tait|[cç]a\s+faisait)\s+(?:d[eé]j[aà]\s+)?(?:inclus|compris|pr[eé]vu|offert|gratuit|partie)\b|\b(?:devrait|aurait\s+d[uû])\s+[eê]tre\s+(?:inclus|compris|offert)\b
match: Je pensais que c'était inclus dans le forfait.
match: Ça aurait dû être compris.
nomatch: L'hébergement est-il compris dans le forfait ?
nomatch: Je pensais que la réunion était mardi.

id: gratuit
weight: 1
note: Demander un travail gratuit.
regex: \b(?:le|la|les|ce|[cç]a)\s+faire\s+gratuitement\b|\bpour\s+nous\s+rendre\s+service\b|\bsans\s+(?:(?:nous\s+)?(?:le|la|les)\s+)?facturer\b|\b[aà]\s+titre\s+gracieux\b|\b(?:offrir|offrez)[\s-](?:nous|le|la|les)?\s*(?:la|le|les|cette|ce)?\s*(?:page|modification|retouche|correction|version|traduction)\b
match: Vous pourriez le faire gratuitement, pour nous rendre service ?
match: Vous pouvez ajouter la page sans la facturer ?
nomatch: Le webinaire est gratuit.
nomatch: Pour vous remercier, nous aimerions vous inviter à déjeuner.

id: plus_cher_que_prevu
weight: 1
note: Prix au-dessus de ce que le client attendait.
regex: \bplus\s+(?:cher|ch[eè]re|[eé]lev[eé]e?)s?\s+que\s+(?:pr[eé]vu|ce\s+qu['’]\s?on\s+(?:pensait|attendait|imaginait)|ce\s+que\s+nous\s+(?:pensions|attendions)|notre\s+budget|l['’]\s?an\s+dernier|la\s+derni[eè]re\s+fois)\b
unless: \b(?:trafic|ventes|visites|conversions?|r[eé]sultats?|demande)\b
match: Ce devis est beaucoup plus cher que prévu.
match: La facture est plus élevée que ce qu'on attendait.
nomatch: Le trafic est plus élevé que prévu, bonne nouvelle.
nomatch: C'est moins cher que prévu, parfait.
