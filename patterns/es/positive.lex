# es/positive.lex - words and phrases that judge something as good (quality, service, taste, behaviour, experience), for the scorer's feature l:positive. Written for redflag; not taken from any data set.
delicioso
deliciosa
deliciosos
deliciosas
riquísimo
riquísima
riquísimos
riquísimas
muy rico
muy rica
sabroso
sabrosa
sabrosos
sabrosas
exquisito
exquisita
exquisitos
exquisitas
suculento
suculenta
suculentos
suculentas
jugoso
jugosa
jugosos
jugosas
tierno
tierna
tiernos
tiernas
crujiente
crujientes
esponjoso
esponjosa
esponjosos
esponjosas
cremoso
cremosa
sabor espectacular
lleno de sabor
bien condimentado
bien sazonado
en su punto
en su punto justo
cocinado a la perfección
hecho a la perfección
comida casera
de calidad
producto de calidad
producto fresco
fresquísimo
fresquísima
generoso
generosa
generosos
generosas
raciones generosas
abundante
abundantes
raciones abundantes
platos abundantes
bien presentado
bien presentada
buena presentación
un manjar
manjar
de rechupete
para chuparse los dedos
chuparse los dedos
está de muerte
una delicia
delicia
delicias
un placer
un lujo
buenísimo
buenísima
buenísimos
buenísimas
muy bueno
muy buena
muy buenos
riquísimo todo
todo riquísimo
todo buenísimo
todo delicioso
espectacular comida
divino
divina
divinos
divinas
amable
amables
muy amable
muy amables
amabilísimo
amabilísima
simpático
simpática
simpáticos
simpáticas
simpatiquísimo
encantador
encantadora
encantadores
encantadoras
atento
atenta
atentos
atentas
muy atento
muy atenta
muy atentos
servicial
serviciales
educado
educada
educados
educadas
muy educado
agradable
agradables
muy agradable
acogedor
acogedora
acogedores
acogedoras
hospitalario
hospitalaria
trato cercano
trato exquisito
trato excelente
excelente trato
buen trato
trato inmejorable
atención excelente
excelente atención
buena atención
atención inmejorable
muy buena atención
profesional
profesionales
muy profesional
muy profesionales
profesionalidad
profesionalismo
competente
competentes
eficiente
eficientes
eficaz
eficaces
resolutivo
resolutiva
resolutivos
cumplidor
cumplidora
fiable
fiables
confiable
confiables
de confianza
honesto
honesta
honestos
honrado
honrada
serio y profesional
puntual
puntuales
muy puntual
a tiempo
en plazo
dentro del plazo
rápido
rápida
rápidos
rápidas
rapidísimo
rapidísima
muy rápido
rapidez
con rapidez
servicio rápido
entrega rápida
envío rápido
ágil
diligente
majo
maja
majos
majas
muy majo
muy maja
majísimo
majísima
un encanto
son un encanto
un amor
un sol
un cielo
gente maja
gente estupenda
personal encantador
personal amable
personal atento
personal de diez
camareros muy atentos
trato de diez
atención de diez
nos trataron genial
nos trataron de maravilla
nos atendieron genial
nos atendieron muy bien
de maravilla
a las mil maravillas
mil gracias
muchas gracias
muchísimas gracias
gracias de nuevo
agradecido
agradecida
agradecidos
limpio
limpia
limpios
limpias
muy limpio
muy limpia
limpísimo
limpísima
impecable
impecables
impoluto
impoluta
pulcro
pulcra
reluciente
relucientes
bien cuidado
bien cuidada
cuidado al detalle
bien mantenido
bien mantenida
tranquilo
tranquila
tranquilos
tranquilas
muy tranquilo
silencioso
silenciosa
apacible
relajante
relajantes
cómodo
cómoda
cómodos
cómodas
muy cómodo
muy cómoda
comodísimo
comodísima
confortable
confortables
espacioso
espaciosa
espaciosos
espaciosas
luminoso
luminosa
luminosos
luminosas
bonito
bonita
bonitos
bonitas
precioso
preciosa
preciosos
preciosas
preciosidad
una preciosidad
hermoso
hermosa
hermosos
hermosas
lindo
linda
lindos
lindas
lindísimo
bello
bella
elegante
elegantes
con encanto
mucho encanto
lleno de encanto
coqueto
coqueta
pintoresco
pintoresca
idílico
idílica
paradisíaco
paradisiaco
de ensueño
un sueño
un paraíso
buen ambiente
muy buen ambiente
ambiente agradable
ambiente acogedor
ambientazo
buena ubicación
excelente ubicación
ubicación perfecta
muy bien ubicado
bien ubicado
bien situado
bien situada
céntrico y tranquilo
práctico
práctica
prácticos
útil
útiles
muy útil
excelente
excelentes
excepcional
excepcionales
extraordinario
extraordinaria
extraordinarios
extraordinarias
estupendo
estupenda
estupendos
estupendas
magnífico
magnífica
magníficos
magníficas
maravilloso
maravillosa
maravillosos
maravillosas
fantástico
fantástica
fantásticos
fantásticas
fabuloso
fabulosa
fabulosos
fabulosas
increíble
increíbles
espectacular
espectaculares
impresionante
impresionantes
sensacional
sensacionales
formidable
formidables
genial
geniales
perfecto
perfecta
perfectos
perfectas
perfectamente
la perfección
inmejorable
inmejorables
insuperable
insuperables
sublime
sublimes
soberbio
soberbia
de lujo
de primera
de categoría
de calidad superior
primera calidad
alta calidad
buena calidad
excelente calidad
calidad excelente
buena relación calidad-precio
excelente relación calidad-precio
relación calidad-precio inmejorable
lo mejor
el mejor
la mejor
los mejores
las mejores
de lo mejor
lo mejorcito
de diez
un 10
de 10
cinco estrellas
5 estrellas
de cinco estrellas
sin pegas
ninguna pega
ni una pega
sin queja
ninguna queja
sin problemas
ningún problema
sin complicaciones
todo perfecto
todo correcto
todo genial
todo estupendo
todo de diez
nada que objetar
nada que reprochar
sin ningún fallo
una maravilla
maravilla
una joya
joya
una joyita
joyita
un acierto
acierto
todo un acierto
un éxito
éxito
un gustazo
gustazo
un placer total
un auténtico placer
un descubrimiento
gran descubrimiento
un hallazgo
un must
una pasada
pasada
qué pasada
es una pasada
flipante
flipantes
flipé
alucinante
alucinantes
una gozada
gozada
qué gozada
chulo
chula
chulos
chulas
chulísimo
chulísima
guay
guays
muy guay
super guay
superguay
mola
mola mucho
molón
molona
de puta madre
de putamadre
cojonudo
cojonuda
cojonudos
de cine
de película
de escándalo
de lujo total
es la leche
top
lo máximo
padrísimo
padrísima
padrísimos
chido
chida
chidos
chidas
chidísimo
qué chido
bien padre
muy padre
bacán
bacanes
bacano
bacana
bacanísimo
chévere
chéveres
brutal de bueno
macanudo
macanuda
copado
copada
buenazo
buenaza
piola
genialidad
fenomenal
fenomenales
fenómeno
súper
súper bien
súper bueno
superbién
bien rico
rebueno
rebuena
requetebueno
de rechupete todo
de diez todo
diez de diez
ole
olé
chapó
chapeau
bravo
enhorabuena
felicidades
recomiendo
lo recomiendo
la recomiendo
los recomiendo
lo recomiendo totalmente
recomendable
recomendables
muy recomendable
altamente recomendable
totalmente recomendable
recomendado
recomendada
recomendados
recomendadas
recomendadísimo
recomendadísima
os lo recomiendo
se lo recomiendo
sin dudarlo
repetiremos
repetiremos seguro
volveremos
volveremos seguro
volveremos sin duda
volveré
volveré seguro
volvería
sin duda volveremos
para repetir
para volver
de obligada visita
visita obligada
parada obligatoria
imprescindible
imprescindibles
no te lo pierdas
no os lo perdáis
merece la pena
vale la pena
merece mucho la pena
vale mucho la pena
bien vale la pena
mereció la pena
valió la pena
compensa
lo vale
vale cada euro
vale cada centavo
cada euro bien gastado
dinero bien invertido
bien invertido
buen precio
precio justo
precios justos
precio razonable
precios razonables
buenos precios
asequible
asequibles
económico y bueno
buena relación
una ganga
ganga
un chollo
chollo
un chollazo
satisfecho
satisfecha
satisfechos
satisfechas
muy satisfecho
muy satisfecha
encantado
encantada
encantados
encantadas
contento
contenta
contentos
contentas
muy contento
muy contenta
encantadísimo
encantadísima
gratamente sorprendido
gratamente sorprendida
grata sorpresa
una grata sorpresa
agradable sorpresa
sorprendido gratamente
superó las expectativas
superó mis expectativas
superó nuestras expectativas
supera las expectativas
a la altura
cumple perfectamente
cumple lo prometido
tal como se describe
tal como se anuncia
funciona perfectamente
funciona de maravilla
funciona genial
funciona muy bien
fácil de usar
intuitivo
intuitiva
sencillo de usar
resistente
resistentes
duradero
duradera
robusto
robusta
sólido
sólida
bien hecho
bien hecha
bien hechos
bien acabado
buenos acabados
bien diseñado
bien pensado
bien embalado
llegó rápido
llegó a tiempo
llegó antes de tiempo
entregado a tiempo
me encantó
nos encantó
me encanta
nos encanta
encantó
encantaron
me encantaron
nos encantaron
me gustó mucho
nos gustó mucho
nos gustó todo
disfrutamos mucho
disfrutamos muchísimo
disfruté mucho
lo pasamos genial
lo pasamos en grande
pasarlo en grande
una experiencia única
experiencia única
experiencia inolvidable
inolvidable
inolvidables
memorable
memorables
gran experiencia
muy buena experiencia
buena experiencia
excelente experiencia
experiencia maravillosa
experiencia increíble
estancia perfecta
estancia maravillosa
velada perfecta
velada maravillosa
una velada estupenda
día perfecto
noche perfecta
divertido
divertida
divertidos
divertidas
entretenido
entretenida
entretenidos
ameno
amena
agradable experiencia
acertado
acertada
bien hecho el trabajo
buen trabajo
excelente trabajo
gran trabajo
trabajo impecable
trabajo excelente
trabajo bien hecho
buen servicio
excelente servicio
servicio excelente
servicio impecable
servicio de diez
servicio inmejorable
servicio estupendo
gran servicio
servicio rápido y eficaz
muy buen servicio
el mejor servicio
mi favorito
mi favorita
favorito
favorita
nuestro favorito
nuestro sitio favorito
sitio de confianza
de fiar
de total confianza
sitio top
sitio recomendable
lugar recomendable
lugar mágico
mágico
mágica
con mucho cariño
cariño en cada plato
con mimo
con esmero
esmerado
esmerada
esmero
detallista
detallistas
todo un detalle
un detallazo
detallazo
matrícula de honor
sobresaliente
chapó por el servicio
olé por ellos
gracias por todo
