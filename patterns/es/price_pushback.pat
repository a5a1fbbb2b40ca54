# Resistencia al precio: demasiado caro, descuentos, «más barato en otro sitio».

id: demasiado_caro
weight: 1
note: Precio juzgado demasiado alto.
regex: (?x) \b(?:precio|precios|tarifas?|presupuesto|coste|costo|importe|factura|honorarios|cuota|oferta|propuesta|esto|eso)
regex:    \s+ (?:(?:es|son|parece|parecen|me \s+ parece|nos \s+ parece|resulta|resultan|sigue \s+ siendo|francamente|realmente|est[aá]|est[aá]n)\s+)+
regex:    (?:demasiado|muy|excesivamente|bastante|un \s+ poco|algo|s[uú]per) \s+ (?:car[oa]s?|alt[oa]s?|elevad[oa]s?|cost[oa]s[oa]s?)\b
regex:  | \b(?:es|son|sale|salen|resulta) \s+ (?:demasiado|excesivamente) \s+ car[oa]s?\b
regex:  | \bcar[ií]sim[oa]s?\b
unless: \b(?:nuestros?|mis)\s+(?:propios\s+)?(?:precios?|tarifas)\b|\bno\s+es\s+(?:nada\s+|tan\s+|muy\s+|demasiado\s+)?car[oa]\b|\b(?:antigua|anterior)\s+(?:agencia|proveedor)\b|\b(?:calidad|nivel|exigencia|tr[aá]fico|demanda|rebote)\b
match: Su presupuesto es demasiado caro.
match: Sus tarifas son demasiado altas para una empresa pequeña como la nuestra.
match: Nos sale carísimo.
nomatch: Nuestros propios precios son demasiado altos frente a la competencia.
nomatch: No es caro, adelante.
nomatch: Su presupuesto no es nada caro para el trabajo que supone.

id: bajar_precio
weight: 1
note: Pedir una rebaja.
regex: \b(?:bajar|rebajar|reducir|ajustar|mejorar|revisar\s+a\s+la\s+baja)\s+(?:un\s+poco\s+)?(?:el|su|sus|los|la|vuestro|vuestra)\s+(?:precio|precios|tarifa|tarifas|presupuesto|importe|honorarios|factura)\b|\bun\s+mejor\s+precio\b|\bun\s+esfuerzo\s+(?:en\s+el\s+precio|con\s+el\s+precio)\b
unless: \b(?:proveedor|imprenta|banco|alojamiento)\b
match: ¿Pueden bajar un poco el precio?
match: ¿Nos pueden hacer un mejor precio?
nomatch: ¿Pueden bajar el volumen del vídeo de fondo?
nomatch: ¿Pueden reducir el tamaño de las imágenes?

id: mas_barato
weight: 1
note: Otros lo harían más barato.
regex: (?x) \bm[aá]s \s+ barato \s+ en \s+ otr[oa] \s+ (?:sitio|parte|lado|agencia)\b | \b(?:por|a) \s+ (?:la \s+)? mitad \s+ de(?:l)? \s+ precio\b
regex:  | \b(?:otr[oa]|otr[oa]s) \s+ (?:freelances?|agencias?|proveedor(?:es)?|dise[nñ]ador(?:es)?|programador(?:es)?) \s+ (?:nos \s+)? (?:lo \s+)? (?:hace|hacen|har[ií]a|har[ií]an|ofrece|ofrecen|cobra|cobran) \s+ (?:lo \s+ mismo \s+)? (?:por \s+)? (?:menos|la \s+ mitad|mucho \s+ menos|m[aá]s \s+ barato)\b
match: Lo encontramos más barato en otro sitio.
match: Otro freelance nos lo hace por la mitad de precio.
nomatch: Hemos encontrado vuelos más baratos para el equipo.
nomatch: La mitad del proyecto ya está publicada.

id: presupuesto
weight: 1
note: Por encima del presupuesto del cliente.
regex: \b(?:por\s+encima|fuera)\s+de\s+(?:nuestro|mi)\s+presupuesto\b|\b(?:supera|excede|sobrepasa)\s+(?:con\s+creces\s+|claramente\s+)?(?:nuestro|mi)\s+presupuesto\b|\bno\s+(?:nos\s+)?(?:lo\s+)?podemos\s+permitir\b
match: Eso está muy por encima de nuestro presupuesto.
match: No nos lo podemos permitir.
nomatch: Nuestro presupuesto para el proyecto es de 5.000 euros.
nomatch: No podemos permitir que la web vaya lenta.
unless: \bpermitir\s+que\b

id: no_pagaremos
weight: 1
note: Negarse a pagar un importe.
regex: \bno\s+(?:vamos\s+a|voy\s+a|pienso|pensamos)\s+pagar\s+(?:tanto|eso|esa\s+cantidad|ese\s+precio|por\s+eso|m[aá]s)\b|\bno\s+(?:pagaremos|pagar[eé])\s+(?:tanto|eso|esa\s+cantidad|ese\s+precio|por\s+eso|m[aá]s)\b
match: No vamos a pagar tanto por una simple página.
match: No pienso pagar por eso.
nomatch: Pagaremos la factura el viernes.
nomatch: No vamos a pagar con cheque, solo por transferencia.

id: descuento
weight: 1
note: Pedir un descuento.
regex: \b(?:un|alg[uú]n|alguna|peque[nñ]o|una)\s+(?:descuento|rebaja|precio\s+especial)\b|\bprecio\s+de\s+amigo\b
unless: \b(?:nuestros\s+clientes|c[oó]digo|campa[nñ]a)\b
match: ¿Nos pueden hacer un descuento si firmamos por un año?
match: ¿Hay algún precio especial para nosotros?
nomatch: El código de descuento no funciona en la página de pago.
nomatch: Lanzamos una campaña de descuentos el mes que viene.

id: incluido
weight: 1
note: Creer que el trabajo estaba incluido.
regex: \b(?:pensaba|pens[aá]bamos|cre[ií]a|cre[ií]amos|entend[ií]a|entend[ií]amos|supon[ií]a|supon[ií]amos)\s+que\s+(?:esto|eso|esto\s+ya|eso\s+ya)?\s*(?:estaba|ven[ií]a|iba|entraba)\s+(?:ya\s+)?(?:incluid[oa]|dentro|gratis)\b|\bdeber[ií]a\s+(?:estar|haber\s+estado)\s+incluid[oa]\b
match: Pensaba que esto estaba incluido en la cuota mensual.
match: Debería estar incluido.
nomatch: ¿El alojamiento está incluido en la cuota mensual?
nomatch: Pensaba que la reunión era el martes.

id: gratis
weight: 1
note: Pedir trabajo gratis.
regex: \bhacer(?:lo|la|los|nos\s+esto)?\s+gratis\b|\bcomo\s+favor\b|\bsin\s+cobrar(?:l[oa]s?|nos)?\b|\bde\s+regalo\b(?=[^.?!]{0,40}\b(?:p[aá]gina|cambio|versi[oó]n|dise[nñ]o)\b)
match: ¿Podrían hacerlo gratis, como favor?
match: ¿Pueden añadir la página sin cobrarla?
nomatch: El webinar es gratuito.
nomatch: Para agradecérselo, queremos invitarles a comer.

id: mas_caro_de_lo_esperado
weight: 1
note: Precio por encima de lo esperado.
regex: \bm[aá]s\s+(?:car[oa]s?|alt[oa]s?|elevad[oa]s?)\s+(?:de\s+lo\s+(?:esperado|previsto|presupuestado|que\s+(?:pens[aá]bamos|esper[aá]bamos|cre[ií]amos))|que\s+(?:lo\s+previsto|el\s+a[nñ]o\s+pasado|la\s+[uú]ltima\s+vez))\b
unless: \b(?:tr[aá]fico|ventas|visitas|conversiones|resultados?|demanda)\b
match: Este presupuesto es mucho más caro de lo esperado.
match: La factura es más alta de lo previsto.
nomatch: El tráfico es más alto de lo esperado, buenas noticias.
nomatch: Es más barato de lo esperado, perfecto.
