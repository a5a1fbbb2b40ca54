# Quejas sobre el trabajo o el servicio, incluso por detalles.

id: decepcionado
weight: 1
note: Decepción con el trabajo o el servicio.
regex: (?x) \b(?:estoy|estamos|me \s+ siento|nos \s+ sentimos|he \s+ quedado|hemos \s+ quedado|qued[eé]|quedamos)
regex:    \s+ (?:(?:muy|realmente|bastante|profundamente|tremendamente|algo|un \s+ poco|cada \s+ vez \s+ m[aá]s|totalmente|sumamente)\s+)*
regex:    (?:decepcionad[oa]s?|descontent[oa]s?|insatisfech[oa]s?|disgustad[oa]s?|defraudad[oa]s?)
regex:    \s+ (?:con|por) \s+ (?:ustedes|usted|vosotros|su\b|sus\b|lo \s+ que|c[oó]mo|el \s+ (?:servicio|trabajo|resultado|logo|dise[nñ]o|informe|seguimiento|[uú]ltimo|nuevo)|la \s+ (?:[uú]ltima|nueva|calidad|entrega|versi[oó]n|web|p[aá]gina|atenci[oó]n|comunicaci[oó]n|forma)|los \s+ (?:resultados|plazos|[uú]ltimos)|las \s+ [uú]ltimas|este|esta|esto)\b
match: Estoy muy decepcionado con la última versión.
match: Estamos muy descontentos con el servicio.
nomatch: Nos decepcionó la feria, pero su charla estuvo muy bien.
nomatch: No estoy nada decepcionado, solo quería saber el calendario.
nomatch: No estoy descontento con el boceto, solo necesita unos retoques.

id: no_satisfecho
weight: 1
note: «No estoy satisfecho con ...»
regex: \bno\s+(?:estoy|estamos|quedamos|qued[eé])\s+(?:nada\s+|muy\s+|del\s+todo\s+|totalmente\s+|para\s+nada\s+)?(?:satisfech[oa]s?|content[oa]s?|convencid[oa]s?|conforme?s?)\s+(?:para\s+nada\s+)?(?:con|por)\b
unless: \bno\s+es\s+culpa\s+suya\b|\bnada\s+que\s+ver\s+con\s+ustedes\b
match: No estoy satisfecho con el logo.
match: No estamos nada convencidos con el boceto.
nomatch: Estoy satisfecho con el logo.
nomatch: No estamos contentos con la nueva ley fiscal, pero no es culpa suya.

id: otra_vez
weight: 1
note: Un problema que vuelve.
regex: (?x) \b(?:otra \s+ vez|una \s+ vez \s+ m[aá]s|de \s+ nuevo)\b (?= [^.?!]{0,60} \b(?:tarde|retraso|error|errores|errata|mal|fallo|roto|rota|ca[ií]d[oa]|falta|olvid|problema))
regex:  | \bpor \s+ (?:segunda|tercera|cuarta|quinta|en[eé]sima|\d+[ªa]) \s+ vez\b | \bes \s+ la \s+ (?:segunda|tercera|cuarta|quinta|en[eé]sima|\d+[ªa]) \s+ vez\b
unless: \b(?:gracias|enhorabuena|felicidades|placer|encantad[oa]s?|genial)\b
match: Otra vez el informe ha llegado tarde.
match: Es la tercera vez que señalo la misma errata.
nomatch: Una vez más, gracias por su ayuda.
nomatch: Fue un placer trabajar con ustedes una vez más.

id: volvia_errores
weight: 1
note: «otra vez errores», «volvía a tener errores».
regex: \b(?:volv[ií]a|vuelve|volvi[oó]|ha\s+vuelto)\s+a\s+(?:(?:tener|haber|salir|aparecer)\s+(?:\w+\s+){0,2}?(?:errores|erratas|fallos|problemas)|fallar|estar\s+(?:mal|ca[ií]d[oa]|rot[oa]))\b|\b(?:errores|erratas|fallos)\s+otra\s+vez\b|\bel\s+mismo\s+(?:error|fallo|problema)\s+(?:otra\s+vez|de\s+siempre|que\s+la\s+[uú]ltima\s+vez)\b
unless: \b(?:gracias|pedido|cliente\s+vuelve|stock)\b
match: La factura volvía a tener errores.
match: El mismo error de siempre.
nomatch: Gracias por volver a revisar los errores.
nomatch: El cliente vuelve a tener stock el lunes.

id: inaceptable
weight: 1
note: «inaceptable», «intolerable».
regex: \b(?<!no\s)(?<!nada\s)inaceptable\b|\bno\s+es\s+aceptable\b|\bintolerable\b|\bes\s+una\s+verg[uü]enza\b|\bes\s+un\s+(?:esc[aá]ndalo|despropósito|desprop[oó]sito)\b
unless: \bser[ií]a\s+(?:\w+\s+)?inaceptable\s+para\s+(?:nuestros|los)\s+(?:clientes|usuarios|visitantes)\b
match: La calidad es inaceptable desde hace semanas.
match: Esto no es aceptable.
nomatch: Sería inaceptable para nuestros clientes esperar diez segundos, optimicen la página por favor.
nomatch: El boceto es aceptable, adelante.

id: frustrante
weight: 1
note: Frustración con la agencia.
regex: \b(?:muy|realmente|bastante|tremendamente|super|s[uú]per|algo)\s+(?:frustrante|molesto|irritante|pesado|cansino|agotador)\b|\b(?:estoy|estamos)\s+(?:muy\s+|un\s+poco\s+|bastante\s+)?(?:harto|harta|hartos|hartas|cansad[oa]s?|quemad[oa]s?)\s+de\b
unless: \bpara\s+(?:nuestros|los)\s+(?:clientes|usuarios|visitantes)\b|\bde\s+(?:viajar|trabajar|la\s+lluvia)\b
match: Los colores siguen estando mal, es muy frustrante.
match: Estoy harto de tener que revisarlo todo.
nomatch: El antiguo proceso de pago era muy frustrante para nuestros clientes, el nuevo es genial.
nomatch: Estoy cansado de viajar, esta semana trabajo desde casa.

id: siempre_tengo_que
weight: 1
note: Tener que recordar o perseguir siempre.
regex: \bpor\s+qu[eé]\s+(?:siempre\s+)?(?:tengo|tenemos)\s+que\s+(?:record|pedir|insistir|repetir|revisar|corregir|perseguir|estar\s+encima)\w*|\b(?:siempre|constantemente|una\s+y\s+otra\s+vez)\s+(?:tengo|tenemos)\s+que\s+(?:record|pedir|insistir|repetir|revisar|corregir|perseguir|estar\s+encima)\w*|\bcu[aá]ntas\s+veces\s+(?:tengo|tenemos|hay)\s+que\s+(?:decir|repetir|pedir|explicar)\w*
match: ¿Por qué siempre tengo que recordarles los plazos?
match: ¿Cuántas veces tengo que repetirlo?
nomatch: Siempre tenemos que validar los textos con el departamento legal.
nomatch: ¿Cuántas veces al mes publican?

id: sigue_mal
weight: 1
note: Una corrección que no se hizo.
regex: \bsigue(?:n)?\s+(?:estando\s+)?(?:mal|sin\s+(?:funcionar|arreglar|corregir)|rot[oa]s?|ca[ií]d[oa]s?|fallando|igual\s+de\s+mal)\b|\btodav[ií]a\s+no\s+(?:funciona|est[aá]\s+(?:arreglad[oa]|corregid[oa]))\b
match: Los colores siguen estando mal.
match: El formulario sigue sin funcionar.
nomatch: El formulario sigue funcionando bien en el móvil.
nomatch: ¿Sigue disponible el formulario tras el lanzamiento?

id: chapucero
weight: 1
note: Calidad juzgada mala.
regex: \b(?:trabajo|servicio|resultado|entrega|acabado)\s+(?:muy\s+|bastante\s+)?(?:chapucero|mediocre|deficiente|lamentable|p[eé]simo|nefasto|descuidado)\b|\b(?:calidad|atenci[oó]n|seguimiento)\s+(?:es\s+|ha\s+sido\s+)?(?:muy\s+|bastante\s+)?(?:p[eé]sim[oa]|deficiente|lamentable|nefast[oa]|mediocre)\b
unless: \b(?:anterior|antigu[oa]|previ[oa])\s+(?:agencia|proveedor|dise[nñ]ador|programador)\b|\b(?:agencia|proveedor|dise[nñ]ador|programador)\s+(?:anterior|antigu[oa]|previ[oa])\b|\bbanco\b
match: Es un trabajo chapucero.
match: El seguimiento ha sido pésimo.
nomatch: Nuestra antigua agencia hacía un trabajo chapucero, estamos contentos de haber cambiado.
nomatch: La atención al cliente del banco es pésima, pero no es asunto suyo.

id: no_es_lo_que_pedimos
weight: 1
note: Un entregable que no corresponde al encargo.
regex: \b(?:esto|eso|estos|esos)\s+no\s+(?:es|son)\s+(?:para\s+nada\s+|en\s+absoluto\s+)?lo\s+que\s+(?:pedimos|ped[ií]|hab[ií]amos\s+pedido|encargamos|encargu[eé]|acordamos|aprobamos|contratamos)\b
match: Esto no es lo que pedimos.
match: Eso no es para nada lo que encargamos.
nomatch: Esto es lo que pedimos, gracias.
nomatch: No es lo que quería decir.
