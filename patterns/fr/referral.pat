# Contre-signal : le client envoie d'autres clients.

id: recommande
weight: 1
note: Recommander l'agence.
regex: (?x) \b(?:je \s+ vous \s+ ai|nous \s+ vous \s+ avons|on \s+ vous \s+ a) \s+ (?:d[eé]j[aà] \s+)? (?:recommand[eé]|conseill[eé])e?s? \s+ (?:[aà]|aupr[eè]s)\b
regex:  | \b(?:je \s+ vous \s+ recommanderai|nous \s+ vous \s+ recommanderons)\b
regex:  | \b(?:je|nous) \s+ vous \s+ recommande(?:rai|rons|ns)? \s+ (?:sans \s+ h[eé]siter|les \s+ yeux \s+ ferm[eé]s|volontiers|chaudement|autour \s+ de \s+ (?:moi|nous)|[aà] \s+ tout \s+ le \s+ monde)\b
match: Je vous ai recommandé à une amie qui tient une boulangerie.
match: Je vous recommanderai sans hésiter.
nomatch: Nous pouvons vous recommander un imprimeur si besoin.
nomatch: Je vous recommande de vérifier la facture.

id: coordonnees
weight: 1
note: Transmettre les coordonnées de l'agence.
regex: \b(?:j['’]\s?ai|nous\s+avons|je\s+vais|je\s+peux|on\s+a)\s+(?:transmis|donn[eé]|pass[eé]|communiqu[eé]|donner|transmettre|passer|communiquer)\s+(?:vos\s+coordonn[eé]es|votre\s+(?:nom|num[eé]ro|contact|adresse|mail|carte)|vos\s+contacts)\s+(?:[aà]|au|aux)\b|\bje\s+peux\s+lui\s+(?:donner|transmettre|passer)\s+(?:votre\s+(?:num[eé]ro|contact|mail|adresse)|vos\s+coordonn[eé]es)\b
unless: \b(?:comptab\w*|service\s+achats|fournisseur)\b
match: J'ai transmis vos coordonnées à notre filiale.
match: J'ai donné votre nom au directeur marketing d'Acme.
nomatch: Merci de nous transmettre vos coordonnées bancaires.
nomatch: J'ai transmis vos coordonnées à notre comptabilité pour le paiement.

id: ami_cherche
weight: 1
note: Un proche cherche un prestataire comme l'agence.
regex: (?x) \b(?:un|une|mon|ma|mes|un \s+ de \s+ mes|une \s+ de \s+ mes|un \s+ de \s+ nos) \s+ (?:ami|amie|amis|coll[eè]gues?|contacts?|voisins?|voisine|partenaires?|cousins?|cousine|fr[eè]re|s(?:oe|œ)ur|clients?|connaissances?)
regex:    \s+ (?:[aà] \s+ moi \s+)? (?:cherche|cherchent|recherche|a \s+ besoin|ont \s+ besoin|voudrait|aimerait)
regex:    \s+ (?:d['’]\s?un|d['’]\s?une|un|une|quelqu['’]\s?un) \s* (?:nouveau \s+ | nouvelle \s+)? (?:site|logo|graphiste|d[eé]veloppeur|agence|prestataire|consultant|pour|comme \s+ vous|seo|r[eé]f[eé]rencement|boutique|refonte)\b
match: Un collègue à moi cherche quelqu'un pour son site.
match: Ma sœur a besoin d'un nouveau logo.
nomatch: Mon collègue a besoin d'une facture pour vendredi.
nomatch: Nos clients cherchent un site plus rapide.

id: presenter
weight: 1
note: Présenter l'agence à d'autres.
regex: \bje\s+(?:vais|veux|voudrais|peux)\s+vous\s+(?:pr[eé]senter|mettre\s+en\s+(?:contact|relation))\s+(?:[aà]|avec)\s+(?:nos|mes|un|une|des|notre|mon|ma)\s+(?:partenaires?|amis?|amie|contacts?|fournisseurs?|clients?|filiale|r[eé]seau|coll[eè]gues\s+(?:de|chez))\b|\bje\s+vous\s+mets\s+en\s+(?:contact|relation)\s+avec\s+(?:un|une|mon|ma)\s+(?:ami|amie|contact|partenaire)\b
match: Je vais vous présenter à nos partenaires à Lyon.
match: Je vous mets en relation avec un ami qui a une boutique.
nomatch: Je vais vous présenter Sarah, qui gérera la facturation.
nomatch: Je vous mets en relation avec notre service informatique pour le DNS.

id: parle_de_vous
weight: 1
note: Parler de l'agence autour de soi.
regex: \b(?:je\s+lui\s+ai|je\s+leur\s+ai|j['’]\s?ai|nous\s+avons)\s+(?:beaucoup\s+|souvent\s+)?parl[eé]\s+de\s+(?:vous|votre\s+(?:travail|agence|studio|[eé]quipe))\b|\battendez[\s-]vous\s+[aà]\s+(?:un\s+appel|recevoir\s+un\s+appel|un\s+mail)\s+de\s+(?:mon|ma|notre|un|une)\b
unless: \b(?:comptable|banque|facture|avocat)\b
match: Attendez-vous à un appel de mon ami Thomas, je lui ai parlé de vous.
match: J'ai beaucoup parlé de vous à mes associés.
nomatch: Attendez-vous à un appel de notre comptable pour la facture.
nomatch: Je lui ai parlé du retard.
