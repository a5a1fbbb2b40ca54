# Cambios de opinión: decisiones revocadas, vuelta a versiones anteriores.

id: cambie_de_opinion
weight: 1
note: «He cambiado de opinión».
regex: \b(?:he|hemos|ha)\s+cambiado\s+de\s+(?:opini[oó]n|idea|parecer)\b|\bcambi[eé]\s+de\s+(?:opini[oó]n|idea)\b|\bcambiamos\s+de\s+(?:opini[oó]n|idea)\b(?!\s*[,.]?\s*ser[aá])|\bcambio\s+de\s+planes\b
unless: \bno\s+cambiamos\b
match: Al final he cambiado de opinión sobre los colores.
match: Cambio de planes: lo queremos en verde.
nomatch: No cambiamos de opinión, será la opción B.
nomatch: He cambiado mi contraseña, ¿pueden actualizar el acceso?

id: volver_a
weight: 1
note: Volver a una versión anterior.
regex: (?x) \b(?:volvamos|volvemos|podemos \s+ volver|podr[ií]amos \s+ volver|queremos \s+ volver|quiero \s+ volver|mejor \s+ volvemos|regresemos|regresamos)
regex:    \s+ (?:a \s+ la|al|a \s+ los|a \s+ las|a \s+ nuestro|a \s+ nuestra) \s+ (?:primer[oa]?|antigu[oa]s?|anterior(?:es)?|original(?:es)?|inicial(?:es)?|versi[oó]n \s+ (?:anterior|original|inicial)|(?:\w+ \s+){1,2}? (?:antigu[oa]|anterior|original|de \s+ antes|que \s+ ten[ií]amos))\b
regex:  | \bque \s+ ten[ií]amos \s+ antes\b | \b(?:lo \s+ dejamos|dej[eé]moslo|d[eé]jenlo) \s+ como \s+ estaba\b
match: Volvamos a la primera versión del logo.
match: ¿Podemos volver al tema azul que teníamos antes?
nomatch: Volvamos al orden del día del martes.
nomatch: Lo consulto con mi equipo y les confirmo.

id: olviden_lo_que
weight: 1
note: Retirar una instrucción.
regex: \bolv[ií]d(?:en|ad|a|e)\s+lo\s+que\s+(?:les|os|te|le)\s+(?:dije|escrib[ií]|ped[ií])\b|\b(?:ignoren|ignorad|ignora|ignore|no\s+tengan\s+en\s+cuenta)\s+mi\s+(?:[uú]ltimo|anterior)\s+(?:correo|mensaje|email|mail)\b|\bhagan\s+como\s+si\s+no\s+(?:hubiera|hubi[eé]ramos)\s+dicho\s+nada\b
match: Olviden lo que les dije ayer del menú.
match: Ignoren mi último correo, lo dejamos como estaba.
nomatch: No olviden lo que hablamos del presupuesto.
nomatch: Tengan en cuenta mi último correo para la factura.

id: pensandolo_mejor
weight: 1
note: Rectificar.
regex: \bpens[aá]ndolo\s+(?:mejor|bien)\b|\b(?:despu[eé]s\s+de\s+pensarlo|tras\s+pensarlo|bien\s+pensado)\s*,?\s*(?:preferimos|prefiero|mejor|no\b|volvemos|nos\s+quedamos|lo\s+dejamos|cambiamos)|\bal\s+final\s*,?\s*no\b|\bnos\s+lo\s+hemos\s+repensado\b
match: Pensándolo mejor, no lanzamos el blog.
match: Después de pensarlo, preferimos la versión anterior.
nomatch: Después de pensarlo, aprobamos su propuesta.
nomatch: Al final todo está listo para el lunes.

id: diseno_antiguo
weight: 1
note: Recuperar la versión antigua.
regex: \b(?:volvemos\s+al?|recuperamos|preferimos|queremos|retomamos)\s+(?:el|la|los|las)?\s*(?:dise[nñ]o|versi[oó]n|logo|maqueta|texto|men[uú]|colores?|estructura)\s+(?:antigu[oa]s?|anterior(?:es)?|original(?:es)?|de\s+antes)\b|\bhemos\s+dado\s+muchas\s+vueltas\b
unless: \b(?:url|direcciones)\b.{0,30}\bredirij
match: Al final no, volvemos al diseño antiguo.
match: Queremos la versión anterior.
nomatch: Queremos que las URL antiguas redirijan a las nuevas.
nomatch: Retomamos el trabajo el lunes.
