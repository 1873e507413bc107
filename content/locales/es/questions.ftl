# Preguntas, pantallas de lista, opciones de respuesta y títulos de sección (español) —
# traducción sin revisión clínica. Los identificadores siguen content/README.md.
# Variables de región: $emergency_number, $emergency_department, $urgent_service, $gp.

## Títulos de sección

section-emergency = Señales de alarma urgentes
section-about-you = Sobre usted
section-cancer = Cáncer y tratamiento del cáncer
section-pain = Su dolor de espalda
section-health = Su salud en general

## Sección 1: señales de emergencia

q-major-trauma = ¿Su dolor de espalda empezó después de una lesión grave, como un accidente de tráfico o una caída desde una altura?
q-major-trauma-hint = Por ejemplo, un accidente en la carretera, una caída desde una escalera o un tejado, o un golpe fuerte en la espalda.
q-major-trauma-why = Una lesión grave puede romper los huesos de la columna o dañar los nervios que hay dentro. Esto hay que revisarlo en el hospital enseguida.

q-sudden-chest-pain-or-breathlessness = En el último día, más o menos, ¿ha empezado de repente a faltarle el aire o a tener dolor en el pecho?
q-sudden-chest-pain-or-breathlessness-hint = Nos referimos a problemas para respirar o a un dolor en el pecho que empezaron de repente, no a algo que tiene desde hace mucho tiempo.
q-sudden-chest-pain-or-breathlessness-why = El dolor de espalda con falta de aire o dolor en el pecho de repente puede ser señal de un problema en los pulmones, el corazón o un vaso sanguíneo grande, como un coágulo de sangre en el pulmón. Esto hay que revisarlo enseguida.

q-sudden-severe-pain-with-collapse-signs = ¿Ha tenido un dolor fuerte y repentino en el abdomen o en la parte baja de la espalda junto con sensación de desmayo o mareo, sudor o piel fría y húmeda, o el corazón muy acelerado?
q-sudden-severe-pain-with-collapse-signs-hint = Responda también que sí si se desmayó cuando empezó el dolor.
q-sudden-severe-pain-with-collapse-signs-why = Un dolor fuerte y repentino en el abdomen o en la espalda con sensación de desmayo puede significar que se ha roto el vaso sanguíneo principal del abdomen (la aorta). Esto es una emergencia.

q-saddle-anaesthesia = ¿Tiene adormecimiento o una sensación rara alrededor del ano, en las nalgas, en los genitales o en la parte interna de los muslos?
q-saddle-anaesthesia-hint = Por ejemplo, no nota bien el papel higiénico al limpiarse, o siente la piel de esa zona distinta de lo normal.
q-saddle-anaesthesia-why = Los nervios de la parte baja de la columna dan sensibilidad a esta zona. También controlan la vejiga, el intestino y los órganos sexuales. El adormecimiento aquí puede significar que algo está apretando estos nervios, y eso hay que tratarlo en el hospital enseguida.

q-bladder-or-bowel-dysfunction = Desde que empezó su dolor de espalda, ¿ha tenido algún problema nuevo para orinar o hacer de vientre?
q-bladder-or-bowel-dysfunction-hint = Por ejemplo, le cuesta empezar a orinar o no puede orinar, no nota cuándo tiene la vejiga llena, se le escapa la orina, o no puede controlar cuándo hace de vientre.
q-bladder-or-bowel-dysfunction-why = Los nervios de la parte baja de la columna controlan la vejiga y el intestino. Los problemas nuevos para orinar o hacer de vientre pueden significar que algo está apretando estos nervios. Esto hay que revisarlo en el hospital enseguida.

step-nerve-signs-title = Desde que empezó su dolor de espalda, ¿ha tenido algo de esto?
step-nerve-signs-why = A veces un problema en la espalda presiona los nervios que van a las piernas. Estas señales nos ayudan a saber si los nervios pueden estar afectados, y con qué rapidez debe pedir ayuda.

q-leg-weakness = Debilidad en una pierna, o una pierna que le falla o que le cuesta levantar
q-leg-weakness-why = Tener las piernas débiles puede significar que algo está presionando un nervio de la espalda. Hay que revisarlo enseguida para poder proteger el nervio.

q-difficulty-walking = Problemas nuevos para caminar o para mantener el equilibrio de pie
q-difficulty-walking-why = Si le cuesta más caminar o mantener el equilibrio, puede significar que algo está apretando los nervios de la columna. Hay que revisarlo enseguida.

q-bilateral-leg-symptoms = Dolor, adormecimiento o debilidad en las dos piernas
q-bilateral-leg-symptoms-why = Cuando están afectadas las dos piernas, la presión puede estar sobre el grupo principal de nervios de la parte baja de la columna, y no solo sobre un nervio. Esto hay que revisarlo en el hospital enseguida.

q-both-legs-long-standing = ¿Tiene los síntomas en las dos piernas desde hace 3 meses o más, sin que hayan empeorado?
q-both-legs-long-standing-hint = Por ejemplo, le duelen o le hormiguean las piernas al caminar y se le alivian al sentarse o al inclinarse hacia delante, y esto no ha cambiado en meses. Si los síntomas son nuevos o están empeorando, responda que no.
q-both-legs-long-standing-why = Los síntomas nuevos o que empeoran en las dos piernas pueden significar que algo está apretando los nervios de la parte baja de la columna, y eso es una emergencia. Los síntomas que siguen igual desde hace meses se deben más a menudo a un estrechamiento de la columna (estenosis espinal), que puede revisar un { $gp }.

q-leg-numbness = Adormecimiento u hormigueo en las piernas o los pies
q-leg-numbness-why = El adormecimiento o el hormigueo pueden significar que algo está presionando un nervio de la espalda. Junto con sus otras respuestas, nos ayuda a decidir con qué rapidez tienen que atenderle.

q-radicular-pain = Dolor que sale de la espalda y baja por una pierna como una descarga, o que rodea el pecho
q-radicular-pain-why = Este tipo de dolor, como una descarga, viene de un nervio irritado; por ejemplo, la ciática (dolor del nervio que baja por la pierna). Si alguna vez ha tenido cáncer, hay que revisarlo enseguida, porque algo puede estar presionando los nervios de la columna.

q-new-sexual-dysfunction = Adormecimiento nuevo en los genitales, o problemas nuevos durante las relaciones sexuales
q-new-sexual-dysfunction-hint = Por ejemplo, sentir menos durante las relaciones sexuales, o problemas nuevos para tener una erección.
q-new-sexual-dysfunction-why = Los nervios de la parte baja de la columna también controlan los órganos sexuales. Los problemas nuevos en esta zona pueden significar que algo está apretando estos nervios, y eso hay que revisarlo en el hospital enseguida.

## Sección 2: sobre usted

q-age = ¿Cuántos años tiene?
q-age-hint = Por ejemplo, 58
q-age-range-why = Esta herramienta es para adultos de 18 años o más.
q-age-why = Algunos tipos de cáncer son más frecuentes a medida que las personas se hacen mayores. Los médicos usan su edad para decidir qué pruebas son adecuadas para usted.

q-sex = ¿Cuál de estas opciones corresponde a su cuerpo?
q-sex-hint = Solo usamos esto para decidir qué preguntas hacerle sobre órganos como la próstata, los testículos o los ovarios. Si ninguna encaja, elija la que mejor corresponda a los órganos que tiene.
q-sex-why = Algunos cánceres solo afectan a ciertos órganos, como la próstata, los testículos o los ovarios. Con su respuesta, solo le hacemos las preguntas que corresponden a su cuerpo.
opt-sex-female = Femenino
opt-sex-male = Masculino

## Sección 3: antecedentes de cáncer y tratamiento

q-history-of-cancer = ¿Alguna vez le han dicho que tiene cáncer?
q-history-of-cancer-hint = Incluya también un cáncer que se trató y ya no está, aunque fuera hace mucho tiempo. Puede responder que no si el único cáncer que tuvo fue un cáncer de piel de células basales (un cáncer de piel frecuente que casi nunca se extiende).
q-history-of-cancer-why = Algunos cánceres pueden extenderse a la columna, a veces años después del tratamiento. Por eso, si ha tenido cáncer, un dolor de espalda nuevo hay que revisarlo antes.

q-cancer-type = ¿Qué tipo de cáncer ha tenido?
q-cancer-type-hint = Si ha tenido más de uno, elija el más reciente. Si el suyo no está en la lista o tiene dudas, elija la última opción.
q-cancer-type-why = Cada cáncer se extiende de una forma distinta. Saber el tipo nos ayuda a mostrarle la información más útil.
opt-cancer-type-breast = Cáncer de mama
opt-cancer-type-lung = Cáncer de pulmón
opt-cancer-type-prostate = Cáncer de próstata
opt-cancer-type-kidney = Cáncer de riñón
opt-cancer-type-thyroid = Cáncer de tiroides
opt-cancer-type-myeloma = Mieloma (un cáncer de la médula ósea)
opt-cancer-type-lymphoma = Linfoma (un cáncer de los ganglios linfáticos)
opt-cancer-type-colorectal = Cáncer de intestino (de colon o de recto)
opt-cancer-type-testicular = Cáncer de testículo
opt-cancer-type-ovarian = Cáncer de ovario
opt-cancer-type-melanoma = Melanoma (un tipo de cáncer de piel)
opt-cancer-type-other = Otro tipo de cáncer, o no lo sé

q-known-bone-metastases = ¿Le han dicho que su cáncer se ha extendido a los huesos?
q-known-bone-metastases-hint = Los médicos pueden llamarlo metástasis óseas o cáncer de hueso secundario.
q-known-bone-metastases-why = Si hay cáncer en los huesos, un dolor de espalda nuevo o que empeora puede significar que está afectando a la columna. Su equipo de oncología (el equipo que trata su cáncer) querrá revisarlo pronto.

q-current-cancer-treatment = ¿Está recibiendo algún tratamiento contra el cáncer en este momento?
q-current-cancer-treatment-hint = Esto incluye pastillas, inyecciones, medicamentos por la vena (suero o gotero), radioterapia y tratamiento hormonal.
q-current-cancer-treatment-why = Se lo preguntamos a todo el mundo, porque algunas personas reciben tratamiento contra el cáncer sin pensar en él como tal; por ejemplo, pastillas para evitar que el cáncer vuelva. Algunos tratamientos contra el cáncer pueden causar dolor de espalda como efecto secundario. Algunos también hacen que al cuerpo le cueste más defenderse de las infecciones. Su equipo de oncología necesita saber si tiene un dolor de espalda nuevo.

q-treatment-agent = ¿Qué tratamiento está recibiendo?
q-treatment-agent-hint = Si recibe más de uno, elija el que empezó más cerca del momento en que comenzó su dolor de espalda. Si tiene dudas, elija la última opción.
q-treatment-agent-why = Algunos medicamentos contra el cáncer pueden causar dolores de espalda, de huesos o de articulaciones. Saber cuál toma nos ayuda a explicarle qué podría estar causando su dolor.
opt-treatment-agent-chemotherapy = Quimioterapia (medicamentos que matan las células del cáncer)
opt-treatment-agent-trastuzumab = Trastuzumab (también llamado Herceptin)
opt-treatment-agent-aromatase-inhibitor = Un inhibidor de la aromatasa (un tratamiento hormonal para el cáncer de mama), como letrozol, anastrozol o exemestano
opt-treatment-agent-tamoxifen = Tamoxifeno
opt-treatment-agent-androgen-deprivation = Tratamiento hormonal para el cáncer de próstata que baja la testosterona
opt-treatment-agent-immunotherapy = Inmunoterapia (medicamentos que ayudan a su sistema inmunitario, las defensas del cuerpo, a combatir el cáncer)
opt-treatment-agent-other = Otro tratamiento, o no lo sé

q-pain-started-with-new-cancer-drug = ¿Su dolor de espalda empezó en las primeras semanas después de comenzar un medicamento nuevo contra el cáncer?
q-pain-started-with-new-cancer-drug-why = El dolor de espalda puede ser un efecto secundario de algunos medicamentos contra el cáncer. Su equipo de oncología puede comprobar si esa es la causa y ayudarle con el dolor.

## Sección 4: el dolor de espalda

q-duration-weeks = ¿Cuántas semanas hace que tiene este dolor de espalda?
q-duration-weeks-hint = Si hace menos de una semana, escriba 0
q-duration-weeks-why = La mayoría de los dolores de espalda mejoran en pocas semanas. Si el dolor dura más, puede que un médico tenga que buscar otras causas.

q-long-standing-unchanged = ¿Este dolor ha seguido más o menos igual, sin empeorar, durante más de un año?
q-long-standing-unchanged-why = Un dolor que lleva mucho tiempo igual tiene menos probabilidades de venir de un problema nuevo. Un dolor nuevo o que está cambiando necesita más atención.

q-first-ever-episode = ¿Es la primera vez en su vida que tiene un dolor de espalda así?
q-first-ever-episode-why = Si el dolor de espalda aparece por primera vez a una edad más avanzada, es más probable que tenga que revisarlo un médico que si es un dolor que ya ha tenido antes.

step-how-it-started-title = ¿Cómo empezó su dolor de espalda?
step-how-it-started-why = La forma en que empieza el dolor de espalda puede dar pistas sobre su causa. Por ejemplo, un esfuerzo, o un hueso que se rompió con más facilidad de lo normal.

q-minor-trauma-fracture = Empezó de repente después de una caída o un golpe pequeños, o al toser o estornudar
q-minor-trauma-fracture-why = Una caída pequeña o un golpe de tos no suelen romper un hueso. Si parece que lo han hecho, puede que el hueso esté más débil de lo normal. Esto puede deberse a huesos frágiles (osteoporosis) o, con menos frecuencia, a un cáncer en el hueso.

q-clear-mechanical-cause = Empezó después de levantar algo, de un giro o de un esfuerzo, o después de hacer algo que no suele hacer
q-clear-mechanical-cause-why = El dolor de espalda que empieza después de un esfuerzo suele venir de un músculo forzado o de una articulación rígida. Este tipo de dolor suele mejorar con el tiempo.

q-gradual-onset = Empezó poco a poco, sin ninguna lesión ni esfuerzo que usted recuerde
q-gradual-onset-why = El dolor de espalda muchas veces empieza sin una razón clara. Saber cómo empezó ayuda a un médico a averiguar la causa.

q-improving = ¿Está mejorando su dolor de espalda?
q-improving-why = Un dolor de espalda que se va aliviando poco a poco suele estar curándose solo. Si el dolor no mejora después de unas semanas, debe revisarlo un médico.

q-no-improvement-with-treatment = ¿Ha probado medicamentos para el dolor, ejercicio o fisioterapia durante 4 semanas o más, y no le han ayudado?
q-no-improvement-with-treatment-why = La mayoría de los dolores de espalda se alivian con tratamientos sencillos. Si no le han ayudado después de un mes, un médico debe buscar otras causas.

step-where-it-hurts-title = ¿Cuáles de estas frases describen dónde o cómo le duele?
step-where-it-hurts-why = Dónde está el dolor, y qué lo empeora, puede ayudar a ver si viene de los músculos y las articulaciones o de otra cosa, como los huesos de la columna.

q-thoracic-location = El dolor está sobre todo en la parte alta o media de la espalda (entre los omóplatos o debajo de ellos) o en el cuello
q-thoracic-location-why = La mayoría de los dolores de espalda están en la parte baja. El dolor más arriba es menos frecuente. Si ha tenido cáncer, hay que revisarlo antes.

q-band-like-pain = El dolor se extiende alrededor del pecho o del abdomen, como una banda
q-band-like-pain-why = Un dolor que rodea el cuerpo como un cinturón puede venir de un nervio presionado en el punto donde sale de la columna.

q-flank-pain = El dolor está sobre todo en un lado, justo debajo de las costillas (donde está el riñón)
q-flank-pain-why = El dolor en esta zona puede venir de un riñón y no de los músculos de la espalda. Si marca esta opción, le daremos más información sobre los problemas de riñón a los que debe prestar atención.

q-localised-tenderness = Un punto de la columna duele mucho al apretarlo
q-localised-tenderness-why = Un punto muy doloroso en el hueso de la columna puede ser señal de un problema en el propio hueso, como una fractura o, rara vez, un cáncer.

q-pain-worse-straining = El dolor empeora al toser, al estornudar o al hacer fuerza en el baño
q-pain-worse-straining-why = Toser y hacer fuerza aumentan la presión dentro de la columna. Si el dolor empeora al hacerlo, puede significar que algo está presionando los nervios o la médula espinal (el cordón de nervios que va por dentro de la columna).

q-pain-on-deep-breath = El dolor empeora al respirar hondo
q-pain-on-deep-breath-why = El dolor al tomar aire puede venir de las costillas, de los músculos que hay entre ellas o de los pulmones. Si además le falta el aire de repente, llame al { $emergency_number }.

step-pain-pattern-title = ¿Cuáles de estas frases describen su dolor?
step-pain-pattern-why = Algunos tipos de dolor son más frecuentes cuando el dolor de espalda tiene una causa distinta de un músculo o una articulación forzados. Los médicos los valoran junto con sus otras respuestas.

q-progressive-pain = Empeora cada vez más, semana a semana
q-progressive-pain-why = La mayoría de los dolores de espalda se alivian poco a poco. Un dolor que sigue empeorando debe revisarlo un médico, sobre todo si ha tenido cáncer.

q-severe-unremitting = Es fuerte y constante, y no se alivia ni con medicamentos para el dolor
q-severe-unremitting-why = Un dolor muy fuerte que nunca da tregua puede ser señal de un problema en los huesos de la columna. Debe revisarlo un médico.

q-night-pain = Es peor por la noche o a primera hora de la mañana
q-night-pain-why = El dolor por la noche tiene muchas causas, como la inflamación (hinchazón) de las articulaciones de la columna. Junto con sus otras respuestas, ayuda a un médico a entender la causa.

q-wakes-from-sleep = No le deja dormir o le despierta
q-wakes-from-sleep-why = Un dolor tan fuerte que no le deja dormir bien es una de las señales que buscan los médicos en las personas que han tenido cáncer. También puede venir de la inflamación de las articulaciones de la columna.

q-pain-at-rest = Tiene el dolor incluso cuando está en reposo, sin moverse
q-pain-at-rest-why = El dolor de un músculo forzado suele aliviarse con el reposo. Si el dolor sigue cuando no se mueve, eso ayuda a un médico a ir acotando la causa.

q-worse-lying-down = Empeora cuanto más tiempo pasa en la cama
q-worse-lying-down-why = Un dolor que va a más mientras está en la cama tiene varias causas posibles. Un médico lo valorará junto con sus otras respuestas.

q-not-related-to-movement = Parece que no tiene nada que ver con cómo se mueve
q-not-related-to-movement-why = Un dolor que no cambia al moverse puede no venir de los músculos o las articulaciones. Pero el dolor por una causa grave también puede cambiar con el movimiento, así que miramos todas sus respuestas juntas.

q-morning-stiffness-improves-with-activity = Tiene la espalda rígida durante más de 30 minutos por la mañana, y mejora cuando se mueve
q-morning-stiffness-improves-with-activity-why = Una rigidez larga por la mañana que mejora con el ejercicio puede ser señal de espondiloartritis (un tipo de artritis que causa hinchazón en las articulaciones de la columna). Un médico puede comprobarlo.

## Sección 5: salud en general

q-fever = ¿Ha tenido fiebre (temperatura alta), o ha sentido calor y escalofríos?
q-fever-hint = Hay fiebre cuando la temperatura es de 38 °C o más. Puede notar el pecho o la espalda calientes al tocarlos. Si está recibiendo tratamiento contra el cáncer, responda que sí si su temperatura ha sido de 37,5 °C o más, o de menos de 36 °C: las dos cosas pueden ser señal de infección.
q-fever-why = La fiebre con dolor de espalda puede ser señal de una infección, a veces en la columna o cerca de ella. Si está recibiendo tratamiento contra el cáncer o tiene el sistema inmunitario débil, pida ayuda enseguida si tiene la temperatura alta o baja.

q-unexplained-weight-loss = ¿Ha perdido peso en los últimos 6 meses sin proponérselo?
q-unexplained-weight-loss-hint = Por ejemplo, la ropa, el cinturón o los anillos le quedan más sueltos, pero no ha cambiado lo que come ni cuánta actividad física hace.
q-unexplained-weight-loss-why = Perder peso sin proponérselo tiene muchas causas. Junto con el dolor de espalda, es una de las señales que usan los médicos para decidir si hacen falta pruebas, también pruebas para detectar cáncer.

step-general-symptoms-title = ¿Ha tenido algo de esto en las últimas semanas?
step-general-symptoms-why = Estos síntomas suelen deberse a enfermedades comunes. Junto con el dolor de espalda, un médico puede querer comprobar si hay una infección, o un problema de la sangre o de la médula ósea.

q-fatigue = Tener más cansancio de lo normal durante semanas
q-fatigue-why = El cansancio es muy frecuente. Un cansancio que dura, junto con dolor de espalda, puede ser señal de anemia (pocos glóbulos rojos en la sangre) o, con menos frecuencia, de cáncer.

q-loss-of-appetite = Pérdida del apetito
q-loss-of-appetite-why = No tener ganas de comer puede ir con muchas enfermedades. Los médicos lo valoran junto con la pérdida de peso y sus otros síntomas.

q-night-sweats = Sudores muy fuertes por la noche, tanto que tiene que cambiarse la ropa de dormir o las sábanas
q-night-sweats-why = Sudar mucho por la noche puede ser señal de una infección o, con menos frecuencia, de un linfoma (un cáncer de los ganglios linfáticos).

q-feels-unwell = Encontrarse mal en todo el cuerpo
q-feels-unwell-why = Encontrarse mal además de tener dolor de espalda puede ser señal de una infección, incluso sin fiebre. Si está recibiendo tratamiento contra el cáncer y se encuentra mal, pida ayuda enseguida.

q-bone-pain-elsewhere = Dolor molesto en otros huesos, como las costillas o las caderas
q-bone-pain-elsewhere-why = El dolor en varios huesos tiene muchas causas. En personas de 60 años o más, es una de las señales que usan los médicos para buscar un mieloma (un cáncer de la médula ósea).

q-recurrent-infections = Tener infecciones que vuelven una y otra vez
q-recurrent-infections-why = Las infecciones que vuelven una y otra vez pueden significar que su sistema inmunitario no funciona tan bien como de costumbre. Una de las causas que buscan los médicos es un problema de la médula ósea, como el mieloma (un cáncer de la médula ósea).

q-unexplained-bruising-bleeding = Moratones, sangrado por la nariz u otros sangrados sin una razón clara
q-unexplained-bruising-bleeding-why = Que le salgan moratones o sangre con facilidad puede ser señal de un problema en la sangre. Un análisis de sangre sencillo puede comprobarlo.

step-bones-immunity-title = ¿Le pasa alguna de estas cosas?
step-bones-immunity-why = Algunas enfermedades y medicamentos debilitan los huesos o hacen más probables las infecciones. Esto puede cambiar lo que podría estar causando su dolor de espalda.

q-osteoporosis = Tiene osteoporosis (huesos frágiles, más débiles), o se ha roto un hueso después de una caída leve
q-osteoporosis-why = Los huesos frágiles se rompen con más facilidad, también los de la columna. Una fractura así hay que revisarla y tratarla.

q-steroid-use = Ha tomado pastillas de corticoides (esteroides), como la prednisolona, durante 3 meses o más
q-steroid-use-why = Tomar pastillas de corticoides durante mucho tiempo puede hacer que los huesos se vuelvan más frágiles y que las infecciones sean más probables.

q-immunosuppression = Tiene el sistema inmunitario (las defensas del cuerpo) débil. Esto puede deberse a la quimioterapia, un trasplante, el VIH o medicamentos que lo debilitan.
q-immunosuppression-why = Con el sistema inmunitario débil cuesta más combatir las infecciones, también una infección en la columna. Entre los medicamentos que lo debilitan están los corticoides (esteroides) y los medicamentos biológicos, como el adalimumab. Un médico debe revisar pronto su dolor de espalda.

q-iv-drug-use = Se inyecta drogas
q-iv-drug-use-why = Al inyectarse pueden entrar gérmenes en la sangre, y estos pueden llegar a la columna. Se lo preguntamos para darle el consejo adecuado, no para juzgarle.

q-recent-infection-or-spinal-procedure = En los últimos 3 meses, ha tenido una infección causada por bacterias (como una infección de orina). O le han puesto una inyección o le han hecho una operación en la columna.
q-recent-infection-or-spinal-procedure-why = Los gérmenes de una infección, o de un procedimiento en la columna, a veces pueden extenderse a los huesos o a los discos de la columna. Por eso, un dolor de espalda que sigue empeorando, que está presente todo el tiempo o que va acompañado de fiebre hay que revisarlo rápido.

step-chest-title = ¿Le pasa alguna de estas cosas en el pecho o al respirar?
step-chest-why = Los pulmones están cerca de la columna y de las costillas, así que a veces los problemas de pulmón pueden causar dolor de espalda. Estas preguntas ayudan a decidir si necesita que le revisen el pecho.

q-smoker = Fuma ahora o ha fumado en el pasado
q-smoker-why = Fumar aumenta el riesgo de cáncer de pulmón, aunque lo haya dejado hace años. Cambia las pruebas que recomiendan los médicos.

q-breathlessness = Quedarse sin aliento con más facilidad de lo normal
q-breathlessness-why = La falta de aire tiene muchas causas, como el asma o una infección respiratoria. Junto con otros síntomas, puede que necesite una radiografía de tórax (del pecho).

q-chest-pain = Dolor en el pecho
q-chest-pain-why = El dolor en el pecho tiene muchas causas, y un médico debe revisarlo el mismo día. También es uno de los síntomas de pulmón que los médicos valoran junto con sus otras respuestas. Si el dolor en el pecho empieza de repente o es fuerte, llame al { $emergency_number }.

q-haemoptysis = Toser sangre
q-haemoptysis-why = Toser sangre muchas veces se debe a una infección respiratoria, pero siempre debe revisarlo un médico el mismo día. En personas de 40 años o más, puede ser señal de cáncer de pulmón.

q-recurrent-chest-infections = Una infección respiratoria que vuelve una y otra vez o que no se cura
q-recurrent-chest-infections-why = Las infecciones respiratorias que vuelven una y otra vez a veces se deben a algo que tapa una vía respiratoria, como un bulto en el pulmón.

q-persistent-cough-weeks = Si tiene tos, ¿cuántas semanas hace que la tiene?
q-persistent-cough-weeks-hint = Escriba 0 si no tiene tos
q-persistent-cough-weeks-why = Una tos que dura 3 semanas o más debe revisarla un médico. Junto con otros síntomas, puede ser señal de un problema de pulmón, incluido el cáncer de pulmón.

step-tummy-title = ¿Ha notado algo de esto?
step-tummy-why = Los órganos del abdomen, como el intestino, el páncreas y los riñones, están cerca de la espalda. A veces, los problemas en ellos se notan como dolor de espalda.

q-bowel-habit-change = Un cambio en sus hábitos intestinales (cómo y cada cuánto hace de vientre) que dura más de unas semanas, como heces más blandas, hacer de vientre más a menudo o estreñimiento
q-bowel-habit-change-why = Un cambio duradero en los hábitos intestinales suele deberse a cosas como la dieta o una infección. A veces es señal de cáncer de intestino, por eso un médico puede ofrecerle una prueba sencilla para hacer en casa.

q-blood-in-stool = Sangre en las heces o sobre ellas
q-blood-in-stool-why = La sangre en las heces muchas veces viene de hemorroides (venas hinchadas alrededor del ano). También puede ser señal de cáncer de intestino, por eso hay que revisarla.

q-abdominal-pain = Dolor en el abdomen
q-abdominal-pain-why = El dolor en el abdomen junto con dolor de espalda puede venir de órganos cercanos a la columna, como el intestino, el páncreas o los riñones.

q-jaundice = Piel amarilla, o la parte blanca de los ojos amarilla
q-jaundice-why = La piel o los ojos amarillos (ictericia) pueden indicar un problema del hígado, de la vesícula biliar o del páncreas. Un médico debe revisarlo el mismo día.

q-blood-in-urine = Sangre en la orina
q-blood-in-urine-why = La sangre en la orina puede deberse a una infección o a piedras en el riñón, y a veces a un cáncer de riñón o de vejiga. Siempre hay que revisarla, aunque haya pasado una sola vez.

q-new-onset-diabetes = Que le hayan dicho en los últimos meses que tiene diabetes
q-new-onset-diabetes-why = La diabetes nueva es frecuente y tiene muchas causas. En raras ocasiones, junto con la pérdida de peso, puede ser señal de un problema en el páncreas.

step-lumps-title = ¿Ha encontrado alguno de estos bultos?
step-lumps-why = La mayoría de los bultos nuevos no son cáncer, pero un médico debe revisarlos. Algunos cánceres que causan bultos también pueden causar dolor de espalda.

q-breast-lump = Un bulto nuevo en un pecho o en la axila (los hombres también pueden tenerlos)
q-breast-lump-why = La mayoría de los bultos en el pecho no son cáncer. Pero el cáncer de mama puede extenderse a la columna, así que un bulto nuevo hay que revisarlo.

q-lymph-node-swelling = Bultos que no duelen en el cuello, la axila o la ingle y que duran más de 3 semanas
q-lymph-node-swelling-why = Los ganglios inflamados (ganglios linfáticos) suelen deberse a una infección y se deshinchan en pocas semanas. Si siguen inflamados, puede ser señal de un linfoma (un cáncer de los ganglios linfáticos).

step-male-organs-title = ¿Ha notado algo de esto?
step-male-organs-why = Los problemas de la próstata o de los testículos a veces pueden estar relacionados con el dolor de espalda. Estos síntomas suelen tener una causa menos grave.

q-urinary-symptoms = Necesitar orinar más a menudo, sobre todo por la noche, o un chorro débil o lento al orinar
q-urinary-symptoms-why = Estos cambios suelen deberse a una próstata agrandada, que no es cáncer. A veces son señal de cáncer de próstata, que puede extenderse a los huesos de la espalda.

q-testicular-swelling = Un bulto que no duele, una hinchazón o un cambio de forma en un testículo
q-testicular-swelling-why = El cáncer de testículo puede extenderse a ganglios de la parte de atrás del abdomen, cerca de la columna, y causar dolor de espalda. La mayoría de los bultos no son cáncer, pero todos hay que revisarlos.

step-female-organs-title = ¿Ha tenido algo de esto la mayoría de los días?
step-female-organs-why = El cáncer de ovario puede causar síntomas como el abdomen hinchado y, a veces, dolor en la parte baja de la espalda. Estos síntomas son frecuentes y suelen tener una causa menos grave.

q-persistent-bloating = El abdomen hinchado o inflado la mayoría de los días (12 días o más al mes)
q-persistent-bloating-why = La hinchazón que aparece la mayoría de los días y no se va es una de las principales señales que revisan los médicos para el cáncer de ovario.

q-early-satiety = Sensación de llenarse enseguida, después de comer solo un poco, la mayoría de los días
q-early-satiety-why = Notar que se llena después de comer solo un poco, la mayoría de los días, puede ser señal de cáncer de ovario, y hay que revisarlo.

q-family-history-of-cancer = ¿Algún familiar cercano, como su padre o su madre, un hermano o una hermana, o un hijo o una hija, ha tenido cáncer?
q-family-history-of-cancer-why = Algunos cánceres se dan más en ciertas familias. Su respuesta no cambia nuestro consejo sobre su dolor de espalda, pero es útil que su médico lo sepa.
