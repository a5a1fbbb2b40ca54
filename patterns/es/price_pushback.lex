# es/price_pushback.lex - palabras y giros de queja sobre los precios, para
# la variable l:price_pushback del scorer (formato en patterns/README.md).
# Escrito para redflag; no sacado de ningún conjunto de datos.
caro
caros
carísimo
carísima
carísimos
muy caro
demasiado caro
demasiado cara
excesivo
excesivos
excesiva
abusivo
abusivos
abusiva
desorbitado
desorbitados
prohibitivo
costoso
costosa
un robo
es un robo
timo
estafa
clavada
nos clavaron
precio alto
precios altos
precio elevado
precios elevados
demasiado alto
una fortuna
calidad precio
relación calidad precio
no vale lo que cuesta
no merece la pena
no lo vale
más barato
más barata
bajar el precio
bajar los precios
rebajar
rebaja
un descuento
algún descuento
la mitad del precio
mitad de precio
por la mitad
fuera de presupuesto
fuera de nuestro presupuesto
se sale del presupuesto
no nos lo podemos permitir
costes ocultos
cargos ocultos
recargo
recargos
suplemento
cargo extra
coste extra
subida de precios
han subido
pensaba que estaba incluido
debería estar incluido
por ese precio
a ese precio
para el precio
por lo que cobráis
por lo que cobran
por lo que pagamos
