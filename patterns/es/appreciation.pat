# Contraseñal: agradecimientos y elogios más allá de la cortesía habitual.
# «Gracias de antemano» o «gracias por la factura» no cuentan.

id: muchisimas_gracias
weight: 1
note: Agradecimiento cálido.
regex: (?x) \bmuch[ií]simas \s+ gracias\b | \bmil \s+ gracias\b | \binfinitas \s+ gracias\b | \bgracias \s+ de \s+ (?:coraz[oó]n|verdad)\b
regex:  | \bmuchas \s+ gracias \s+ por \s+ (?:todo \s+)? (?:su|vuestro|el|la|tu) \s+ (?:\w+ \s+)? (?:trabajo|esfuerzo|rapidez|ayuda|dedicaci[oó]n|implicaci[oó]n|profesionalidad|atenci[oó]n|apoyo|excelente|gran)\b
regex:  | \bgracias \s+ por \s+ (?:todo \s+)? (?:su|vuestro|el|este) \s+ (?:(?:gran|excelente|magn[ií]fico|estupendo|incre[ií]ble|buen) \s+)? trabajo\b
unless: \bfactura\b|\bde\s+antemano\b
match: ¡Muchísimas gracias por la rapidez!
match: Mil gracias a todo el equipo.
match: Gracias por todo su trabajo.
nomatch: Gracias de antemano por su ayuda.
nomatch: Gracias por su paciencia.
nomatch: Que tengan un buen día y gracias otra vez por la factura.

id: enhorabuena
weight: 1
note: Felicitaciones.
regex: \benhorabuena\b|\bfelicidades\s+(?:a\s+(?:todo\s+el\s+equipo|ustedes|vosotros|todos)|por)\b|\bchapeau\b|\bol[eé]\s+(?:por\s+)?(?:ustedes|vosotros|el\s+equipo)\b
match: Enhorabuena por la nueva página de inicio.
match: Felicidades a todo el equipo por el lanzamiento.
nomatch: Felicidades por tu cumpleaños, Ana.
unless: \bcumplea[nñ]os\b|\bboda\b|\bbeb[eé]\b
nomatch: Les deseamos felices fiestas.

id: aprecio
weight: 1
note: Aprecio sincero.
regex: \b(?:aprecio|apreciamos|valoro|valoramos|agradezco|agradecemos)\s+(?:mucho|much[ií]simo|de\s+verdad|sinceramente|enormemente|realmente)\s+(?:todo\s+)?(?:su|sus|el|la|los|las|vuestro|vuestra|este|esta|todo)\b|\b(?:he|hemos)\s+(?:apreciado|valorado)\s+(?:mucho|much[ií]simo)\b
unless: \bpero\b|\bsin\s+embargo\b|\bpaciencia\b
match: Aprecio mucho todo el esfuerzo extra.
match: Valoramos muchísimo su implicación.
nomatch: Aprecio mucho su esfuerzo, pero sigue llegando tarde.
nomatch: Agradeceríamos recibir la factura antes del lunes.

id: encanta
weight: 1
note: «Nos encanta».
regex: \b(?:me|nos|le|les)\s+(?:ha\s+)?(?:encanta(?:do|n)?|chifla|flipa)\s+(?:el|la|los|las|su|sus|c[oó]mo|lo\s+que|todo|este|esta|el\s+nuevo|la\s+nueva)\b|\b(?:me|nos)\s+encanta\s*!|\bal\s+equipo\s+le\s+(?:encanta|ha\s+encantado)\b
unless: \bnos\s+encantar[ií]a\b
match: Al equipo le encanta el nuevo diseño.
match: Nos ha encantado el vídeo.
nomatch: Nos encantaría verles la semana que viene.
nomatch: A nuestros clientes les gustan nuestros productos, ¿puede la web mostrarlo?

id: excelente_trabajo
weight: 1
note: Elogio del trabajo.
regex: \b(?:excelente|buen|buen[ií]simo|gran|estupendo|magn[ií]fico|fant[aá]stico|incre[ií]ble|impecable)\s+trabajo\b|\btrabajo\s+(?:excelente|impecable|estupendo|magn[ií]fico|fant[aá]stico|de\s+diez|de\s+primera)\b|\bun\s+trabajazo\b
unless: \b(?:no\s+es\s+(?:un\s+)?(?:buen|gran)|agencia\s+anterior|antigua\s+agencia|mercado)\b
match: Excelente trabajo, como siempre.
match: Buen trabajo, el lanzamiento salió perfecto.
nomatch: No es un buen trabajo, la verdad.
nomatch: El mercado de trabajo está difícil ahora mismo.

id: muy_contentos
weight: 1
note: Satisfacción declarada.
regex: (?<!\bno\s)\b(?:estamos|estoy|est[aá]\s+todo\s+el\s+equipo|el\s+equipo\s+est[aá]|quedamos|qued[eé])\s+(?:(?:muy|realmente|s[uú]per|encantad[oa]s?\s+y|totalmente|plenamente|francamente)\s+)*(?:content[oa]s?|satisfech[oa]s?|encantad[oa]s?|impresionad[oa]s?|feli[zc](?:es)?)\s+(?:con|por)\s+(?:el|la|los|las|su|sus|vuestro|vuestra|todo|lo|c[oó]mo)\b
match: Estamos muy contentos con los resultados.
match: Quedé impresionado con su trabajo.
nomatch: Estoy encantado de conocerles el jueves.
nomatch: No estoy satisfecho con el logo.

id: los_mejores
weight: 1
note: Elogio del equipo.
regex: \b(?:son|sois|eres|es\s+usted)\s+(?:ustedes\s+|vosotros\s+)?(?:los\s+mejores|geniales|unos\s+cracks|unos\s+genios|un\s+crack|incre[ií]bles|fant[aá]sticos|maravillosos|estupendos)\b|\bsu\s+equipo\s+(?:es|ha\s+sido)\s+(?:realmente\s+)?(?:fant[aá]stico|genial|estupendo|incre[ií]ble|excelente|maravilloso)\b
unless: \blos\s+mejores\s+(?:situados|para\s+(?:decidir|elegir))\b
match: ¡Son ustedes los mejores!
match: Su equipo ha sido fantástico.
nomatch: Son ustedes los mejores situados para elegir el alojamiento.
nomatch: Son ustedes muy amables al recordármelo.

id: expectativas
weight: 1
note: Más allá de lo esperado.
regex: \b(?:super[oó]|han\s+superado|superaron|supera|ha\s+superado)\s+(?:con\s+creces\s+)?(?:todas\s+)?(?:nuestras|mis)\s+expectativas\b|\bm[aá]s\s+all[aá]\s+de\s+(?:nuestras|mis)\s+expectativas\b|\bno\s+podr[ií]amos\s+estar\s+m[aá]s\s+contentos\b
match: Los resultados han superado todas nuestras expectativas.
match: No podríamos estar más contentos.
nomatch: El coste superó nuestro presupuesto.
nomatch: Nuestras expectativas están en el pliego.

id: queda_genial
weight: 1
note: Entusiasmo por el resultado, con signo de exclamación.
regex: (?x) \b(?:queda|qued[oó]|ha \s+ quedado|est[aá]|es|se \s+ ve|luce) \s+ (?:(?:muy|realmente|simplemente|super|s[uú]per)\s+)? (?:genial|perfect[oa]|estupend[oa]|precios[oa]|fenomenal|incre[ií]ble|espectacular|fant[aá]stic[oa]|maravillos[oa]) \s* !
match: ¡Muchas gracias, queda genial!
match: ¡El logo ha quedado precioso!
nomatch: El jueves está perfecto para mí.
nomatch: ¿Queda perfecto en el móvil? No estoy seguro.
