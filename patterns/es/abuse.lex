# es/abuse.lex - palabras y giros de insulto y desprecio hacia una persona,
# para la variable l:abuse del scorer (formato en patterns/README.md). Las
# palabras groseras que juzgan una cosa (basura, mierda, asco, cutre...)
# están en negative.lex: "esta app es basura" es una queja, no un insulto.
# Escrito para redflag; no sacado de ningún conjunto de datos.
idiota
idiotas
imbécil
imbéciles
estúpido
estúpida
estúpidos
estúpidas
tonto
tonta
tontos
tontas
gilipollas
subnormal
subnormales
retrasado
retrasada
retrasados
retrasadas
cretino
cretina
cretinos
inútil
inútiles
incompetente
incompetentes
inepto
ineptos
payaso
payasa
payasos
mamarracho
mamarrachos
chapucero
chapuceros
chapucera
patético
patética
patéticos
ridículo
ridícula
ridículos
sinvergüenza
sinvergüenzas
estafador
estafadora
estafadores
ladrón
ladrones
ladrona
mentiroso
mentirosa
mentirosos
cabrón
cabrona
cabrones
capullo
capullos
cabronazo
hijo de puta
hijos de puta
hijoputa
puta
putas
puto
putos
pendejo
pendeja
pendejos
huevón
boludo
boluda
pelotudo
zorra
zorras
guarra
asqueroso
asquerosa
escoria
desgraciado
desgraciada
desgraciados
malnacido
imbécil integral
cállate
cállese
callaos
vete a la mierda
idos a la mierda
que te den
a la mierda
no sirves para nada
no servís para nada
no sirven para nada
panda de
analfabeto
analfabetos
ignorante
ignorantes
aficionado
aficionados
