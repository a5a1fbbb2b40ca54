# es/appreciation.lex - palabras y giros de elogio y agradecimiento sincero,
# para la variable l:appreciation del scorer (formato en patterns/README.md).
# Escrito para redflag; no sacado de ningún conjunto de datos.
muchísimas gracias
muchas gracias
mil gracias
un millón de gracias
agradecido
agradecida
agradecidos
enhorabuena
felicidades
felicitaciones
bravo
excelente
excelentes
estupendo
estupenda
fantástico
fantástica
maravilloso
maravillosa
genial
geniales
perfecto
perfecta
impecable
impresionante
increíble
magnífico
magnífica
espectacular
encantado
encantada
encantados
muy contento
muy contenta
muy satisfecho
muy satisfecha
me encanta
nos encanta
me encantó
nos encantó
buen trabajo
gran trabajo
excelente trabajo
un placer
de diez
de lujo
