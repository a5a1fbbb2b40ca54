# es/complaint.lex - palabras y giros de descontento con un trabajo, un
# producto o un servicio, para la variable l:complaint del scorer (formato en
# patterns/README.md). Escrito para redflag; no sacado de ningún conjunto de
# datos.
decepcionado
decepcionada
decepcionados
decepcionante
decepción
descontento
descontenta
insatisfecho
insatisfecha
no estoy satisfecho
no estoy contento
no estamos contentos
inaceptable
inadmisible
mediocre
mediocres
malo
mala
malos
malas
mal
peor
peores
pésimo
pésima
pésimos
horrible
horribles
fatal
lamentable
desastre
desastroso
desastrosa
deplorable
chapuza
descuidado
descuidada
poco profesional
maleducado
maleducada
antipático
antipática
desagradable
frío
fría
fríos
frías
soso
sosa
insípido
sin sabor
quemado
crudo
sucio
sucia
ruidoso
lento
lenta
lentos
lentitud
retraso
retrasos
olvidado
olvidaron
olvidasteis
error
errores
fallo
fallos
falla
errata
erratas
no funciona
no funcionan
dejó de funcionar
roto
rota
problema
problemas
queja
quejas
harto
harta
hartos
frustrado
frustrante
molesto
molesta
todavía no
aún no
sigue sin
siguen sin
otra vez
una vez más
de nuevo
nunca más
no volveremos
no volveré
para olvidar
un desastre
no es lo que pedimos
no es lo que pedí
deja mucho que desear
deja que desear
no está a la altura
ningún esfuerzo
tardaron
tardó
