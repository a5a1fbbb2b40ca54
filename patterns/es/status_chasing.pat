# Persecución del estado del trabajo: impaciencia y microgestión.

id: alguna_novedad
weight: 1
note: «¿Alguna novedad?»
regex: \b(?:alguna|hay|tienen|ten[eé]is)\s+(?:novedad|novedades|noticias|news)\s+(?:sobre|de|con|del|acerca|respecto)\b|\b(?:alguna|hay)\s+(?:novedad|novedades|noticia|noticias)\s*\?|\bqu[eé]\s+(?:hay\s+de|se\s+sabe\s+de)\s+(?:lo|la|el|mi|nuestro|nuestra)\b
unless: \b(?:transportista|banco|imprenta|proveedor|cliente|abogado|gestor)\b
match: ¿Alguna novedad sobre esto?
match: ¿Hay novedades con los banners?
nomatch: ¿Tienen noticias del transportista?
nomatch: Tenemos buenas noticias sobre la campaña.

id: como_va
weight: 1
note: «¿Cómo va ...?», «¿En qué estado está ...?»
regex: \bc[oó]mo\s+(?:va|van|vamos\s+con|lleva[ns]?|est[aá]\s+yendo)\s+(?:el|la|los|las|lo\s+de|mi|nuestro|nuestra)\b|\ben\s+qu[eé]\s+(?:estado|punto|fase)\s+(?:est[aá]|se\s+encuentra|estamos\s+con|va)\b|\bc[oó]mo\s+lo\s+llevan\b
match: ¿Cómo va el rediseño de la página de inicio?
match: ¿En qué estado está la migración?
nomatch: ¿Cómo van a facturar el mantenimiento?
nomatch: ¿Cómo va a funcionar el formulario en el móvil?
unless: \bc[oó]mo\s+(?:va|van)\s+a\b

id: vuelvo_a_escribir
weight: 1
note: Insistencia explícita.
regex: \bvuelvo\s+a\s+(?:escribirles|escribiros|escribirte|contactarles|preguntar|insistir)\b|\bperd[oó]n(?:en)?\s+por\s+(?:insistir|la\s+insistencia|volver\s+a\s+escribir)\b|\bsiento\s+insistir\b|\b(?:segundo|tercer|[uú]ltimo)\s+recordatorio\b
match: Vuelvo a escribirles para ver si hay noticias.
match: Perdón por insistir, ¿han podido mirar el contrato?
nomatch: Perdón por la respuesta tardía.
nomatch: El recordatorio de pago es automático en nuestro sistema.

id: sin_respuesta
weight: 1
note: Sin respuesta de la agencia.
regex: \bsigo\s+sin\s+(?:tener\s+)?(?:respuesta|noticias|saber\s+nada)\b|\bseguimos\s+sin\s+(?:tener\s+)?(?:respuesta|noticias|saber\s+nada)\b|\btodav[ií]a\s+no\s+(?:he|hemos)\s+(?:recibido|tenido)\s+(?:respuesta|noticias|nada)\b|\bsigo\s+esperando\b|\bseguimos\s+esperando\b
unless: \b(?:transportista|banco|imprenta|proveedor|cliente|abogado|gestor)\b|\bno\s+hay\s+prisa\b
match: Sigo sin tener respuesta sobre la auditoría.
match: Seguimos esperando.
nomatch: Nunca había oído hablar de ese plugin.
nomatch: Seguimos esperando la transferencia del cliente, no hay prisa por su parte.

id: correo_anterior
weight: 1
note: Recordar un mensaje anterior.
regex: \b(?:en\s+relaci[oó]n\s+(?:con|a)|con\s+respecto\s+a|respecto\s+a|siguiendo|sobre|en\s+referencia\s+a)\s+mi\s+(?:correo|mensaje|email|e-mail|mail)\s+(?:anterior|de\s+ayer|del\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes))\b|\bcomo\s+(?:le|les|os)\s+(?:dije|ped[ií]|coment[eé])\s+en\s+mi\s+(?:[uú]ltimo|anterior)\s+(?:correo|mensaje)\b
match: En relación con mi correo anterior, ¿ya está hecho?
match: Como les pedí en mi último correo, necesitamos los archivos.
nomatch: Tras nuestra llamada, les envío las notas.
nomatch: En relación con su correo, les envío los accesos.

id: todos_los_dias
weight: 1
note: Exigir informes diarios.
regex: \b(?:un\s+)?(?:resumen|informe|reporte|parte|actualizaci[oó]n)\s+(?:del\s+avance\s+|de\s+avance\s+)?(?:todos\s+los\s+d[ií]as|cada\s+d[ií]a|diari[oa])\b
unless: \b(?:autom[aá]tic\w*|herramienta|panel|plugin|analytics)\b
match: ¿Me pueden enviar un resumen del avance todos los días?
match: Quiero un informe diario.
nomatch: La herramienta envía un informe diario automáticamente.
nomatch: Cada día cuenta para el lanzamiento.

id: esta_terminado
weight: 1
note: «¿Está terminado o no?»
regex: \b(?:est[aá]|esta)\s+(?:terminad[oa]|acabad[oa]|list[oa]|hech[oa])\s+o\s+no\b|\btodav[ií]a\s+no\s+(?:est[aá]|esta)\s+(?:terminad[oa]|acabad[oa]|list[oa]|publicad[oa])\s*\?|\bya\s+est[aá]\s+(?:hech[oa]|list[oa]|terminad[oa])\s*\?{2,}|\bpara\s+cu[aá]ndo\s*\?
match: ¿Está terminado o no?
match: ¿Todavía no está publicado?
nomatch: ¿Es posible terminar para el viernes?
nomatch: Todavía no está listo, se lo enviamos la semana que viene.
