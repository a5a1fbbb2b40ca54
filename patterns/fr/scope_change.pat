# Demandes hors du périmètre convenu. Les demandes courantes (« pourriez-vous
# aussi envoyer la facture ») ne doivent pas compter.

id: aussi_ajouter
weight: 1
note: « Pourriez-vous aussi ajouter / refaire ... ? »
regex: (?x) \b(?:pourriez|pouvez|pourrais|peux|pourriez|sauriez)[\s-](?:vous|tu) \s+ (?:aussi|[eé]galement|en \s+ plus|au \s+ passage) \s+ (?:nous \s+ | me \s+)?
regex:    (?:ajouter|rajouter|cr[eé]er|refaire|concevoir|d[eé]velopper|int[eé]grer|g[eé]rer|traduire|mettre \s+ en \s+ place|vous \s+ occuper|t['’]\s?occuper|r[eé]aliser|r[eé]diger|tourner|monter|construire|migrer|animer|prendre \s+ en \s+ charge)\b
# Not creep when the request is about a document or a meeting: the word
# must be in the request itself (after « aussi », in the same clause, with
# an article), so « sans devis » or « on verra le devis plus tard » still count.
unless: (?x) \b(?:aussi|[eé]galement|en \s+ plus|au \s+ passage) \s+ (?:(?!\b(?:et|mais|puis|ensuite|sans|pas|non|hors|dehors|au-del[aà]|on|je)\b)[^,;:.?!…])*? \b(?:le|la|l['’]|les|un|une|du|des|au|aux|notre|votre|nos|vos|ce|cet|cette|ces|mon|ma|mes)\s* (?:factures?|devis|re[cç]us?|ordres?\s+du\s+jour|agendas?|r[eé]unions?|appels?|bons?\s+de\s+commande|contrats?|comptes?\s+rendus?)\b
match: Pourriez-vous aussi ajouter une rubrique blog ?
match: Pourriez-vous également vous occuper de notre newsletter ?
match: Pourriez-vous aussi ajouter une page carrières, on verra le devis plus tard.
match: Pouvez-vous aussi créer une boutique en ligne sans devis, c'est urgent ?
match: Pourriez-vous aussi ajouter une rubrique actualités et on verra le devis ensuite ?
match: Pourriez-vous aussi rajouter une page équipe, hors devis bien sûr ?
nomatch: Pourriez-vous aussi envoyer la facture de mars ?
nomatch: Pourriez-vous aussi ajouter le numéro de bon de commande sur la facture ?
nomatch: Pourriez-vous aussi ajouter la TVA au devis ?
nomatch: Pourriez-vous aussi nous rajouter une ligne pour l'hébergement dans le devis ?
nomatch: Pouvez-vous aussi ajouter Marc à la réunion de jeudi ?
nomatch: Pourriez-vous aussi rédiger le compte rendu de la réunion ?

id: tant_que_vous_y_etes
weight: 1
note: « Tant que vous y êtes ... »
regex: \btant\s+que\s+(?:vous\s+y\s+[eê]tes|tu\s+y\s+es|vous\s+[eê]tes\s+dessus)\b|\bpendant\s+que\s+vous\s+y\s+[eê]tes\b|\bpuisque\s+vous\s+[eê]tes\s+(?:d[eé]j[aà]\s+)?dessus\b
match: Tant que vous y êtes, pouvez-vous aussi refaire l'intranet ?
match: Pendant que vous y êtes, refaites le pied de page.
nomatch: Pendant que vous étiez en congés, nous avons changé les prix.
nomatch: Tant que vous êtes à Paris, passez nous voir.

id: une_derniere_chose
weight: 1
note: « Une dernière chose » suivie d'une nouvelle demande.
regex: \b(?:(?:une|encore\s+une)\s+(?:derni[eè]re|autre|petite)\s+(?:petite\s+)?(?:chose|demande)|(?:encore\s+)?un\s+(?:petit|dernier|autre)\s+(?:petit\s+)?(?:d[eé]tail|truc|point|ajout))\b(?=[^.?!]{0,80}\b(?:ajouter|rajouter|aussi|[eé]galement|en\s+plus|besoin|faut|voudrions|voudrais|version|page|rubrique|fonction\w*|nouvelle?)\b)
match: Une dernière chose, il nous faut aussi une version anglaise du site.
match: Encore une petite demande : on voudrait une page carrières.
match: Encore un petit détail : il nous faudrait aussi une version anglaise.
nomatch: Une dernière chose : l'adresse sur la facture est fausse.
nomatch: Une autre chose, merci pour tout votre travail cette année.

id: ajouter_au_projet
weight: 1
note: Ajouter des livrables au projet.
regex: (?x) \b(?:est[\s-]ce \s+ qu['’]\s?on \s+ (?:peut|pourrait)|peut[\s-]on|pouvons[\s-]nous|on \s+ peut|on \s+ pourrait|pourrait[\s-]on|pourrions[\s-]nous) \s+ (?:aussi \s+ | [eé]galement \s+)? (?:ajouter|rajouter|int[eé]grer|pr[eé]voir)
regex:    \s+ (?:une?|des|deux|trois|quelques|d['’]\s?autres) \s+ (?:\w+ \s+)? (?:boutique|rubrique|section|pages?|fonctionnalit[eé]s?|module|appli\w*|blog|langue|version|espace|forum|vid[eé]os?|chat|syst[eé]me|newsletter|r[eé]servation|paiement|intranet)\b
unless: \b(?:ordre\s+du\s+jour|facture|r[eé]union|compte\s+rendu|agenda)\b
match: Est-ce qu'on peut ajouter une boutique en ligne au projet ?
match: Pourrions-nous également prévoir un espace membres ?
nomatch: Peut-on ajouter un point à l'ordre du jour ?
nomatch: Peut-on ajouter une section tarifs au compte rendu de réunion ?

id: petite_modif
weight: 1
note: Minimiser le travail demandé.
regex: (?x) \b(?:c['’]\s?est|ce \s+ n['’]\s?est \s+ qu['’]\s?|juste|simplement) \s* (?:juste \s+ | simplement \s+ | vraiment \s+)? (?:une|un) \s+ (?:petite?|toute \s+ petite|minuscule|simple|l[eé]g[eè]re|rapide) \s+ (?:modif(?:ication)?|changement|retouche|ajout|chose|truc|correction)\b
regex:  | \b(?:[cç]a|cela) \s+ ne \s+ (?:devrait|doit) \s+ (?:vous \s+)? prendre \s+ que \s+ (?:cinq|5|dix|10|deux|2|quelques) \s+ minutes\b
regex:  | \b(?:[cç]a|cela) \s+ (?:vous \s+)? prendra \s+ (?:cinq|5|dix|10|deux|2|quelques) \s+ minutes\b
regex:  | \ben \s+ (?:cinq|5|deux|2|dix|10) \s+ minutes \s+ c['’]\s?est \s+ (?:fait|r[eé]gl[eé])\b
match: C'est juste une petite modification, ça ne devrait prendre que cinq minutes.
match: Ça vous prendra deux minutes.
nomatch: Nous avons fait quelques petites modifications au brief, voir pièce jointe.
nomatch: La migration prend quelques heures, prévoyez-le.

id: hors_devis
weight: 1
note: Demander sciemment hors devis.
regex: (?x) \b(?:je \s+ sais|nous \s+ savons|on \s+ sait|m[eê]me \s+ si|bien \s+ que) \s+ (?:que \s+)? (?:ce \s+ n['’]\s?[eé]tait|ce \s+ n['’]\s?est|c['’]\s?[eé]tait|c['’]\s?est|[cç]a \s+ n['’]\s?[eé]tait|[cç]a \s+ n['’]\s?est|cela \s+ n['’]\s?[eé]tait|ce \s+ ne \s+ soit)
regex:    \s+ pas \s+ (?:pr[eé]vu|inclus|compris) \s+ (?:dans|au) \s+ (?:le \s+ | votre \s+ | notre \s+ | du \s+)? (?:devis|contrat|cahier \s+ des \s+ charges|p[eé]rim[eè]tre|forfait|budget)\b
regex:  | \bhors \s+ (?:devis|p[eé]rim[eè]tre|forfait|contrat) \s* ,? \s* mais\b
match: Je sais que ce n'était pas prévu dans le devis, mais pouvez-vous refaire la plaquette ?
match: C'est hors périmètre, mais on en a besoin.
nomatch: Comme ce n'était pas prévu dans le devis, merci de nous envoyer un chiffrage.
nomatch: Le périmètre est décrit dans le contrat.

id: elargir
weight: 1
note: Élargir le périmètre.
regex: \b(?:[eé]largir|[eé]tendre|agrandir|augmenter)\s+(?:le|notre)\s+p[eé]rim[eè]tre\b|\bajouter\s+(?:[cç]a|cela|ceci)\s+au\s+(?:p[eé]rim[eè]tre|projet)\b
match: Nous souhaitons élargir le périmètre aux réseaux sociaux.
match: Pouvez-vous ajouter ça au projet ?
nomatch: Le périmètre du projet est décrit dans le contrat.
nomatch: Nous réduirons le périmètre si le budget baisse.

id: pages_en_plus
weight: 1
note: Des livrables supplémentaires.
regex: \b(?:deux|trois|quatre|quelques|plusieurs|deux\s+ou\s+trois|une\s+ou\s+deux)\s+(?:autres\s+)?(?:pages|rubriques|sections|maquettes|versions|vid[eé]os|articles|banni[eè]res|landing\s+pages|fonctionnalit[eé]s|langues)\s+(?:en\s+plus|suppl[eé]mentaires|de\s+plus)\b|\b(?:nous\s+|me\s+)?rajouter\s+(?:deux|trois|quelques|plusieurs)\b
unless: \b(?:devis|prix|combien|tarif|chiffrage|facture|semaine\s+derni[eè]re|hier)\b
match: Vous pourriez nous rajouter deux ou trois pages en plus ?
match: Il nous faut trois pages supplémentaires.
nomatch: Pourriez-vous nous envoyer un devis pour les deux pages supplémentaires ?
nomatch: Les pages supplémentaires sont en ligne depuis hier.
