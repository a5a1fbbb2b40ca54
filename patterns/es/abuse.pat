# Insultos, desprecio y ataques personales contra la agencia o su trabajo.
# Las tildes son opcionales ([aá]): muchos correos las omiten.

id: son_inutiles
weight: 3
note: «Son ustedes unos inútiles / incompetentes».
regex: (?x) \b(?: (?:son|sois|eres|es) \s+ (?:ustedes|vosotros|usted|t[uú]) | ustedes \s+ son | vosotros \s+ sois | usted \s+ es | t[uú] \s+ eres
regex:        | sois | eres | su \s+ (?:equipo|agencia|empresa|dise[nñ]ador|programador|desarrollador) \s+ (?:es|ha \s+ sido) | sus \s+ (?:programadores|dise[nñ]adores|empleados) \s+ son )
regex:    \s+ (?:(?:un|una|unos|unas|completamente|totalmente|realmente|muy|tan|absolutamente|de \s+ verdad|sencillamente|unos \s+ completos|un \s+ completo|unas \s+ completas|una \s+ completa|unos \s+ aut[eé]nticos|un \s+ aut[eé]ntico)\s+)*
regex:    (?:incompetentes?|in[uú]tiles?|tontos?|tontas?|est[uú]pidos?|est[uú]pidas?|idiotas?|imb[eé]ciles?|ineptos?|ineptas?|mediocres?|vagos?|vagas?|desastres?|pat[eé]ticos?|pat[eé]ticas?|negados?|chapuceros?)\b
unless: \b(?:anterior|antigu[oa]|previ[oa])\b
match: Son ustedes unos completos incompetentes.
match: Son ustedes unos inutiles.
match: Eres un incompetente.
nomatch: La agencia anterior era incompetente, por eso acudimos a ustedes.
nomatch: Fuimos unos tontos al firmar con la agencia anterior.
nomatch: Son ustedes muy amables.

id: panda_de
weight: 3
note: «una panda de inútiles», «un payaso».
regex: (?x) \b(?:su \s+ (?:equipo|agencia|empresa|dise[nñ]ador|programador|desarrollador) \s+ es | (?:son|sois) \s+ (?:ustedes|vosotros)? | ustedes \s+ son | eres | es \s+ usted)
regex:    \s* (?:una \s+ (?:panda|pandilla|banda|cuadrilla|manada) \s+ de \s+ | un \s+ (?:hatajo|atajo) \s+ de \s+ | un(?:os)? \s+ | un \s+ aut[eé]ntico \s+ | unos \s+ aut[eé]nticos \s+)
regex:    (?:in[uú]tiles|incompetentes|payasos?|aficionados?|idiotas|imb[eé]ciles|chapuceros?|ineptos|vagos|sinverg[uü]enzas?|estafadores?|mentirosos?|cantama[nñ]anas|mamarrachos?)\b
unless: \b(?:anterior|antigu[oa]|previ[oa])\b
match: Su equipo es una panda de inútiles.
match: Su diseñador es un payaso.
nomatch: Nuestro antiguo proveedor era una panda de aficionados.
nomatch: Su diseñador es un genio.

id: tomando_el_pelo
weight: 3
note: «¿Me están tomando el pelo?»
regex: \b(?:me|nos)\s+(?:est[aá]n|est[aá]is|est[aá]s|est[aá])\s+tomando\s+el\s+pelo\b|\b(?:se|os)\s+(?:est[aá]n|est[aá]is)\s+riendo\s+de\s+(?:m[ií]|nosotros)\b|\b(?:me|nos)\s+toman\s+por\s+(?:tontos?|idiotas|imb[eé]ciles)\b|\bqu[eé]\s+(?:co[nñ]o|demonios|diablos|narices)\s+(?:les|os|te)\s+pasa\b
match: ¿Me están tomando el pelo?
match: ¿Qué demonios les pasa?
nomatch: Me están tomando las medidas para el traje, luego les llamo.
nomatch: ¿Qué les pasa a los enlaces del pie de página?

id: nino_haria_mejor
weight: 3
note: «Un niño lo habría hecho mejor».
regex: (?x) \b(?:un \s+ (?:ni[nñ]o|cr[ií]o|chaval|mono|chimpanc[eé]) | mi \s+ (?:hijo|perro|gato|abuela|hija)) (?:\s+ de \s+ (?:\w+|\d+) \s+ a[nñ]os)?
regex:    \s+ (?:lo \s+ |la \s+ |esto \s+ )? (?:habr[ií]a \s+ hecho|har[ií]a|hace|podr[ií]a \s+ hacer(?:lo)?) \s+ (?:mejor|igual)\b
match: Sinceramente, un niño de cinco años lo habría hecho mejor.
match: Mi perro haría mejor este logo.
nomatch: Un niño podría usar el nuevo menú, es muy sencillo.
nomatch: Un niño de cinco años hizo el dibujo de la mascota y nos encanta.

id: aficionados
weight: 3
note: Desprecio por el trabajo entregado.
regex: \btrabajo\s+de\s+(?:aficionados?|principiantes?|novatos?|chapuceros?)\b|\b(?:una|menuda|vaya|qu[eé])\s+chapuza\b|\bes\s+una\s+chapuza\b
match: Esto es un trabajo de aficionados.
match: Vaya chapuza.
nomatch: El club de fútbol aficionado necesita una web.
nomatch: Su trabajo de análisis es muy útil.

id: ni_idea
weight: 3
note: «No tienen ni idea de lo que están haciendo».
regex: \bno\s+(?:tienen|ten[eé]is|tienes|tiene)\s+(?:ni\s+)?(?:la\s+m[aá]s\s+m[ií]nima\s+)?idea\s+de\s+lo\s+que\s+(?:est[aá]n|est[aá]is|est[aá]s|est[aá])\s+haciendo\b|\bno\s+(?:saben|sab[eé]is|sabes|sabe)\s+lo\s+que\s+(?:hacen|hac[eé]is|haces|hace)\b
match: No tienen ni idea de lo que están haciendo.
match: No saben lo que hacen.
nomatch: No tienen idea de lo mucho que nos ha ayudado.
nomatch: No sé lo que prefieren ustedes.

id: verguenza
weight: 3
note: «Debería darles vergüenza».
regex: \bdeber[ií]a(?:n)?\s+(?:darles|daros|darte|darle)\s+verg[uü]enza\b|\b(?:deber[ií]an|deber[ií]ais|deber[ií]as)\s+(?:estar\s+)?avergonzad[oa]s?\b|\bqu[eé]\s+verg[uü]enza\s+(?:de\s+)?(?:trabajo|agencia|servicio|empresa)\b|\bsinverg[uü]enzas\b
match: Deberían darles vergüenza entregar algo así.
match: Qué vergüenza de trabajo.
nomatch: Es una pena que no pudiéramos vernos.
nomatch: No me da vergüenza decir que me encanta el logo.

id: grosero
weight: 3
note: Groserías dirigidas a la agencia o a su trabajo.
regex: (?x) \b(?:esto|eso|esta \s+ web|su \s+ trabajo|el \s+ dise[nñ]o|lo \s+ que \s+ (?:han|hab[eé]is|has) \s+ (?:enviado|mandado|hecho)) \s+ (?:es|son) \s+ (?:una \s+ |un \s+)? (?:mierda|porquer[ií]a|basura|bazofia|cagada)\b
regex:  | \bqu[eé] \s+ (?:mierda|porquer[ií]a|basura) \s+ (?:de|es)\b | \bv[aá]yanse \s+ a \s+ la \s+ mierda\b | \b(?:c[aá]llense|c[aá]llate|callaos)\b | \bjod(?:er|ido|idos|anse)\b
match: Esto es una mierda.
match: Lo que han enviado es basura.
nomatch: La basura se recoge los martes, según la web del ayuntamiento.
nomatch: Estamos renovando la web de una empresa de reciclaje de basura.

id: tontos_o_que
weight: 3
note: «¿Son tontos o qué?», «¿no saben leer?»
regex: \b(?:son|sois|eres|es\s+usted)\s+(?:tontos?|idiotas|imb[eé]ciles|sordos|ciegos|est[uú]pidos)\s+o\s+qu[eé]\b|\b(?:no\s+)?(?:saben|sab[eé]is|sabes)\s+leer\s*\?|\b(?:leen|le[eé]is)\s+(?:siquiera|al\s+menos)\s+mis\s+(?:correos|mensajes|emails)\b
match: ¿Son tontos o qué?
match: ¿No saben leer?
nomatch: ¿Saben leer alemán? El cliente es suizo.
nomatch: ¿Leen los correos el fin de semana? No hace falta.

id: trabajo_incompetente
weight: 3
note: El trabajo calificado de incompetente, inútil o patético.
regex: \btrabajo\s+(?:totalmente\s+|completamente\s+|realmente\s+|francamente\s+)?(?:incompetente|in[uú]til|lamentable|pat[eé]tico|penoso|de\s+incompetentes|de\s+in[uú]tiles)\b
unless: \b(?:anterior|antigu[oa]|previ[oa])\s+(?:agencia|proveedor|dise[nñ]ador|programador)\b|\b(?:agencia|proveedor|dise[nñ]ador|programador)\s+(?:anterior|antigu[oa]|previ[oa])\b
match: Es un trabajo totalmente incompetente.
match: Un trabajo de inútiles.
nomatch: La agencia anterior hacía un trabajo penoso, por eso les elegimos.
nomatch: Es un trabajo útil y bien hecho.
