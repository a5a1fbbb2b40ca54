# Relances sur l'avancement : impatience et micro-management.

id: des_nouvelles
weight: 1
note: « Des nouvelles ? »
regex: \b(?:des|quelles)\s+nouvelles\s+(?:sur|de|du|concernant|pour|au\s+sujet)\b|\b(?:des|quelles)\s+nouvelles\s*\?|\bdu\s+nouveau\s+(?:sur|concernant|pour|de\s+votre\s+c[oô]t[eé])\b|\bdu\s+nouveau\s*\?
unless: \b(?:transporteur|banque|imprimeur|fournisseur|h[eé]bergeur|client|avocat|comptable)\b
match: Des nouvelles sur ce dossier ?
match: Du nouveau ?
nomatch: Avez-vous des nouvelles du transporteur ?
nomatch: Nous avons de bonnes nouvelles pour la campagne.

id: ou_en_etes_vous
weight: 1
note: « Où en êtes-vous ? »
regex: \bo[uù]\s+en\s+(?:[eê]tes[\s-]vous|est[\s-]on|sommes[\s-]nous|est[\s-]ce\s+qu['’]\s?on\s+en\s+est|est)\b|\bo[uù]\s+[cç]a\s+en\s+est\b
match: Où en êtes-vous de la refonte de la page d'accueil ?
match: Où en est-on avec les bannières ?
nomatch: Où est-ce qu'on se retrouve jeudi ?
nomatch: Où êtes-vous basés ?

id: relancer
weight: 1
note: Relances explicites.
regex: \bje\s+(?:me\s+permets\s+de\s+)?vous\s+relance\b|\b(?:je\s+me\s+permets|permettez[\s-]moi)\s+de\s+vous\s+relancer\b|\bd[eé]sol[eé]e?\s+de\s+(?:vous\s+)?relancer\b|\b(?:petite|nouvelle|deuxi[eè]me|troisi[eè]me)\s+relance\b
match: Je me permets de vous relancer à nouveau.
match: Désolé de vous relancer, avez-vous pu regarder le contrat ?
nomatch: Pourquoi est-ce que je dois toujours vous relancer pour les délais ?
nomatch: La relance des impayés est automatique chez nous.

id: pas_de_reponse
weight: 1
note: Pas de réponse de l'agence.
regex: \btoujours\s+(?:pas\s+de|aucune|sans)\s+(?:r[eé]ponse|retour|nouvelles?)\b|\b(?:je\s+n['’]\s?ai|nous\s+n['’]\s?avons|on\s+n['’]\s?a)\s+(?:toujours\s+|encore\s+)?(?:pas|rien|aucune?)\s+(?:eu\s+|re[cç]u\s+)?(?:de\s+)?(?:r[eé]ponse|retour|nouvelles|news)\b|\bj['’]\s?attends\s+toujours\b|\bnous\s+attendons\s+toujours\b
unless: \b(?:transporteur|banque|imprimeur|fournisseur|client|avocat|comptable)\b|\brien\s+ne\s+presse\b
match: Je n'ai toujours pas de réponse de votre part concernant l'audit.
match: J'attends toujours.
nomatch: Je n'ai jamais entendu parler de ce plugin.
nomatch: Nous attendons toujours le virement du client, rien ne presse de votre côté.

id: avancement
weight: 1
note: Demandes d'état d'avancement.
regex: \bquel\s+est\s+l['’]\s?(?:[eé]tat\s+d['’]\s?)?avancement\b|\bun\s+point\s+(?:d['’]\s?avancement|sur\s+l['’]\s?avancement)\s*\?
match: Quel est l'état d'avancement de la migration ?
match: Un point d'avancement ?
nomatch: Voici le point d'avancement que vous avez demandé.
nomatch: Quel est le code d'état renvoyé par l'API ?

id: suite_mon_mail
weight: 1
note: Rappeler un message précédent.
regex: \bsuite\s+[aà]\s+mon\s+(?:pr[eé]c[eé]dent|dernier)\s+(?:mail|message|e-?mail|courriel)\b|\bsuite\s+[aà]\s+mon\s+(?:mail|message|e-?mail|courriel)\s+(?:pr[eé]c[eé]dent|d['’]\s?hier|de\s+(?:lundi|mardi|mercredi|jeudi|vendredi|la\s+semaine\s+derni[eè]re))\b|\bcomme\s+(?:indiqu[eé]|demand[eé])\s+dans\s+mon\s+(?:pr[eé]c[eé]dent|dernier)\s+(?:mail|message|e-?mail)\b
match: Suite à mon précédent mail, est-ce que c'est fait ?
match: Comme demandé dans mon dernier mail, il nous faut les fichiers.
nomatch: Suite à notre appel, voici le compte rendu.
nomatch: Suite à votre mail, voici les accès.

id: tous_les_jours
weight: 1
note: Exiger des points quotidiens.
regex: \b(?:un\s+)?(?:point|compte[\s-]rendu|rapport|retour|mise\s+[aà]\s+jour)\s+(?:d['’]\s?avancement\s+)?(?:tous\s+les\s+(?:jours|matins|soirs)|chaque\s+(?:jour|matin|soir)|quotidien(?:ne)?)\b
unless: \b(?:automatique(?:ment)?|outil|tableau\s+de\s+bord|plugin|analytics)\b
match: Pouvez-vous m'envoyer un point d'avancement tous les jours ?
match: Je veux un rapport quotidien.
nomatch: L'outil envoie un rapport quotidien automatiquement.
nomatch: Chaque jour compte pour le lancement.

id: cest_fini
weight: 1
note: « C'est fini ou pas ? »
regex: \bc['’]\s?est\s+(?:termin[eé]|fini|fait|pr[eê]t|bon)\s+ou\s+(?:pas|non)\b|\btoujours\s+pas\s+(?:termin[eé]|fini|pr[eê]t|livr[eé]|en\s+ligne)\b|\bc['’]\s?est\s+pour\s+quand\s*\?|\bc['’]\s?est\s+(?:bient[oô]t\s+)?(?:fini|termin[eé]|pr[eê]t)\s*\?{2,}
match: C'est terminé ou pas ?
match: Toujours pas en ligne ?
nomatch: Est-il possible de finir pour vendredi ?
nomatch: Ce n'est pas encore prêt, on vous l'envoie la semaine prochaine.
