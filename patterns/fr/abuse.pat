# Insultes, mépris et attaques personnelles visant l'agence ou son travail.
# Les accents sont facultatifs ([eé]) : beaucoup de mails s'en passent.

id: vous_etes_nuls
weight: 3
note: « Vous êtes incompétents / nuls / des incapables ».
regex: (?x) \b(?: vous | tu | vos \s+ (?:d[eé]veloppeurs|graphistes|gars|collaborateurs|[eé]quipes)
regex:        | votre \s+ (?:[eé]quipe|agence|bo[iî]te|soci[eé]t[eé]|graphiste|d[eé]veloppeur|prestataire|travail|studio) )
regex:    \s+ (?:[eê]tes|es|[eé]tiez|[eé]tais|avez \s+ [eé]t[eé]|semblez|est|sont|[eé]tait|[eé]taient|a \s+ [eé]t[eé])
regex:    \s+ (?:(?:vraiment|compl[eè]tement|totalement|franchement|tellement|carr[eé]ment|juste|d[eé]finitivement|bien|si|trop|d['’]\s?une?)\s+)*
regex:    (?:incomp[eé]t[ea]nt(?:e|s|es)? | nul(?:le)?s? | bons? \s+ [aà] \s+ rien | stupides? | idiots?e?s? | incapables? | minables? | pitoyables? | path[eé]tiques?
regex:      | d[eé]biles? | abrutis? | fain[eé]ants? | paresseux | lamentables? | m[eé]diocres? | cons?)\b
match: Vous êtes complètement incompétents.
match: Vous etes vraiment nuls.
match: vous etes completement incompetants
match: Votre équipe est lamentable.
nomatch: L'agence précédente était incompétente, c'est pour ça qu'on est venus vous voir.
nomatch: Vous êtes contents du résultat ?
nomatch: Vous n'êtes pas nuls du tout, j'étais juste énervé.

id: vous_etes_des
weight: 3
note: « Vous êtes des amateurs / une bande de bras cassés ».
regex: (?x) \b(?: vous \s+ [eê]tes | tu \s+ es | vous \s+ n['’]\s?[eê]tes \s+ que | votre \s+ (?:[eé]quipe|agence|bo[iî]te|graphiste|d[eé]veloppeur|prestataire) \s+ (?:est|n['’]\s?est \s+ qu['’]\s?) | vos \s+ (?:d[eé]veloppeurs|graphistes|gars) \s+ sont )
regex:    \s* (?:des|une \s+ bande \s+ d['’e]\s?|un|une|de \s+ vrais|de \s+ vraies|des \s+ vrais|un \s+ vrai|une \s+ vraie)
regex:    \s* (?:(?:vrais?|sacr[eé]s?|beaux|belles?|pauvres|gros)\s+)?
regex:    (?:incapables|incomp[eé]tents|amateurs?|guignols?|clowns?|bras \s+ cass[eé]s|branquignols?|rigolos?|idiots?|imb[eé]ciles?|abrutis?|cr[eé]tins?|charlots?|escrocs?|voleurs?|menteurs?|nuls|bouffons?|blaireaux|blaireau|tocards?|amateur)\b
match: Vous êtes des incapables.
match: Votre équipe est une bande de bras cassés.
match: Votre graphiste est un guignol.
nomatch: Vous êtes des pros, merci.
nomatch: Notre ancien prestataire était une bande d'amateurs.

id: foutez_de_moi
weight: 3
note: « Vous vous foutez de moi ? »
regex: \bvous\s+(?:vous\s+)?(?:foutez|moquez|fichez|payez\s+ma\s+t[eê]te)\s+(?:de\s+(?:moi|nous|ma\s+gueule|notre\s+gueule|qui|du\s+monde))\b|\btu\s+te\s+(?:fous|moques|fiches)\s+de\s+(?:moi|nous)\b|\bfoutage\s+de\s+gueule\b|\bvous\s+nous\s+prenez\s+pour\s+des\s+(?:cons|idiots|imb[eé]ciles|pigeons)\b
match: Vous vous foutez de moi ?
match: Vous nous prenez pour des pigeons ?
nomatch: Je me fiche de la couleur du bouton, choisissez.
nomatch: Vous vous occupez de moi cette semaine ?

id: enfant_ferait_mieux
weight: 3
note: « Un enfant aurait fait mieux ».
regex: (?x) \b(?:un \s+ (?:enfant|gamin|gosse|singe|[eé]l[eè]ve \s+ de \s+ primaire) | mon \s+ (?:fils|chien|chat|gamin|petit \s+ fr[eè]re) | ma \s+ (?:fille|grand[\s-]m[eè]re))
regex:    (?:\s+ de \s+ (?:\w+|\d+) \s+ ans)? \s+ (?:aurait \s+ (?:fait|pu \s+ faire)|ferait|pourrait \s+ faire|fait) \s+ (?:mieux|pareil|[cç]a \s+ mieux)\b
match: Franchement, un enfant de cinq ans aurait fait mieux.
match: Mon fils ferait mieux que ça.
nomatch: Un enfant pourrait utiliser le nouveau menu, c'est parfait.
nomatch: Un enfant de cinq ans a fait le dessin de la mascotte, on l'adore.

id: travail_amateur
weight: 3
note: Mépris pour le travail rendu.
regex: \btravail\s+d['’]\s?(?:amateurs?|am[eé]nag[eé]s?\s+du\s+dimanche|[eé]colier|apprenti)\b|\b(?:travail|boulot)\s+de\s+(?:cochon|sagouin|mer\w*)\b|\bdu\s+grand\s+n['’]\s?importe\s+quoi\b
match: C'est du travail d'amateur, tout simplement.
match: Du boulot de cochon.
nomatch: Le club de foot amateur a besoin d'un site.
nomatch: Votre travail d'analyse est très utile.

id: aucune_idee
weight: 3
note: « Vous ne savez pas ce que vous faites ».
regex: \bvous\s+n['’]?\s*avez\s+(?:aucune|pas\s+la\s+moindre)\s+id[eé]e\s+de\s+ce\s+que\s+vous\s+(?:faites|dites|racontez)\b|\bvous\s+(?:ne\s+)?savez\s+(?:pas|absolument\s+pas|m[eê]me\s+pas)\s+ce\s+que\s+vous\s+(?:faites|dites|racontez)\b
match: Vous n'avez aucune idée de ce que vous faites.
match: Vous savez même pas ce que vous faites.
nomatch: Vous n'avez aucune idée de combien ça nous aide !
nomatch: Je ne sais pas ce que vous préférez.

id: honte
weight: 3
note: « Vous devriez avoir honte ».
regex: \bvous\s+devriez\s+avoir\s+honte\b|\bhonte\s+[aà]\s+vous\b|\bvous\s+n['’]\s?avez\s+(?:donc\s+|vraiment\s+)?aucune\s+honte\b
match: Vous devriez avoir honte de livrer un truc pareil.
match: Honte à vous.
nomatch: Dommage qu'on n'ait pas pu se voir.
nomatch: Je n'ai pas honte de dire que j'adore le logo.

id: grossier
weight: 3
note: Grossièretés adressées à l'agence ou à son travail.
regex: (?x) \bc['’]\s?est \s+ (?:de \s+ la|d[eu] \s+ la|vraiment \s+ de \s+ la) \s+ (?:merde|daube|bouse|crotte)\b
regex:  | \b(?:cette|votre|vos|quelle) \s+ (?:merde|daube|connerie|conneries)\b
regex:  | \bfoutez \s+ le \s+ camp\b | \bta \s+ gueule\b | \bfermez[\s-]la\b | \b(?:va|allez) \s+ (?:te|vous) \s+ faire \s+ foutre\b | \bbande \s+ de \s+ (?:cons|nuls|connards|branleurs|tocards|guignols)\b
match: C'est de la merde, ce que vous m'avez envoyé.
match: Bande de nuls.
nomatch: Nous avons une bande dessinée à mettre en ligne.
nomatch: La merde de chien est un vrai problème dans notre quartier, dit l'article du client.
unless: \b(?:article|chien|quartier)\b

id: idiots_ou_quoi
weight: 3
note: « Vous êtes idiots ou quoi ? », « vous savez lire ? »
regex: \bvous\s+[eê]tes\s+(?:idiots?|b[eê]tes|cons|d[eé]biles|sourds|aveugles|stupides|nuls)\s+ou\s+quoi\b|\bvous\s+(?:ne\s+)?savez\s+(?:pas\s+|m[eê]me\s+pas\s+)?lire\b|\bvous\s+lisez\s+(?:m[eê]me|vraiment|au\s+moins)\s+mes\s+(?:mails|messages|e-?mails|courriels)\b
match: Vous êtes idiots ou quoi ?
match: Vous savez lire ?
nomatch: Vous savez lire le néerlandais ? Le client est belge.
unless: \b(?:n[eé]erlandais|allemand|anglais|espagnol|italien|chinois|arabe|russe|portugais|plan|partition)\b
nomatch: Vous lisez mes mails le week-end ? Pas la peine.

id: travail_incompetent
weight: 3
note: Le travail qualifié d'incompétent, de nul, de minable.
regex: \b(?:travail|boulot|job)\s+(?:compl[eè]tement\s+|totalement\s+|vraiment\s+|franchement\s+)?(?:incomp[eé]tent|nul|minable|lamentable|pitoyable|d['’]\s?incapables?|de\s+nuls)\b
unless: \b(?:ancien(?:ne)?|pr[eé]c[eé]dente?)\s+(?:agence|prestataire|d[eé]veloppeur|graphiste|fournisseur)\b
match: C'est un travail complètement incompétent.
match: Du boulot de nuls.
nomatch: L'ancienne agence faisait un travail nul, c'est pour ça qu'on vous a choisis.
nomatch: Le travail est nul part ailleurs aussi bien fait.
