# Cuestionar el valor de la agencia.

id: para_que_pagamos
weight: 1.5
note: «¿Para qué les estamos pagando?»
regex: (?x) \bpara \s+ qu[eé] \s+ (?:les|os|te|le) \s+ (?:estamos \s+ pagando|pagamos|pago|estoy \s+ pagando)\b
regex:  | \bpor \s+ qu[eé] \s+ (?:deber[ií]amos|tendr[ií]amos \s+ que|vamos \s+ a|habr[ií]a \s+ que) \s+ (?:seguir \s+ |continuar \s+)? pag[aá]ndo(?:les|os|te|le)\b
regex:  | \bpara \s+ qu[eé] \s+ (?:sirven|serv[ií]s|sirves) \s+ (?:ustedes|vosotros)?\b
match: ¿Para qué les estamos pagando exactamente?
match: ¿Por qué deberíamos seguir pagándoles?
nomatch: ¿Por qué pagamos IVA en esta factura?
nomatch: ¿Les pagamos por transferencia o con tarjeta?

id: sin_resultados
weight: 1.5
note: Sin valor ni resultados visibles.
regex: (?x) \bno \s+ (?:le \s+)? (?:veo|vemos) \s+ (?:el|ning[uú]n|ningunos?|ningunas?|los) \s+ (?:valor|resultados?|retorno|beneficio|mejora|sentido|progreso|avance) \s+ (?:de|a|en)\b
regex:  | \bno \s+ (?:veo|vemos|hemos \s+ visto|he \s+ visto) \s+ (?:ning[uú]n|ninguna) \s+ (?:resultado|mejora|retorno|beneficio|avance|diferencia)\b
regex:  | \b(?:cero|ning[uú]n) \s+ resultado \s+ (?:hasta \s+ ahora|por \s+ ahora|todav[ií]a|de \s+ momento)\b
match: No veo el valor de estos informes mensuales.
match: No vemos ningún resultado de la campaña.
nomatch: Estamos viendo buenos resultados en la campaña.
nomatch: No veo ningún problema en el boceto.

id: sobrino
weight: 1.5
note: «Mi sobrino podría hacerlo».
regex: \b(?:mi|nuestro|nuestra)\s+(?:sobrin[oa]|hij[oa]|prim[oa]|becari[oa]|chaval)\s+(?:podr[ií]a|sabr[ií]a|habr[ií]a\s+podido)\s+(?:hacer|montar|crear|dise[nñ]ar)(?:lo|la|esto)?\b|\bcualquier\s+(?:becario|estudiante|chaval)\s+(?:podr[ií]a|sabr[ií]a|habr[ií]a\s+podido)\b
match: Mi sobrino podría hacer esto en un fin de semana.
match: Cualquier becario podría hacerlo.
nomatch: Mi sobrino podría venir a la reunión si hace falta.
nomatch: Mi hija podría probar la aplicación este fin de semana.

id: competidor
weight: 1.5
note: Los competidores consiguen más.
regex: (?x) \bla \s+ agencia \s+ de \s+ (?:nuestro|nuestros|mi|un) \s+ competidor(?:es)? \s+ (?:ha|han|los|las|le|lo|consigui[oó]|logr[oó]|puso)\b
regex:  | \botr[oa]s \s+ (?:agencias|proveedores|consultores|freelances) \s+ (?:consiguen|obtienen|lograr[ií]an|har[ií]an|hacen) \s+ (?:mucho \s+)? mejor(?:es)?\b
match: La agencia de nuestro competidor los puso en primera página en un mes.
match: Otras agencias consiguen mejores resultados.
nomatch: La web de nuestro competidor es lenta, podemos ganarles.
nomatch: La competencia es muy dura en nuestro sector.

id: yo_mismo
weight: 1.5
note: «Podría hacerlo yo mismo».
regex: \b(?:podr[ií]a|sabr[ií]a)\s+hacerlo\s+(?:yo\s+mism[oa]|yo)\b|\bpodr[ií]amos\s+hacerlo\s+nosotr[oa]s(?:\s+mism[oa]s)?\b|\blo\s+(?:har[ií]a|hago)\s+(?:igual\s+de\s+bien|mejor)\s+yo\s+mism[oa]\b
unless: \bpero\b|\bprefer\w*\b
match: Podría hacerlo yo mismo gratis.
match: Podríamos hacerlo nosotros mismos.
nomatch: Podríamos hacerlo nosotros mismos, pero preferimos que se encarguen ustedes.
nomatch: ¿Podrían hacerlo ustedes o necesitan a nuestro programador?

id: que_han_hecho
weight: 1.5
note: «¿Qué han hecho realmente?»
regex: \bqu[eé]\s+(?:han|hab[eé]is|has|ha)\s+hecho\s+(?:realmente|de\s+verdad|en\s+realidad|exactamente)\b|\bqu[eé]\s+(?:han|hab[eé]is)\s+(?:hecho|conseguido|logrado)\s+(?:ustedes|vosotros)\s+(?:realmente|de\s+verdad)\b
match: ¿Qué han hecho realmente por nosotros este trimestre?
match: ¿Qué han hecho exactamente este mes?
nomatch: ¿Qué han hecho hasta ahora con el logo? Solo por curiosidad.
nomatch: ¿Qué entregaron el viernes, el PDF o el zip?

id: valer_lo_que_cuestan
weight: 1.5
note: Dudar de la relación calidad-precio.
regex: \b(?:no\s+estoy\s+segur[oa]|no\s+estamos\s+segur[oa]s|dudo|me\s+pregunto\s+si)\s+(?:de\s+)?(?:que\s+)?(?:valgan|valen|vale|valga|merezca|merecen|merezcan)\s+(?:la\s+pena\s+lo\s+que\s+(?:cuestan|pagamos)|lo\s+que\s+(?:cuestan|pagamos|cobran)|el\s+precio|el\s+dinero)\b|\bno\s+(?:valen|vale)\s+lo\s+que\s+(?:cuestan|cobran|pagamos)\b
match: No estoy seguro de que valgan lo que cuestan.
match: No valen lo que cobran.
nomatch: Vale lo que cuesta, gracias.
nomatch: ¿El plugin premium vale el precio, en su opinión?
