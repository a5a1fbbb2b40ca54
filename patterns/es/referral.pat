# Contraseñal: el cliente nos envía otros clientes.

id: les_recomende
weight: 1
note: Recomendar a la agencia.
regex: \b(?:les|os|te|le)\s+(?:he|hemos)\s+recomendado\s+a\b|\b(?:les|os|te|le)\s+recomend[eé]\s+a\b|\b(?:les|os|te|le)\s+recomendar(?:[eé]|emos)\b|\b(?:les|os)\s+recomiendo\s+(?:sin\s+dudarlo|a\s+todo\s+el\s+mundo|siempre)\b
match: Les he recomendado a una amiga que tiene una panadería.
match: Les recomendaré sin dudarlo.
nomatch: Podemos recomendarles una imprenta si la necesitan.
nomatch: Les recomiendo revisar la factura.

id: pase_sus_datos
weight: 1
note: Dar los datos de la agencia a alguien.
regex: \b(?:he|hemos|le|les)?\s*(?:pasado|dado|facilitado|enviado|di|pas[eé]|facilit[eé])\s+(?:sus|vuestros|tus)\s+(?:datos|contactos?)\s+a\b|\b(?:le|les)\s+(?:di|he\s+dado|pas[eé]|he\s+pasado)\s+(?:su|vuestro|tu)\s+(?:nombre|n[uú]mero|tel[eé]fono|correo|contacto|tarjeta)\b|\bpuedo\s+dar(?:le|les)\s+(?:su|vuestro|tu)\s+(?:n[uú]mero|tel[eé]fono|correo|contacto)\b
unless: \b(?:contab\w*|departamento\s+de\s+compras|proveedores|bancari\w*)\b
match: He pasado sus datos a nuestra filial.
match: Le di su nombre al director de marketing de Acme.
nomatch: Por favor, envíennos sus datos bancarios.
nomatch: He pasado sus datos a contabilidad para el pago.

id: amigo_busca
weight: 1
note: Un conocido busca un proveedor como la agencia.
regex: (?x) \b(?:un|una|mi|mis|un \s+ buen|una \s+ buena) \s+ (?:amig[oa]s?|compa[nñ]er[oa]s?|contactos?|vecin[oa]s?|soci[oa]s?|prim[oa]s?|herman[oa]s?|clientes?|conocid[oa]s?|colegas?)
regex:    \s+ (?:m[ií][oa]s? \s+)? (?:busca|buscan|necesita|necesitan|quiere|quieren|anda \s+ buscando)
regex:    \s+ (?:a \s+ alguien|alguien|un|una|uno \s+ nuevo|una \s+ nueva) \s* (?:nuev[oa] \s+)? (?:para \s+ su \s+ (?:web|p[aá]gina|tienda|logo)|web|p[aá]gina|logo|dise[nñ]ador|programador|agencia|proveedor|consultor|seo|tienda|como \s+ ustedes)\b
match: Un compañero mío busca a alguien para su web.
match: Mi hermana necesita un logo nuevo.
nomatch: Mi compañero necesita la factura para el viernes.
nomatch: Nuestros clientes buscan una web más rápida.

id: presentar
weight: 1
note: Presentar la agencia a otros.
regex: \b(?:les|os|te|le)\s+(?:voy\s+a\s+presentar|presentar[eé]|presento|pongo\s+en\s+contacto)\s+(?:a|con)\s+(?:nuestros|mis|un|una|unos|nuestra|mi)\s+(?:socios?|amig[oa]s?|contactos?|proveedores|clientes|filial|red|colegas?\s+de)\b|\b(?:les|os)\s+voy\s+a\s+poner\s+en\s+contacto\s+con\s+(?:un|una|mi)\s+(?:amig[oa]|socio|contacto)\b
match: Les voy a presentar a nuestros socios en Sevilla.
match: Les pongo en contacto con una amiga que tiene una tienda.
nomatch: Les voy a presentar a Sara, que llevará la facturación.
nomatch: Les pongo en contacto con nuestro departamento de informática para el DNS.

id: hable_de_ustedes
weight: 1
note: Hablar de la agencia a otros.
regex: \b(?:le|les)\s+(?:he\s+)?habl[eé]\s+(?:muy\s+bien\s+)?de\s+(?:ustedes|vosotros|su\s+(?:trabajo|agencia|estudio|equipo))\b|\b(?:le|les)\s+(?:he\s+)?hablado\s+(?:muy\s+bien\s+)?de\s+(?:ustedes|vosotros|su\s+(?:trabajo|agencia|estudio|equipo))\b|\besperen\s+una\s+llamada\s+de\s+(?:mi|nuestro|nuestra|un|una)\b
unless: \b(?:gestor|contable|banco|factura|abogado)\b
match: Esperen una llamada de mi amigo Tomás, le hablé de ustedes.
match: Les he hablado muy bien de su trabajo a mis socios.
nomatch: Esperen una llamada de nuestro gestor por la factura.
nomatch: Le hablé del retraso.
