# Peticiones dudosas o deshonestas: trampas contables o fiscales, reseñas
# falsas, copias, compra de seguidores o enlaces. Los casos legítimos
# (exención de IVA, contenido propio, fotos con licencia) no cuentan.

id: fuera_factura
weight: 3
note: Ocultar trabajo o pagos de la contabilidad.
regex: (?x) \bno \s+ (?:lo|la|los) \s+ (?:pongan|pong[aá]is|pongas|ponga|incluyan|incluy[aá]is|reflejen|pong[aá]is) \s+ en \s+ (?:la|nuestra|su|esta) \s+ factura\b (?= [^.?!]{0,80} \b(?:contab|cuentas|hacienda|impuest|iva|fisc|aparezca|constancia|declar))
regex:  | \bno \s+ ponerlo \s+ en \s+ (?:la|nuestra) \s+ factura\b (?= [^.?!]{0,80} \b(?:contab|cuentas|hacienda|impuest|iva|fisc|aparezca|constancia|declar))
regex:  | \b(?:pagar|pago|cobrar|cobro|trabajar) \s+ (?:\w+ \s+)? en \s+ negro\b | \bsin \s+ factura\b | \bpor \s+ debajo \s+ de \s+ la \s+ mesa\b
regex:  | \b(?:en \s+ efectivo|en \s+ met[aá]lico|en \s+ cash)\b [^.?!]{0,50}? \b(?:no \s+ quede \s+ constancia|no \s+ queda \s+ constancia|sin \s+ constancia|sin \s+ factura|sin \s+ iva|sin \s+ dejar \s+ rastro|no \s+ deja \s+ rastro)\b
match: ¿Pueden no ponerlo en la factura para que no aparezca en nuestra contabilidad?
match: Preferimos pagar en efectivo, así no queda constancia.
match: ¿Se lo podemos pagar en negro?
nomatch: Pagamos todas las facturas por transferencia, nunca en efectivo.
nomatch: No pongan el alojamiento en esta factura, lo pagaremos aparte.

id: fecha_factura
weight: 3
note: Falsear fechas.
regex: \bantedat\w*\b|\b(?:poner|pongan|pon[eé]d|ponga)\s+(?:una\s+)?fecha\s+(?:anterior|posterior|distinta|falsa|de\s+(?:otro|el)\s+a[nñ]o)\s+(?:en|a)\s+(?:la|esta|nuestra)\s+(?:factura|contrato)\b|\b(?:cambien|cambiar|cambiad|cambie|modifiquen|modificar)\s+la\s+fecha\s+(?:de|en)\s+(?:la|esta|nuestra)\s+(?:factura|contrato|presupuesto)\b
unless: \b(?:error|err[oó]ne[oa]|equivoc\w*|incorrect[oa]|errata|mal\s+puesta)\b
match: ¿Podrían poner una fecha anterior en la factura, del año pasado?
match: Cambien la fecha de la factura para que entre en el ejercicio siguiente.
nomatch: ¿Podrían cambiar la fecha de nuestra reunión?
nomatch: La fecha de la factura es errónea, ¿pueden cambiar la fecha de la factura?

id: resenas_falsas
weight: 3
note: Reseñas o testimonios falsos.
regex: \b(?:rese[nñ]as|opiniones|testimonios|valoraciones|comentarios)\s+(?:falsas?|falsos|inventad[oa]s|fictici[oa]s)\b|\bfals[oa]s\s+(?:rese[nñ]as|opiniones|testimonios|valoraciones)\b|\bhacerse\s+pasar\s+por\s+clientes\b|\b(?:escriban|escribir)\s+(?:unas|algunas)\s+(?:rese[nñ]as|opiniones)\s+(?:ustedes\s+mismos|como\s+si\s+fueran)\b
unless: \b(?:denunci\w*|report\w*|competidor\w*|quitar|eliminar|contra|detect\w*)\b
match: Escriban algunas reseñas falsas para nosotros en Google.
match: Escriban unas opiniones como si fueran clientes.
nomatch: Nuestro competidor tiene reseñas falsas, ¿podemos denunciarlas?
nomatch: Por favor, añadan las reseñas de clientes en la portada.

id: copiar
weight: 3
note: Copiar contenido o diseño ajeno.
regex: (?x) \b(?:copien|copiad|copia|copie|copiar|fusilen|fusilar|plagien|plagiar|clonen|clonar|cojan|coged|tomen|usen|utilicen|saquen)
regex:    \s+ (?:directamente \s+ | tal \s+ cual \s+ | sin \s+ m[aá]s \s+)?
regex:    (?:sus \s+ (?:\w+ \s+)? (?:textos|contenidos?|descripciones|fotos|im[aá]genes|art[ií]culos|dise[nñ]os?|logos?|v[ií]deos|fichas)
regex:      | (?:la \s+ web|los \s+ textos|las \s+ fotos|el \s+ dise[nñ]o|el \s+ logo|las \s+ fichas) \s+ de(?:l)? \s+ (?:nuestro \s+)? competidor(?:es)?)\b
unless: \b(?:nuestr[oa]s\s+(?:propi[oa]s|textos|fotos)|son\s+nuestr[oa]s|con\s+(?:su\s+)?permiso|licencia)\b
match: Copien sus descripciones de productos, nadie se va a dar cuenta.
match: ¿Pueden clonar la web del competidor?
nomatch: Copien los textos de la web antigua en las páginas nuevas, son nuestros.
nomatch: Usen sus comentarios en el acta.

id: licencia
weight: 3
note: Usar contenido sin licencia.
regex: \bno\s+hace\s+falta\s+(?:licencia|pagar\s+(?:los\s+)?derechos|pedir\s+permiso|permiso)\b|\bsin\s+(?:pagar\s+(?:los\s+)?derechos|licencia|permiso|pedir\s+permiso)\b(?=[^.?!]{0,60}\b(?:fotos?|im[aá]genes|m[uú]sica|v[ií]deos?|fuentes?|textos?)\b)|\b(?:fotos?|im[aá]genes|m[uú]sica|v[ií]deos?)\s+(?:\w+\s+){0,4}?sin\s+(?:licencia|permiso|pagar)\b|\b(?:quiten|quitar|borren|borrar|eliminen|eliminar)\s+(?:la|las|el|los)\s+(?:marcas?\s+de\s+agua|copyright|cr[eé]ditos?)\b
unless: \b(?:propias|nuestras\s+fotos|libres\s+de\s+derechos|con\s+licencia|dominio\s+p[uú]blico)\b
match: Cojan las fotos de su web, no hace falta licencia.
match: Quiten la marca de agua de la foto.
nomatch: Las fotos son de un banco de imágenes con licencia.
nomatch: No hace falta licencia para nuestras fotos propias.

id: comprar_seguidores
weight: 3
note: Seguidores, reseñas o enlaces comprados.
regex: (?x) \bcompr(?:ar|en|emos|ad|e) \s+ (?:unos \s+ | algunos \s+ | varios \s+ | \d[\d.,]*k? \s+ | unos \s+ (?:cientos|miles) \s+ de \s+ | cientos \s+ de \s+ | miles \s+ de \s+ | m[aá]s \s+)?
regex:    (?:seguidores|likes|me \s+ gusta|rese[nñ]as|enlaces|backlinks|fans|visitas|clics|suscriptores)\b
regex:  | \bgranjas? \s+ de \s+ (?:clics|enlaces|rese[nñ]as)\b | \bred(?:es)? \s+ de \s+ blogs \s+ privad[oa]s\b | \bpbn\b
unless: \bnuestros\s+clientes\s+compran\b
match: ¿Pueden comprar unos miles de seguidores para la cuenta?
match: Podríamos comprar enlaces para subir en Google.
nomatch: Nuestros clientes compran los productos a través de los enlaces del boletín.
nomatch: Compramos las fotos la semana pasada.

id: hacienda
weight: 3
note: Eludir impuestos.
regex: \b(?:evadir|defraudar|esquivar|escaquearse\s+de|no\s+declarar)\s+(?:a\s+)?(?:hacienda|impuestos?|el\s+iva|iva|los\s+impuestos|el\s+fisco|los\s+ingresos)\b|\bsin\s+iva\b(?=[^.?!]{0,40}\b(?:efectivo|met[aá]lico|cash|negro)\b)|\bque\s+hacienda\s+no\s+se\s+entere\b
unless: \b(?:exent[oa]s?|exenci[oó]n|inversi[oó]n\s+del\s+sujeto\s+pasivo|legalmente)\b
match: ¿Podemos no declarar los ingresos este año?
match: Sin IVA si pagamos en efectivo, ¿vale?
nomatch: Estamos exentos de IVA, así que no lo añadan a la factura; adjuntamos el certificado.
nomatch: Hay que declarar el IVA antes del día 20.
