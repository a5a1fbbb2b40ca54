# Pesimismo sobre el proyecto o la relación.

id: nunca_funcionara
weight: 1
note: «Esto no va a funcionar nunca».
regex: (?x) \bno \s+ (?:va|van) \s+ a \s+ (?:funcionar|servir|vender|despegar|salir \s+ bien) \s+ nunca\b
regex:  | \bnunca \s+ (?:va|van) \s+ a \s+ (?:funcionar|servir|vender|despegar|salir \s+ bien)\b
regex:  | \bno \s+ (?:funcionar[aá]|servir[aá]|saldr[aá] \s+ bien) \s+ nunca\b | \bnunca \s+ funcionar[aá]\b
regex:  | \bno \s+ creo \s+ que \s+ (?:esto|eso|este \s+ \w+|esta \s+ \w+|el \s+ \w+|la \s+ \w+) \s+ (?:vaya \s+ a \s+ funcionar|funcione|vaya \s+ a \s+ salir \s+ bien|salga \s+ bien) \s+ (?:nunca|jam[aá]s|alg[uú]n \s+ d[ií]a)\b
match: Esto no va a funcionar nunca.
match: No creo que este proyecto vaya a funcionar nunca.
nomatch: No volverá a pasar nunca, se lo prometo.
nomatch: Creo que va a funcionar.

id: nada_sirve
weight: 1
note: «Nada de lo que probamos sirve».
regex: \bnada\s+de\s+lo\s+que\s+(?:probamos|hacemos|intentamos|hicimos|probamos)\s+(?:sirve|funciona|cambia|ha\s+servido|ha\s+funcionado)\b|\bnada\s+cambia\s+(?:nunca|jam[aá]s)\b|\bnada\s+(?:funciona|sale\s+bien|va\s+bien)\s+(?:en|con)\s+(?:este|esta|el|la|nuestro|nuestra)\s+(?:proyecto|colaboraci[oó]n|relaci[oó]n|campa[nñ]a|estrategia)\b|\bnunca\s+cambia\s+nada\b
match: Nada de lo que probamos sirve para nada.
match: Nada cambia nunca.
match: Sinceramente, nada funciona en este proyecto.
nomatch: Nada cambia para los usuarios, el botón sigue en su sitio.
nomatch: No hay prisa.

id: perdida_de_tiempo
weight: 1
note: Todo el esfuerzo visto como una pérdida.
regex: \bp[eé]rdida\s+de\s+(?:tiempo|dinero)\b|\bdinero\s+tirado\b|\btirar\s+el\s+dinero\b
unless: \bno\s+(?:ha\s+sido\s+|fue\s+|es\s+)?(?:ninguna\s+|una\s+)?p[eé]rdida\b|\bevitar\b
match: Empiezo a pensar que todo esto es una pérdida de tiempo.
match: Es tirar el dinero.
nomatch: El taller no fue ninguna pérdida de tiempo.
nomatch: Para evitar una pérdida de tiempo, validemos el brief primero.

id: desastre
weight: 1
note: Predecir el fracaso.
regex: \btengo\s+un\s+(?:muy\s+)?mal\s+presentimiento\b|\b(?:va|van)\s+a\s+ser\s+un\s+(?:aut[eé]ntico\s+|verdadero\s+|completo\s+|total\s+)?(?:desastre|fracaso|fiasco|cat[aá]strofe)\b|\b(?:va|van)\s+a\s+ser\s+una\s+(?:cat[aá]strofe|ruina)\b
match: Tengo un mal presentimiento con este lanzamiento.
match: El lanzamiento va a ser un desastre.
nomatch: El lanzamiento fue un éxito, el tráfico se duplicó.
nomatch: Nuestro plan de recuperación ante desastres necesita una página.

id: para_que_seguir
weight: 1
note: Preguntarse para qué seguir.
regex: \bpara\s+qu[eé]\s+(?:seguir|continuar|molestarse|intentarlo)\b|\bno\s+(?:le\s+)?veo\s+(?:el\s+)?sentido\s+(?:a\s+|de\s+)?seguir\b|\bya\s+no\s+tiene\s+sentido\s+seguir\b
match: ¿Para qué seguir si nada cambia?
match: No le veo sentido a seguir.
nomatch: No tiene sentido precipitar el lanzamiento.
nomatch: ¿Para qué sirve este botón?

id: inutil
weight: 1
note: Desesperanza.
regex: \b(?:es|todo\s+es)\s+in[uú]til\s*,|\bes\s+in[uú]til\s+(?:seguir|intentarlo|insistir)\b|\bestamos\s+(?:perdidos|condenados|acabados)\b|\bno\s+tiene\s+remedio\b
match: Es inútil, nadie va a comprar en esa web.
match: Estamos perdidos si las cifras no suben.
nomatch: Es inútil imprimir los folletos antes de tener el logo.
unless: \bantes\s+de\b
nomatch: No hay nada que hacer de momento, esperamos al cliente.

id: no_optimista
weight: 1
note: Pesimismo declarado.
regex: \bno\s+(?:soy|estoy|somos|estamos)\s+(?:nada\s+|muy\s+|demasiado\s+|especialmente\s+)?(?:optimistas?|esperanzad[oa]s?)\b|\b(?:soy|somos)\s+(?:bastante\s+|muy\s+|m[aá]s\s+bien\s+)?pesimistas?\b
match: No soy nada optimista.
match: Somos más bien pesimistas.
nomatch: Soy optimista con la nueva campaña.
nomatch: Estamos esperanzados con el lanzamiento.
