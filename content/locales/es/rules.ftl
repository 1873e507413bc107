# Por qué se activó cada regla de señal de alarma (español) — traducción sin revisión clínica.
# Un mensaje por cada id de regla de content/rules.toml: RF-EM-01 pasa a ser rf-em-01-why.
# Palabras sencillas, sin diagnóstico y sin probabilidades.
# Variables de región: $emergency_number, $emergency_department, $urgent_service, $gp.

## Emergencia

rf-em-01-why = Una lesión grave puede romper los huesos de la columna o dañar los nervios que hay dentro. Esto hay que revisarlo en el hospital enseguida.
rf-em-02-why = El adormecimiento alrededor del trasero o los genitales, los problemas nuevos para orinar, para hacer caca o en las relaciones sexuales, o el dolor, el adormecimiento o la debilidad en las dos piernas pueden significar que algo está apretando los nervios de la parte baja de la columna (síndrome de la cola de caballo). Esto hay que revisarlo en el hospital enseguida.
rf-em-03-why = Si tiene o ha tenido cáncer, los síntomas de los nervios, como un dolor que corre como una descarga, debilidad, adormecimiento o problemas para orinar, pueden significar que algo está presionando la médula espinal (el cordón de nervios que va por dentro de la columna) o los nervios (compresión de la médula espinal). Tratarlo rápido ayuda a proteger su capacidad de caminar, así que tienen que revisarle en el hospital enseguida.
rf-em-04-why = La fiebre (temperatura alta) junto con síntomas de los nervios puede ser señal de una infección en la columna o cerca de ella que está presionando los nervios. Esto hay que revisarlo en el hospital enseguida.
rf-em-05-why = La debilidad nueva en las piernas, o la dificultad para caminar, pueden significar que algo está apretando los nervios de la columna. Esto hay que revisarlo en el hospital enseguida, para poder proteger los nervios.
rf-em-06-why = La fiebre cuando está recibiendo tratamiento contra el cáncer o tiene el sistema inmunitario (las defensas del cuerpo) débil puede ser señal de una infección grave (sepsis). Esto hay que tratarlo enseguida.
rf-em-07-why = La falta de aire o el dolor en el pecho de repente pueden ser señal de un problema grave, como un coágulo de sangre en el pulmón o un problema del corazón o de un vaso sanguíneo grande. Esto hay que revisarlo enseguida.

## Hablar hoy con un médico

rf-ur-01-why = Si tiene o ha tenido cáncer, un dolor de espalda como el que describe puede ser señal de que el cáncer ha llegado a los huesos de la columna. Las guías médicas del Reino Unido dicen que un médico o su equipo de oncología (el equipo que trata su cáncer) deben revisarlo en un plazo de 24 horas.
rf-ur-02-why = Como el cáncer se ha extendido a sus huesos, un dolor de espalda nuevo o que empeora hay que revisarlo en un plazo de 24 horas, por si está afectando a la columna.
rf-ur-03-why = Si tiene o ha tenido cáncer, un dolor de espalda que empieza de repente después de un golpe o un esfuerzo pequeños puede significar que un hueso de la columna se ha roto porque está más débil. Hay que revisarlo en un plazo de 24 horas.
rf-ur-04-why = La fiebre con dolor de espalda puede ser señal de una infección, que a veces afecta a la columna o a los riñones. Un médico debe revisarle hoy.
rf-ur-05-why = La piel o los ojos amarillos (ictericia) pueden significar que algo está bloqueando el paso de la bilis (un líquido que fabrica el hígado), como una piedra en la vesícula o un problema del páncreas. Un médico debe revisarlo hoy.

## En el plazo de una semana

rf-wk-01-why = El dolor de espalda durante el tratamiento contra el cáncer puede ser un efecto secundario del tratamiento, pero también puede tener otras causas que su equipo de oncología debe revisar. Dígaselo en el plazo de una semana, o antes si empeora.
rf-wk-02-why = Los huesos frágiles, tomar pastillas de corticoides (esteroides) durante mucho tiempo y la edad avanzada pueden debilitar los huesos de la columna. Entonces, un dolor de espalda que empieza después de una caída o un esfuerzo pequeños puede significar que se ha roto un hueso (una fractura). Hay que revisarlo para poder tratarlo y controlar el dolor.
rf-wk-03-why = Tener el sistema inmunitario debilitado, o inyectarse drogas, hace más probables las infecciones en la columna. Un médico debe revisar pronto su dolor de espalda.
rf-wk-04-why = Varias de sus respuestas juntas, como su edad, perder peso sin proponérselo y un dolor que no mejora, indican que un médico debe buscar pronto una causa más grave, incluido el cáncer.

## En un plazo de 2 semanas

rf-lu-01-why = Toser sangre a los 40 años o más siempre hay que revisarlo. Su { $gp } puede pedirle una radiografía de tórax (del pecho) o enviarle a un especialista para comprobar si hay cáncer de pulmón.
rf-lu-02-why = Una infección en el pecho que vuelve una y otra vez o que no se cura, a los 40 años o más, hay que revisarla. Su { $gp } puede pedirle una radiografía de tórax para buscar problemas de pulmón, incluido el cáncer de pulmón.
rf-lu-03-why = Si tiene 40 años o más y ha fumado alguna vez, hay que revisar síntomas como una tos que no se va, cansancio, falta de aire, dolor en el pecho, pérdida de peso o pérdida de apetito. Su { $gp } puede pedirle una radiografía de tórax para comprobar si hay cáncer de pulmón.
rf-lu-04-why = A los 40 años o más, hay que revisar si tiene dos o más síntomas como una tos que no se va, cansancio, falta de aire, dolor en el pecho, pérdida de peso o pérdida de apetito. Su { $gp } puede pedirle una radiografía de tórax para buscar problemas de pulmón, incluido el cáncer de pulmón.
rf-pa-01-why = Perder peso sin proponérselo a los 60 años o más, junto con dolor de espalda, hay que revisarlo. Los médicos pueden proponer una prueba de imagen para ver el páncreas (un órgano que está detrás del estómago).
rf-my-01-why = Un dolor de espalda que dura 4 semanas o más, a los 60 años o más, a veces puede deberse a un mieloma (un cáncer de la médula ósea). Un análisis de sangre sencillo puede comprobarlo.
rf-my-02-why = Tener dolor en otros huesos además de la espalda, a los 60 años o más, es una de las señales que usan los médicos para buscar un mieloma (un cáncer de la médula ósea). El primer paso suele ser un análisis de sangre.
rf-my-03-why = Tener una infección detrás de otra, a los 60 años o más, puede significar que la médula ósea no funciona tan bien como debería; por ejemplo, por un mieloma (un cáncer de la médula ósea). Un análisis de sangre puede comprobarlo.
rf-cr-01-why = Un cambio duradero en sus hábitos intestinales (cómo y cada cuánto hace caca) hay que revisarlo. Su { $gp } puede ofrecerle una prueba de heces para hacer en casa (llamada FIT) que busca cantidades muy pequeñas de sangre, para comprobar si hay cáncer de intestino.
rf-cr-02-why = La sangre en las heces (la caca), junto con sus otras respuestas, hay que revisarla. Su { $gp } puede ofrecerle una prueba de heces para hacer en casa (llamada FIT) para comprobar si hay cáncer de intestino.
rf-cr-03-why = El dolor de barriga y perder peso sin proponérselo, a los 40 años o más, hay que revisarlos para buscar problemas de intestino, incluido el cáncer de intestino. Su { $gp } puede ofrecerle una prueba de heces para hacer en casa (llamada FIT).
rf-br-01-why = Un bulto nuevo en un pecho o en la axila, a los 30 años o más, hay que revisarlo pronto. La mayoría de los bultos en el pecho no son cáncer, y su { $gp } puede enviarle a una consulta especializada en mama para saberlo.
rf-te-01-why = Un bulto que no duele, una hinchazón o un cambio en un testículo hay que revisarlos. El cáncer de testículo puede extenderse a ganglios cercanos a la columna y causar dolor de espalda, así que su { $gp } puede pedirle una prueba de imagen o enviarle a un especialista.
rf-ki-01-why = La sangre en la orina, a los 45 años o más, hay que revisarla para buscar problemas de riñón o de vejiga, incluido el cáncer. Su { $gp } puede analizarle la orina y enviarle a hacerse más pruebas.
rf-pr-01-why = Los cambios al orinar suelen deberse a una próstata agrandada, que no es cáncer. Su { $gp } puede ofrecerle un análisis de sangre (PSA) y una exploración para comprobar si hay cáncer de próstata, que puede extenderse a los huesos de la espalda.
rf-ov-01-why = La barriga hinchada o la sensación de llenarse enseguida, la mayoría de los días, pueden ser señal de un problema de los ovarios, incluido el cáncer de ovario. Su { $gp } puede ofrecerle un análisis de sangre (CA125) y una ecografía (ultrasonido).
rf-ly-01-why = Los bultos que no duelen y duran más de 3 semanas hay que revisarlos. Pueden ser señal de un linfoma (un cáncer de los ganglios linfáticos), que puede causar dolor de espalda cuando se hinchan los ganglios de la parte de atrás de la barriga.
rf-gn-01-why = Perder peso sin proponérselo, junto con dolor de espalda, es una de las señales que usan los médicos para decidir si hacen falta pruebas para detectar cáncer u otras enfermedades.
rf-gn-02-why = Si ha tenido cáncer, un dolor de espalda nuevo debe revisarlo un médico por si está relacionado con su cáncer, aunque normalmente tiene otra causa.
rf-gn-03-why = Un dolor de espalda que aparece por primera vez después de los 60 años y dura 4 semanas o más debe revisarlo un médico. Buscará causas como un hueso débil o roto o, con menos frecuencia, un cáncer.
rf-gn-04-why = A los 50 años o más, un dolor de espalda que no ha mejorado después de 4 semanas de tratamiento debe revisarlo un médico, para buscar otras causas, incluido el cáncer.
rf-gn-05-why = Los moretones o los sangrados sin una razón clara pueden ser señal de un problema en la sangre. Un análisis de sangre sencillo puede comprobarlo.

## Cita normal

rf-ro-01-why = Un dolor de espalda que dura 6 semanas o más debe revisarlo un { $gp } o un fisioterapeuta, para encontrar el mejor tratamiento para usted.
rf-ro-02-why = Un dolor de espalda que dura 4 semanas o más y no mejora debe revisarlo un { $gp } o un fisioterapeuta.
rf-ro-03-why = Un bulto nuevo en un pecho o en la axila debe revisarlo un { $gp }. La mayoría de los bultos en el pecho no son cáncer, sobre todo en las personas más jóvenes.
rf-ro-04-why = Un dolor de espalda por primera vez a los 60 años o más debe revisarlo un { $gp }, para buscar causas como los huesos frágiles.
rf-ro-05-why = Una rigidez larga por la mañana que mejora al moverse, durante 3 meses o más, puede ser señal de espondiloartritis (un tipo de artritis que causa hinchazón en las articulaciones de la columna). Un { $gp } puede comprobarlo y enviarle a un especialista si hace falta.
rf-ro-06-why = Una tos que dura 3 semanas o más debe revisarla un { $gp }, tenga la edad que tenga.
