# es/abuse.lex - palabras y giros de insulto y desprecio, para la variable
# l:abuse del scorer (formato en patterns/README.md). Escrito para redflag;
# no sacado de ningún conjunto de datos.
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
tontería
gilipollas
gilipollez
subnormal
subnormales
retrasado
retrasada
retrasados
retrasadas
imbecilidad
cretino
cretina
cretinos
inútil
inútiles
incompetente
incompetentes
incompetencia
inepto
ineptos
payaso
payasa
payasos
mamarracho
mamarrachos
chapuza
chapuzas
chapucero
chapuceros
chapucera
cutre
cutres
pésimo
pésima
lamentable
patético
patética
patéticos
ridículo
ridícula
ridículos
vergüenza
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
mierda
mierdas
joder
jodido
jodida
coño
carajo
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
asco
asqueroso
asquerosa
basura
basuras
escoria
bazofia
porquería
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
de pacotilla
tomadura de pelo
me tomáis el pelo
os estáis riendo de mí
