# Peticiones fuera del alcance acordado. Las peticiones rutinarias («¿podrían
# enviar también la factura?») no cuentan.

id: anadir_tambien
weight: 1
note: «¿Podrían añadir también ...?»
regex: (?x) \b(?:podr[ií]an|pueden|podr[ií]as|puedes|podr[ií]a|puede|podr[ií]ais|pod[eé]is) \s+ (?:tambi[eé]n \s+ | adem[aá]s \s+)?
regex:    (?:a[nñ]adir|agregar|crear|hacer(?:nos)?|rehacer|dise[nñ]ar|desarrollar|integrar|gestionar|traducir|montar|encargarse|encargaros|ocuparse|redactar|grabar|migrar|construir|implementar)(?:nos|me|lo|la|los|las)?
regex:    \s+ (?:tambi[eé]n|adem[aá]s|de \s+ paso)\b
regex:  | \b(?:podr[ií]an|pueden|podr[ií]as|puedes|podr[ií]ais|pod[eé]is) \s+ (?:tambi[eé]n|adem[aá]s|de \s+ paso) \s+ (?:a[nñ]adir|agregar|crear|rehacer|dise[nñ]ar|desarrollar|integrar|gestionar|traducir|montar|encargarse|ocuparse|redactar|grabar|migrar|construir|implementar)\b
# No es ampliación cuando la petición trata de un documento o una reunión:
# la palabra debe estar en la petición misma (tras «también», en la misma
# frase, con artículo); «sin presupuesto» o «ya veremos el presupuesto» cuentan.
unless: (?x) \b(?:tambi[eé]n|adem[aá]s|de \s+ paso) \s+ (?:(?!\b(?:y|pero|luego|sin|no|fuera|ya|veremos)\b)[^,;:.?!…])*? \b(?:el|la|los|las|un|una|unos|unas|del|al|nuestro|nuestra|nuestros|nuestras|su|sus|este|esta|estos|estas|mi|mis)\s+ (?:facturas?|presupuestos?|recibos?|orden(?:es)?\s+del\s+d[ií]a|agendas?|reuni[oó]n(?:es)?|llamadas?|pedidos?|contratos?|actas?)\b
match: ¿Podrían añadir también una sección de blog?
match: ¿Podrían encargarse también de nuestro boletín?
match: ¿Podrían añadir también una página de empleo? Ya veremos el presupuesto.
match: ¿Pueden crear también una tienda online sin presupuesto nuevo?
match: ¿Podrían rehacer también el pie de página y ya veremos el presupuesto más adelante?
nomatch: ¿Podrían enviar también la factura de marzo?
nomatch: ¿Podrían añadir también el número de pedido en la factura?
nomatch: ¿Podrían añadir también el IVA al presupuesto?
nomatch: ¿Pueden añadir también a Marta a la reunión del jueves?

id: ya_que_estan
weight: 1
note: «Ya que están ...»
regex: \bya\s+que\s+(?:est[aá]n|est[aá]is|est[aá]s|est[aá])(?:\s+(?:con\s+ello|en\s+ello|con\s+eso|metid[oa]s|trabajando\s+en\s+ello))?\s*,|\bya\s+que\s+(?:est[aá]n|est[aá]is)\s+(?:con\s+ello|en\s+ello|metid[oa]s)\b|\baprovechando\s+que\s+(?:est[aá]n|est[aá]is)\s+(?:con\s+ello|en\s+ello|metid[oa]s)\b
match: Ya que están, ¿pueden rehacer también la intranet?
match: Aprovechando que están con ello, cambien el pie de página.
nomatch: Ya que están en Madrid, pasen a vernos.
nomatch: Mientras estaban de vacaciones cambiamos los precios.

id: una_cosa_mas
weight: 1
note: «Una cosa más» seguida de una nueva petición.
regex: \b(?:una|otra)\s+(?:cosa|cosita|petici[oó]n)\s+m[aá]s\b(?=[^.?!]{0,80}\b(?:a[nñ]adir|agregar|tambi[eé]n|adem[aá]s|necesit\w+|quer\w+|versi[oó]n|p[aá]gina|secci[oó]n|funci[oó]n|nuev[oa])\b)|\buna\s+[uú]ltima\s+cosa\b(?=[^.?!]{0,80}\b(?:a[nñ]adir|tambi[eé]n|necesit\w+|quer\w+|versi[oó]n|p[aá]gina|secci[oó]n)\b)
match: Una cosa más, necesitamos también una versión en inglés de la web.
match: Otra cosita más: queremos una página de empleo.
nomatch: Una cosa más: la dirección de la factura está mal.
nomatch: Una última cosa, gracias por todo su trabajo este año.

id: anadir_al_proyecto
weight: 1
note: Añadir entregables al proyecto.
regex: (?x) \b(?:podemos|podr[ií]amos|se \s+ puede|se \s+ podr[ií]a) \s+ (?:tambi[eé]n \s+)? (?:a[nñ]adir|agregar|incluir|meter|sumar) (?:\s+ tambi[eé]n)?
regex:    \s+ (?:una?|otr[oa]s?|dos|tres|unas?|algun[oa]s?|m[aá]s) \s+ (?:\w+ \s+)? (?:tienda|secci[oó]n|p[aá]ginas?|funcionalidad(?:es)?|m[oó]dulo|app|aplicaci[oó]n|blog|idioma|versi[oó]n|[aá]rea|foro|v[ií]deos?|chat|sistema|bolet[ií]n|reservas?|pasarela|intranet)\b
unless: \b(?:orden\s+del\s+d[ií]a|factura|reuni[oó]n|acta|agenda)\b
match: ¿Podemos añadir una tienda online al proyecto?
match: ¿Podríamos incluir también un área de clientes?
nomatch: ¿Podemos añadir un punto al orden del día?
nomatch: ¿Podemos añadir una sección de precios al acta de la reunión?

id: pequeno_cambio
weight: 1
note: Minimizar el trabajo pedido.
regex: (?x) \b(?:es|solo \s+ es|s[oó]lo \s+ es|no \s+ es \s+ m[aá]s \s+ que) \s+ (?:solo \s+ | s[oó]lo \s+ | simplemente \s+)? (?:un|una) \s+ (?:peque[nñ]o|peque[nñ]a|min[uú]sculo|simple|r[aá]pido|ligero|cambiecito|retoquito|cosita|tonter[ií]a) (?:\s+ (?:cambio|ajuste|retoque|a[nñ]adido|cosa|correcci[oó]n))?\b
regex:  | \bno \s+ (?:les|os|te|le) \s+ (?:llevar[aá]|va \s+ a \s+ llevar|costar[aá]) \s+ m[aá]s \s+ de \s+ (?:cinco|5|diez|10|dos|2|unos) \s+ minutos\b
regex:  | \bes \s+ cosa \s+ de \s+ (?:cinco|5|diez|10|dos|2) \s+ minutos\b
match: Es solo un pequeño cambio, no les llevará más de cinco minutos.
match: Es cosa de cinco minutos.
nomatch: Hemos hecho algunos pequeños cambios en el brief, va adjunto.
nomatch: La migración lleva unas horas, ténganlo en cuenta.

id: fuera_presupuesto
weight: 1
note: Pedir algo sabiendo que no estaba previsto.
regex: (?x) \b(?:s[eé]|sabemos|aunque|ya \s+ s[eé]|s[eé] \s+ que|sabemos \s+ que) \s+ (?:que \s+)? no \s+ (?:estaba|entraba|est[aá]|entra|iba) \s+ (?:incluid[oa] \s+)? (?:en \s+ el|dentro \s+ del|en \s+ nuestro|en \s+ su) \s+ (?:presupuesto|contrato|alcance|encargo|brief|proyecto)\b
regex:  | \bfuera \s+ de(?:l)? \s+ (?:presupuesto|alcance|contrato) \s* ,? \s* pero\b
match: Sé que no estaba en el presupuesto, pero ¿pueden rehacer el folleto?
match: Está fuera del alcance, pero lo necesitamos.
nomatch: Como no estaba en el presupuesto, envíennos una estimación aparte.
unless: \b(?:estimaci[oó]n|presupuesto\s+aparte|cotizaci[oó]n)\b
nomatch: El alcance está descrito en el contrato.

id: ampliar_alcance
weight: 1
note: Ampliar el alcance.
regex: \b(?:ampliar|extender|aumentar)\s+(?:el|nuestro)\s+alcance\b|\ba[nñ]adir\s+(?:esto|eso)\s+al\s+(?:alcance|proyecto)\b
match: Queremos ampliar el alcance a las redes sociales.
match: ¿Pueden añadir esto al proyecto?
nomatch: El alcance del proyecto está descrito en el contrato.
nomatch: Reduciremos el alcance si baja el presupuesto.

id: paginas_mas
weight: 1
note: Entregables adicionales.
regex: \b(?:dos|tres|cuatro|unas|algunas|varias|dos\s+o\s+tres|una\s+o\s+dos)\s+(?:p[aá]ginas|secciones|versiones|v[ií]deos|art[ií]culos|banners|landings|funcionalidades|idiomas|maquetas)\s+(?:m[aá]s|adicionales|extra)\b|\b(?:dos|tres|unos|algunos|varios)\s+(?:dise[nñ]os|banners|art[ií]culos|v[ií]deos|idiomas)\s+(?:m[aá]s|adicionales|extra)\b
unless: \b(?:presupuesto|precio|cu[aá]nto|tarifa|cotizaci[oó]n|factura|semana\s+pasada|ayer)\b
match: ¿Nos podrían añadir dos o tres páginas más?
match: Necesitamos tres páginas adicionales.
nomatch: ¿Nos podrían enviar un presupuesto para las dos páginas adicionales?
nomatch: Las páginas adicionales están publicadas desde ayer.
