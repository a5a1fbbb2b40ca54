# Exigencias, ultimátums y presión.

id: exijo
weight: 2
note: «Exijo».
regex: \bexijo\b|\bexigimos\b|\bespero\s+de\s+ustedes\s+que\b
match: Exijo que esté corregido esta noche.
match: Les exigimos una respuesta hoy.
nomatch: Nuestro director es bastante exigente, así que revisen bien las diapositivas.
nomatch: El trabajo es exigente, lo sabemos.

id: dejen_todo
weight: 2
note: Exigir que dejen todo lo demás.
regex: \b(?:dejen|dejad|deja|deje)\s+(?:todo\s+(?:lo\s+que\s+(?:est[eé]n|est[eé]is|est[eé]s|est[aá]n|est[aá]is|est[aá]s)\s+haciendo|lo\s+dem[aá]s)|lo\s+que\s+(?:est[eé]n|est[eé]is|est[aá]n|est[aá]is)\s+haciendo)\b
match: Dejen todo lo que están haciendo y arreglen la web ya.
match: Dejen todo lo demás y céntrense en esto.
nomatch: Dejen el texto como está, está bien.
nomatch: Dejamos todo lo demás para la segunda fase.

id: me_da_igual_como
weight: 2
note: «Me da igual cómo lo hagan».
regex: \bme\s+(?:da\s+igual|da\s+lo\s+mismo|importa\s+poco|trae\s+sin\s+cuidado)\s+(?:c[oó]mo|lo\s+que\s+(?:cueste|tengan\s+que\s+hacer))\b|\bno\s+me\s+importa\s+c[oó]mo\b|\barr[eé]glense\s+como\s+puedan\b|\bap[aá]ñense\b
match: Me da igual cómo lo hagan, lo quiero terminado el lunes.
match: Arréglense como puedan.
nomatch: Me da igual el color del botón, elijan ustedes.
nomatch: No me importa cómo se llame el archivo.
unless: \b(?:se\s+llame|archivo|nombre)\b

id: no_negociable
weight: 2
note: Cerrar la discusión.
regex: \bno\s+es\s+negociable\b|\binnegociable\b|\by\s+punto(?:\s+final)?\b(?!\s+(?:de|y\s+coma))|\bfin\s+de\s+la\s+discusi[oó]n\b|\bno\s+hay\s+(?:nada\s+)?(?:m[aá]s\s+)?que\s+hablar\b
match: Esto no es negociable: la web sale el viernes.
match: Necesito que estén disponibles este fin de semana, y punto.
nomatch: El precio es negociable si firmamos por un año.
nomatch: El punto final de la presentación es la demo.

id: ultimatum
weight: 2
note: «... o se acabó», «última oportunidad».
regex: (?x) \bo \s+ (?:se \s+ acab[oó]|nos \s+ vamos|me \s+ voy|buscamos \s+ a \s+ otr[oa]s?|buscaremos \s+ otr[oa]|cancelamos|rescindimos|no \s+ pagamos|no \s+ pago|lo \s+ dejamos)\b
regex:  | \bes \s+ su \s+ [uú]ltima \s+ oportunidad\b | \b[uú]ltim[oa] \s+ (?:aviso|advertencia)\b | \bsi \s+ no \s+ (?:lo \s+ )?(?:arreglan|solucionan|entregan) \s+ [^.?!]{0,30}? \b(?:nos \s+ vamos|buscamos \s+ otr[oa]|cancelamos|no \s+ pagamos)\b
match: Tienen hasta las cinco o se acabó.
match: Es su última oportunidad.
nomatch: Vengan el martes o el miércoles, o la semana siguiente.
nomatch: Último día para inscribirse al webinar.

id: inmediatamente
weight: 2
note: Exigir un resultado inmediato.
regex: (?x) \bquiero \s+ (?:que \s+ (?:esto|eso|todo)? \s* (?:se \s+ solucione|se \s+ arregle|est[eé] \s+ (?:hecho|listo|corregido|terminado|arreglado|solucionado)|lo \s+ arreglen|lo \s+ solucionen)|esto|eso|el \s+ \w+|la \s+ \w+|los \s+ \w+)
regex:    \s+ (?:inmediatamente|ya \s+ mismo|ahora \s+ mismo|de \s+ inmediato|hoy \s+ mismo|esta \s+ misma \s+ (?:tarde|noche)|esta \s+ noche|en \s+ una \s+ hora|ya)\b
regex:  | \ben \s+ mi \s+ mesa \s+ (?:ma[nñ]ana|esta \s+ noche|antes|hoy|a \s+ primera \s+ hora)\b
regex:  | \b(?:arreglen|solucionen|corrijan|cambien|arregladlo|corregid)\w* \b [^.!?]{0,50}? \b(?:inmediatamente|de \s+ inmediato|ahora \s+ mismo|ya \s+ mismo)\b
match: Quiero que esto se solucione inmediatamente.
match: Quiero el informe en mi mesa mañana a primera hora.
match: Arreglen esto ahora mismo.
nomatch: Necesitamos los archivos finales el viernes, como dice el contrato.
nomatch: Avísenme inmediatamente si ven algún problema.

id: disponibles
weight: 2
note: Exigir disponibilidad a cualquier hora.
regex: \b(?:necesito|quiero|exijo)\s+que\s+(?:est[eé]n|est[eé]is|est[eé]s)\s+(?:disponibles?|localizables?|conectados?)\s+(?:este\s+fin\s+de\s+semana|los\s+fines\s+de\s+semana|todo\s+el\s+(?:d[ií]a|tiempo)|a\s+cualquier\s+hora|24\s*/\s*7|las\s+24\s+horas|el\s+domingo|el\s+s[aá]bado|en\s+vacaciones)\b|\b(?:tienen|ten[eé]is)\s+que\s+(?:contestar|responder|estar\s+localizables?)\s+(?:inmediatamente|al\s+momento|a\s+cualquier\s+hora|siempre)\b
match: Necesito que estén disponibles este fin de semana.
match: Tienen que contestar inmediatamente.
nomatch: Necesitamos que estén disponibles para el arranque del lunes.
nomatch: ¿Estarían disponibles este fin de semana para una llamada rápida, por casualidad?

id: excusas
weight: 2
note: Rechazar cualquier explicación.
regex: \bno\s+quiero\s+(?:o[ií]r|escuchar)\s+(?:m[aá]s\s+|ninguna\s+)?(?:excusas|explicaciones|justificaciones)\b|\bbasta\s+(?:ya\s+)?de\s+excusas\b|\bsin\s+excusas\b|\bd[eé]jense\s+de\s+excusas\b
match: No quiero oír más excusas.
match: Basta de excusas.
nomatch: No hace falta disculparse, son cosas que pasan.
nomatch: Quiero escuchar sus ideas para la campaña.

id: urgente_bang
weight: 2
note: Urgencia gritada con varios signos de exclamación.
regex: \b(?:urgente|urgencia|inmediatamente|ya|ahora\s+mismo|asap)\s*!{2,}
match: Necesito los archivos, URGENTE!!!
match: ¡¡Lo quiero ya!!
nomatch: Es urgente: la web está caída.
nomatch: ¡Ya está! Gracias.
