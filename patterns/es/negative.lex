# es/negative.lex - words and phrases that judge something as bad (quality, service, taste, behaviour, experience), for the scorer's feature l:negative. Written for redflag; not taken from any data set.
frío
fría
fríos
frías
tibio
tibia
tibios
tibias
insípido
insípida
insípidos
insípidas
soso
sosa
sosos
sosas
sin sabor
sin gracia
desabrido
desabrida
aguado
aguada
aguados
aguadas
revenido
revenida
reblandecido
rancio
rancia
rancios
rancias
duro como una piedra
correoso
correosa
correosos
correosas
grasiento
grasienta
grasientos
grasientas
aceitoso
aceitosa
aceitosos
aceitosas
seco como una suela
reseco
reseca
resecos
resecas
quemado
quemada
quemados
quemadas
pasado de cocción
demasiado hecho
crudo por dentro
cruda por dentro
poco hecho
incomible
incomibles
imbebible
salado en exceso
demasiado salado
demasiado salada
muy salado
demasiado dulce
empalagoso
empalagosa
podrido
podrida
podridos
podridas
mohoso
mohosa
mohosos
mohosas
caducado
caducada
caducados
caducadas
recalentado
recalentada
recalentados
recalentadas
congelado y recalentado
indigesto
indigesta
pesado de digerir
grumoso
grumosa
pastoso
pastosa
pastosos
pastosas
chicloso
chiclosa
sucio
sucia
sucios
sucias
mugriento
mugrienta
mugrientos
mugrientas
asqueroso
asquerosa
asquerosos
asquerosas
repugnante
repugnantes
nauseabundo
nauseabunda
nauseabundos
nauseabundas
apestoso
apestosa
apestosos
apestosas
maloliente
malolientes
pegajoso
pegajosa
pegajosos
pegajosas
polvoriento
polvorienta
polvorientos
polvorientas
insalubre
insalubres
antihigiénico
antihigiénica
cochambroso
cochambrosa
cochambrosos
cochambrosas
destartalado
destartalada
destartalados
destartaladas
descuidado
descuidada
descuidados
descuidadas
abandonado y sucio
deteriorado
deteriorada
deteriorados
deterioradas
ruinoso
ruinosa
viejo y sucio
anticuado
anticuada
anticuados
anticuadas
cutre
cutres
cutrísimo
cutrísima
lúgubre
deprimente
deprimentes
tétrico
tétrica
ruidoso
ruidosa
ruidosos
ruidosas
muy ruidoso
estrecho y oscuro
agobiante
agobiantes
abarrotado
abarrotada
masificado
masificada
cochinada
una cochinada
guarro
guarra
guarros
guarras
guarrería
una guarrería
pocilga
una pocilga
cuchitril
un cuchitril
antro
un antro
maleducado
maleducada
maleducados
maleducadas
mal educado
grosero
grosera
groseros
groseras
descortés
descorteses
antipático
antipática
antipáticos
antipáticas
desagradable
desagradables
prepotente
prepotentes
arrogante
arrogantes
altanero
altanera
despectivo
despectiva
condescendiente
agresivo
agresiva
agresivos
agresivas
irrespetuoso
irrespetuosa
irrespetuosos
irrespetuosas
seco y cortante
cortante
desatento
desatenta
desatentos
desatentas
poco amable
nada amable
poco atento
nada atento
poco atenta
nada atenta
nada profesional
poco profesional
poco profesionales
nada profesionales
falta de profesionalidad
falta de profesionalismo
incompetente
incompetentes
incompetencia
ineficaz
ineficaces
ineficiente
ineficientes
inútil
inútiles
negligente
negligentes
negligencia
chapucero
chapucera
chapuceros
chapuceras
chapuza
una chapuza
chapuzas
mal hecho
mal hecha
mal hechos
mal hechas
hecho de cualquier manera
informal y poco serio
poco serio
poco seria
nada serio
nada seria
deshonesto
deshonesta
deshonestos
indiferente
indiferentes
desorganizado
desorganizada
desorganizados
desorganizadas
mal organizado
mal organizada
mal gestionado
mal gestionada
desastroso
desastrosa
desastrosos
desastrosas
lento
lenta
lentos
lentas
lentísimo
lentísima
muy lento
muy lenta
tardón
tardona
impuntual
impuntuales
con retraso
retraso
retrasos
llegó tarde
llegaron tarde
llegó frío
llegó fría
servido frío
servida fría
roto
rota
rotos
rotas
defectuoso
defectuosa
defectuosos
defectuosas
estropeado
estropeada
estropeados
estropeadas
dañado
dañada
dañados
dañadas
averiado
averiada
averiados
averiadas
rayado
rayada
rayados
rayadas
agrietado
rajado
endeble
endebles
de mala calidad
mala calidad
pésima calidad
baja calidad
de baja calidad
calidad pésima
baratija
baratijas
una baratija
de pacotilla
pacotilla
de chichinabo
de tres al cuarto
no funciona
no sirve
no sirve para nada
dejó de funcionar
se rompió
se rompe
se estropeó
se estropea
se cuelga
se bloquea
inservible
inservibles
inutilizable
inutilizables
incómodo
incómoda
incómodos
incómodas
muy incómodo
inestable
obsoleto
obsoleta
erróneo
errónea
incompleto
incompleta
pedido equivocado
pedido incompleto
paquete dañado
llegó roto
llegó rota
llegó dañado
con fallos
lleno de fallos
falla mucho
caro
caros
carísimo
carísima
carísimos
carísimas
demasiado caro
demasiado cara
excesivamente caro
abusivo
abusiva
abusivos
abusivas
precio abusivo
precios abusivos
desorbitado
desorbitada
desorbitados
desorbitadas
precios desorbitados
es un robo
robo a mano armada
timo
un timo
timado
timada
timados
nos timaron
me timaron
estafa
una estafa
estafas
estafado
estafada
estafados
sacacuartos
clavada
una clavada
nos clavaron
sablazo
un sablazo
cargos ocultos
comisiones ocultas
cobro indebido
cobrado de más
nos cobraron de más
me cobraron de más
cobraron dos veces
cobro doble
sin reembolso
no devuelven el dinero
no me devolvieron
mala relación calidad-precio
no vale la pena
no merece la pena
no compensa
no lo vale
no vale nada
tirar el dinero
dinero tirado
dinero perdido
pérdida de dinero
pérdida de tiempo
una pérdida de tiempo
tiempo perdido
trampa para turistas
sitio para guiris
engañabobos
engaño
engañoso
engañosa
publicidad engañosa
nada que ver
malo
mala
malos
malas
muy malo
muy mala
malísimo
malísima
malísimos
malísimas
pésimo
pésima
pésimos
pésimas
horrible
horribles
horroroso
horrorosa
horrorosos
horrorosas
espantoso
espantosa
espantosos
espantosas
terrible
terribles
fatal
fatales
fatal de todo
atroz
atroces
lamentable
lamentables
penoso
penosa
penosos
penosas
patético
patética
patéticos
patéticas
deplorable
deplorables
deficiente
deficientes
mediocre
mediocres
mediocridad
regular tirando a malo
flojo
floja
flojos
flojas
muy flojo
decepcionante
decepcionantes
decepción
una decepción
menuda decepción
qué decepción
decepcionado
decepcionada
decepcionados
decepcionadas
defraudado
defraudada
defraudados
muy decepcionado
muy decepcionada
desilusión
vergonzoso
vergonzosa
vergonzosos
una vergüenza
qué vergüenza
vergüenza ajena
indignante
indignantes
escandaloso
escandalosa
inaceptable
inaceptables
inadmisible
inadmisibles
intolerable
insoportable
insoportables
inaguantable
lamentable servicio
frustrante
frustrantes
molesto
molesta
irritante
desesperante
exasperante
catastrófico
catastrófica
catastróficos
nefasto
nefasta
nefastos
nefastas
infame
infames
bochornoso
bochornosa
lo peor
el peor
la peor
los peores
las peores
peor
peores
peor imposible
de lo peor
la peor experiencia
el peor servicio
nada recomendable
poco recomendable
no recomendable
no lo recomiendo
no la recomiendo
no recomiendo
no os lo recomiendo
desaconsejable
desaconsejado
a evitar
para evitar
evitadlo
evítenlo
huid
huyan
no vayáis
no vayan
nunca más
jamás volveré
no volveré
no volveremos
no pienso volver
no vuelvo más
no repetiremos
no repetiría
para no volver
no volvería
no volvería nunca
insatisfecho
insatisfecha
insatisfechos
descontento
descontenta
descontentos
disgustado
disgustada
indignado
indignada
indignados
furioso
furiosa
enfadado
enfadada
enfadados
cabreado
cabreada
asqueado
asqueada
arrepentido
arrepentida
me arrepiento
de pena
da pena
da asco
da grima
qué asco
un asco
porquería
una porquería
basura
una basura
mierda
una mierda
es una mierda
de mierda
cagada
una cagada
la cagaron
chungo
chunga
chungos
chungas
bodrio
un bodrio
birria
una birria
truño
un truño
fiasco
un fiasco
desastre
un desastre
un desastre total
menudo desastre
catástrofe
una catástrofe
pesadilla
una pesadilla
un infierno
caos
un caos
tomadura de pelo
una tomadura de pelo
nos tomaron el pelo
paripé
un paripé
cutrez
una cutrez
horterada
una horterada
hortera
horteras
gacho
gacha
feo
fea
feos
feas
feísimo
feísima
del montón
ni fu ni fa
meh
regulero
regulera
fome
fomes
penca
pencas
mala onda
malaonda
pinche servicio
qué mal
muy mal
fatal todo
malamente
de pena todo
mal servicio
pésimo servicio
servicio pésimo
servicio lamentable
servicio nefasto
mala atención
pésima atención
atención pésima
mal trato
mal atendidos
mal atendido
mal atendida
trato pésimo
trato horrible
trato despectivo
fracaso
un fracaso
estrepitoso fracaso
chasco
un chasco
menudo chasco
timo total
engañado
engañada
engañados
engañadas
esperamos una hora
esperamos horas
esperando una hora
una hora de espera
horas de espera
larga espera
espera interminable
una espera eterna
tardaron una eternidad
tardó una eternidad
una eternidad
nadie vino
nadie nos atendió
nadie atiende
nadie contesta
nadie responde
nunca contestan
sin respuesta
ninguna respuesta
nunca llegó
nunca llegaron
no llegó
no ha llegado
todavía no ha llegado
sigo esperando
seguimos esperando
nunca me devolvieron
ignorado
ignorada
ignorados
ignoradas
nos ignoraron
me ignoraron
nos ignoraban
nos olvidaron
se olvidaron
se olvidaron de nosotros
arruinado
arruinada
arruinó
nos arruinó
nos amargó
amargó la noche
desperdiciado
desperdiciada
malgastado
tirado a la basura
me quejé
nos quejamos
queja
quejas
reclamación
reclamaciones
hoja de reclamaciones
sin disculpas
ni una disculpa
ni perdón
me colgaron
nos mintieron
mintieron
mentira
mentiras
no cumplen
no cumplieron
incumplimiento
cancelado sin avisar
overbooking
sobreventa
problemas
fallo
fallos
avería
averías
defecto
defectos
desperfecto
desperfectos
error
errores
errores garrafales
mal olor
malos olores
una peste
hedor
tufo
olor a humedad
olor a cloaca
humedades
moho
suciedad
mugre
cucarachas
cucaracha
chinches
pelos en la comida
intoxicación
intoxicación alimentaria
nos sentó mal
me sentó fatal
acabé enfermo
acabamos enfermos
aburrido
aburrida
aburridos
aburridas
aburridísimo
soporífero
soporífera
tedioso
tediosa
monótono
monótona
un rollo
un tostón
un coñazo
coñazo
rollazo
sobrevalorado
sobrevalorada
sobrevalorados
sobrevaloradas
sobrevalorado total
exagerado
no es para tanto
nada del otro mundo
nada especial
sin encanto
sin alma
impersonal
confuso
confusa
complicado de usar
difícil de usar
poco práctico
poco práctica
nada práctico
poco intuitivo
nada intuitivo
engorroso
engorrosa
incómodo de usar
peligroso
peligrosa
peligrosos
peligrosas
inseguro
insegura
mal situado
mal ubicado
mal comunicado
mal iluminado
triste y oscuro
ruido toda la noche
no se podía dormir
no pudimos dormir
camas incómodas
cama incómoda
colchón incómodo
habitación sucia
baño sucio
sábanas sucias
toallas sucias
comida fría
comida mala
café malo
cerveza caliente
para llorar
para echarse a llorar
un horror
qué horror
horror
espantoso servicio
mal rollo
malísima experiencia
mala experiencia
experiencia horrible
experiencia terrible
experiencia pésima
experiencia nefasta
pelo en la comida
es un atraco
tontería
gilipollez
imbecilidad
vergüenza
mierdas
asco
basuras
bazofia
me tomáis el pelo
os estáis riendo de mí
