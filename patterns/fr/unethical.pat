# Demandes douteuses ou malhonnêtes : fraude comptable ou fiscale, faux avis,
# copie, achat d'abonnés ou de liens. Les cas légitimes (exonération de TVA,
# contenus propres, photos sous licence) ne doivent pas compter.

id: hors_facture
weight: 3
note: Cacher un travail ou un paiement de la comptabilité.
regex: (?x) \b(?:ne \s+ pas \s+ (?:le|la|les) \s+ mettre|ne \s+ (?:le|la|les) \s+ mettez \s+ pas|ne \s+ pas \s+ (?:le \s+ | la \s+ | les \s+)? faire \s+ appara[iî]tre|ne \s+ pas \s+ (?:le \s+ | la \s+)? (?:inscrire|noter))
regex:    \s+ (?:sur|dans) \s+ (?:la|notre|votre|cette) \s+ facture\b (?= [^.?!]{0,80} \b(?:compta|comptes|imp[oô]t|tva|fisc|appara|trace|d[eé]clar))
regex:  | \b(?:payer|pay[eé]|travail(?:ler)?|bosser|factur\w*|r[eé]gler) \s+ (?:\w+ \s+)? au \s+ (?:noir|black)\b
regex:  | \b(?:payer|r[eé]gler|paiement) \s+ (?:\w+ \s+){0,3}? sans \s+ facture\b | \bdessous[\s-]de[\s-]table\b
regex:  | \b(?:en \s+ liquide|en \s+ esp[eè]ces|en \s+ cash|cash)\b [^.?!]{0,50}? \b(?:pas \s+ de \s+ trace|sans \s+ trace|pas \s+ de \s+ facture|sans \s+ facture|pas \s+ de \s+ tva|sans \s+ tva|discr[eè]tement)\b
match: Vous pouvez ne pas le mettre sur la facture, pour que ça n'apparaisse pas dans nos comptes ?
match: On préfère payer en liquide, comme ça pas de trace.
match: On peut vous payer au black ?
nomatch: Nous payons toutes les factures par virement, jamais en liquide.
nomatch: Ne mettez pas l'hébergement sur cette facture, nous le réglerons à part.

id: antidater
weight: 3
note: Falsifier des dates.
regex: \bantidat\w*\b|\bpostdat\w*\b|\b(?:changez|changer|modifiez|modifier|mettez|mettre)\s+(?:une\s+autre\s+date|la\s+date|une\s+date\s+(?:ant[eé]rieure|diff[eé]rente))\s+(?:sur|de)\s+(?:la|cette|notre|votre|le)\s+(?:facture|contrat|devis|attestation)\b
unless: \b(?:erreur|erron[eé]e|fausse|faute|coquille|incorrecte|tromp[eé])\b
match: Pourriez-vous antidater la facture à l'année dernière ?
match: Changez la date sur la facture pour qu'elle passe sur l'exercice suivant.
nomatch: Pourriez-vous changer la date de notre réunion ?
nomatch: La date sur la facture est erronée, pouvez-vous changer la date de la facture ?

id: faux_avis
weight: 3
note: Faux avis ou témoignages.
regex: \b(?:faux|fausses?|bidons?|invent[eé]s?)\s+(?:avis|t[eé]moignages?|commentaires?|notes?\s+clients?)\b|\bavis\s+(?:bidons?|invent[eé]s|fictifs)\b|\b(?:r[eé]digez|[eé]crivez|r[eé]diger|[eé]crire)\s+(?:quelques|des)\s+avis\s+(?:vous[\s-]m[eê]mes|[aà]\s+notre\s+place|en\s+vous\s+faisant\s+passer)\b|\bvous\s+faire\s+passer\s+pour\s+des\s+clients\b
unless: \b(?:signal\w*|concurren\w*|supprim\w*|lutter|contre|d[eé]tect\w*)\b
match: Écrivez quelques faux avis pour nous sur Google.
match: Rédigez des avis vous-mêmes, en vous faisant passer pour des clients.
nomatch: Notre concurrent a de faux avis, peut-on les signaler ?
nomatch: Merci d'ajouter les avis clients sur la page d'accueil.

id: copier
weight: 3
note: Copier le contenu ou le design d'autrui.
regex: (?x) \b(?:copiez|copier|reprenez|reprendre|pompez|pomper|recopiez|recopier|piquez|piquer|plagiez|plagier|clonez|cloner|dupliquez|dupliquer) \s+ (?:simplement \s+ | juste \s+ | directement \s+ | carr[eé]ment \s+)?
regex:    (?:leurs? \s+ (?:\w+ \s+)? (?:textes?|contenus?|descriptions?|photos?|images?|articles?|visuels?|logos?|maquettes?|design|charte|site|code|vid[eé]os?|fiches)
regex:      | (?:le \s+ site|les \s+ textes|les \s+ photos|le \s+ design|le \s+ logo|les \s+ fiches \s+ produits?) \s+ (?:de \s+ (?:notre|nos)|du|d['’]\s?un) \s+ concurrents?)\b
match: Copiez simplement leurs descriptions de produits, personne ne verra rien.
match: Pouvez-vous cloner le site de notre concurrent ?
nomatch: Copiez les textes de l'ancien site dans les nouvelles pages, ils sont à nous.
nomatch: Reprenez leurs remarques dans le compte rendu.

id: licence
weight: 3
note: Utiliser des contenus sans licence.
regex: (?x) \bpas \s+ (?:besoin|la \s+ peine) \s+ (?:de \s+ | d['’]\s?)(?:licence|payer \s+ (?:les \s+)? droits|autorisation|demander)\b
regex:  | \bsans \s+ (?:payer \s+ (?:les \s+)? droits|licence|autorisation|demander \s+ l['’]\s?autorisation)\b (?= [^.?!]{0,60} \b(?:photos?|images?|visuels?|musiques?|vid[eé]os?|polices?|textes?)\b)
regex:  | \b(?:photos?|images?|visuels?|musiques?) \s+ (?:\w+ \s+){0,4}? sans \s+ (?:licence|autorisation|payer|demander)\b
regex:  | \b(?:enlevez|supprimez|retirez|effacez|cachez|enlever|supprimer|retirer|effacer) \s+ (?:le|les) \s+ (?:filigranes?|watermarks?|copyrights?|mentions? \s+ de \s+ copyright|cr[eé]dits? \s+ photos?)\b
unless: \b(?:nos\s+propres|libres?\s+de\s+droits|sous\s+licence|nous\s+(?:avons|poss[eé]dons)\s+(?:les\s+droits|la\s+licence)|domaine\s+public)\b
match: Prenez les photos sur leur site, pas besoin de licence.
match: Enlevez le filigrane de la photo.
nomatch: Les photos viennent d'une banque d'images sous licence.
nomatch: Pas besoin de licence pour nos propres photos.

id: acheter_abonnes
weight: 3
note: Abonnés, avis ou liens achetés.
regex: (?x) \bach[eè]t(?:er|ez|e|ons) \s+ (?:des \s+ | quelques \s+ | plusieurs \s+ | \d[\d\s.,]*k? \s+ | quelques \s+ (?:centaines|milliers) \s+ d['’]\s? | des \s+ (?:centaines|milliers) \s+ d['’]\s? )?
regex:    (?:abonn[eé]s|followers|likes|avis|liens|backlinks|fans|vues|clics)\b
regex:  | \bfermes? \s+ [aà] \s+ (?:clics|liens|avis)\b | \br[eé]seau \s+ de \s+ blogs \s+ priv[eé]s\b | \bpbn\b
unless: \bnos\s+clients\s+(?:peuvent\s+)?ach[eè]t
match: Vous pouvez acheter quelques milliers d'abonnés pour le compte ?
match: On pourrait acheter des backlinks pour remonter.
nomatch: Nos clients achètent les produits via les liens de la newsletter.
nomatch: Nous avons acheté les photos la semaine dernière.

id: fisc
weight: 3
note: Échapper à l'impôt.
regex: \b(?:frauder|[eé]chapper\s+[aà]|esquiver|[eé]viter\s+de\s+d[eé]clarer|ne\s+pas\s+d[eé]clarer)\s+(?:le\s+|la\s+|les\s+|l['’]\s?)?(?:fisc|imp[oô]ts?|tva|taxes?|urssaf|revenus?|chiffre)\b|\bsans\s+(?:la\s+)?tva\b(?=[^.?!]{0,40}\b(?:liquide|esp[eè]ces|cash|black)\b)
unless: \b(?:exon[eé]r\w*|autoliquidation|l[eé]galement)\b
match: On peut éviter de déclarer le chiffre cette année ?
match: Sans TVA si on paie en liquide ?
nomatch: Nous sommes exonérés de TVA, merci de ne pas l'ajouter sur la facture ; l'attestation est jointe.
nomatch: Il faut déclarer la TVA avant le 15.
