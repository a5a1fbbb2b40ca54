# Rechazo sistemático de las recomendaciones, sin compromiso.

id: no_lo_haremos
weight: 1
note: Un «no» seco.
regex: (?x) \bno \s* [,.!]? \s* (?:eso \s+ | esto \s+)? no \s+ (?:lo \s+ | la \s+)? (?:vamos \s+ a \s+ (?:hacer|cambiar|tocar)|haremos|cambiaremos|tocamos|hacemos)\b
regex:  | \bde \s+ ninguna \s+ manera\b | \bni \s+ (?:hablar|de \s+ broma|loco|locos|pensarlo)\b
match: No, eso no lo vamos a hacer.
match: Ni hablar de cambiar el menú.
nomatch: No, gracias, no necesitamos el alojamiento adicional.
nomatch: No lo hacemos nosotros, lo hace la imprenta.

id: ninguna_convence
weight: 1
note: Rechazar todas las opciones.
regex: (?x) \bningun[oa]? \s+ de \s+ (?:las|los|estas|estos|sus) \s+ (?:propuestas|opciones|ideas|dise[nñ]os|bocetos|versiones|sugerencias|recomendaciones|alternativas|logos|maquetas)
regex:    \s+ (?:que \s+ (?:han|hab[eé]is) \s+ (?:enviado|propuesto|mandado) \s+)? (?:nos \s+ | me \s+)? (?:convence|gusta|sirve|vale|funciona|encaja)\b
regex:  | \bno \s+ (?:me|nos) \s+ gusta \s+ ningun[oa]? \s+ de \s+ (?:las|los|estas|estos|sus) \s+ (?:propuestas|opciones|ideas|dise[nñ]os|bocetos|versiones|logos|maquetas)\b
match: Ninguna de las propuestas nos convence.
match: No me gusta ninguno de los diseños que han enviado.
nomatch: Ninguno de los enlaces del boletín funciona.
nomatch: Nos gustan las dos opciones, es difícil elegir.

id: no_es_lo_que_queremos
weight: 1
note: «Eso no es lo que queremos».
regex: \b(?:eso|esto)\s+no\s+es\s+(?:para\s+nada\s+|en\s+absoluto\s+)?lo\s+que\s+(?:queremos|quer[ií]amos|quiero|quer[ií]a|buscamos|buscaba|necesitamos|esper[aá]bamos)\b(?!\s+decir)|\bno\s+es\s+(?:para\s+nada|en\s+absoluto)\s+lo\s+que\s+(?:queremos|quer[ií]amos)\b
match: Eso no es para nada lo que queremos.
match: Esto no es lo que buscamos.
nomatch: No es lo que quería decir, perdón por la confusión.
nomatch: Esto es lo que queríamos, gracias.

id: mantener_enfoque
weight: 1
note: Mantener lo existente contra el consejo de la agencia.
regex: \b(?:vamos\s+a|preferimos|queremos|seguiremos\s+con|nos\s+quedamos\s+con)\s+(?:mantener\s+|conservar\s+|seguir\s+con\s+)?(?:nuestro|nuestra|nuestros|el|la|los)\s+(?:enfoque|forma\s+de\s+trabajar|m[eé]todo|sistema|web|logo|estrategia|dise[nñ]o|proceso)\s+(?:actual|actuales|de\s+siempre|existente|original)\b
match: Vamos a mantener nuestro enfoque actual.
match: Nos quedamos con el diseño de siempre.
nomatch: Nos ceñimos al calendario acordado.
nomatch: Mantuvimos el alojamiento actual, como nos aconsejaron.

id: no_de_acuerdo
weight: 1
note: Desacuerdo con la recomendación.
regex: \bno\s+(?:estoy|estamos)\s+(?:nada\s+|para\s+nada\s+|en\s+absoluto\s+)?de\s+acuerdo\s+con\s+(?:su|sus|esta|estas|este|estos|la|las|el|los|vuestra|vuestras|vuestro|vuestros)\s+(?:\w+\s+)?(?:recomendaci[oó]n|recomendaciones|propuestas?|sugerencias?|consejos?|an[aá]lisis|enfoque|criterio|planteamiento)\b
match: No estoy de acuerdo con su recomendación, mantenemos las URL antiguas.
match: No estamos para nada de acuerdo con este análisis.
unless: \bley\b
nomatch: Estoy de acuerdo con su recomendación.
nomatch: No estamos de acuerdo con la nueva ley tampoco.

id: no_interesan
weight: 1
note: Despreciar las sugerencias.
regex: \bno\s+(?:me|nos)\s+interesan?\s+(?:sus|vuestras|estas|las)\s+(?:sugerencias|ideas|recomendaciones|propuestas|opiniones|consejos)\b|\b(?:sus|vuestras)\s+(?:sugerencias|ideas|recomendaciones|propuestas|opiniones|consejos)\s+(?:\w+\s+){0,4}?no\s+(?:me|nos)\s+interesan\b
match: No me interesan sus sugerencias sobre los textos.
match: Sus ideas para la portada no nos interesan.
nomatch: No nos interesa el alojamiento adicional.
nomatch: Me interesan mucho sus sugerencias sobre los textos.

id: olvidense
weight: 1
note: Enterrar una propuesta.
regex: \bolv[ií]d(?:ense|aos|ate|ese)\s+de\s+(?:la|esa|esta|su|vuestra)\s+(?:idea|propuesta|sugerencia|recomendaci[oó]n)\b|\beso\s+no\s+va\s+a\s+pasar\b|\bno\s+va\s+a\s+suceder\b
match: Olvídense de la idea del blog.
match: Eso no va a pasar.
nomatch: No se olviden de la idea del tablero para el taller del lunes.
nomatch: ¿El lanzamiento? Va a pasar la semana que viene.

id: no_seguiremos
weight: 1
note: Negarse a seguir el consejo.
regex: \bno\s+(?:vamos\s+a\s+seguir|seguiremos|vamos\s+a\s+aplicar|aplicaremos|vamos\s+a\s+hacer\s+caso\s+a|haremos\s+caso\s+a)\s+(?:su|sus|este|estos|vuestro|vuestros|esa|esas)\s+(?:consejos?|recomendaci[oó]n|recomendaciones|sugerencias?|propuestas?)\b
match: No vamos a seguir su consejo en este punto.
match: No aplicaremos sus recomendaciones.
nomatch: Vamos a seguir su consejo en este punto.
nomatch: Seguiremos las recomendaciones de la auditoría.
