# Textos de la interfaz (español) — traducción sin revisión clínica.
# Variables de región: $emergency_number, $emergency_department, $urgent_service, $gp.
# Posiciones de las variables: "llame al { $emergency_number }", "vaya a { $emergency_department }",
# "contacte con { $urgent_service }", "su { $gp }" / "un { $gp }" (ver regions.ftl).

app-title = Dolor de espalda: compruebe si hay señales de alarma

## Página de inicio

intro-heading = Compruebe si su dolor de espalda tiene señales de alarma
intro-lead = Responda unas preguntas cortas sobre su dolor de espalda y su salud. Le diremos si debe ver a un médico, con qué rapidez y por qué.
intro-most-back-pain = La mayoría de los dolores de espalda no se deben a nada grave y mejoran en pocas semanas. En raras ocasiones, el dolor de espalda puede ser señal de un problema que hay que revisar pronto, como la presión sobre los nervios de la columna, o un cáncer.
intro-use-for-heading = Para qué sirve esta herramienta
intro-use-for = Úsela para saber si su dolor de espalda tiene alguna señal de alarma, y cuándo y dónde pedir ayuda. Si responde por otra persona adulta, conteste las preguntas sobre esa persona.
intro-not-for-heading = Para qué no sirve esta herramienta
intro-not-for-diagnosis = No puede decirle qué le causa el dolor de espalda. Solo puede hacerlo un médico que le examine.
intro-not-for-children = Es solo para personas adultas de 18 años o más. Si un niño o un adolescente tiene dolor de espalda, contacte con su { $gp } o con { $urgent_service }.
intro-not-for-injury = Si su dolor de espalda empezó después de un accidente grave, como un accidente de tráfico o una caída desde una altura, no use esta herramienta. Llame al { $emergency_number } o vaya a { $emergency_department } ahora mismo.
intro-emergency-heading = Cuándo pedir ayuda ahora mismo
intro-emergency-body = Llame al { $emergency_number } o vaya a { $emergency_department } ahora mismo si tiene dolor de espalda y además nota adormecimiento alrededor del ano, en las nalgas o en los genitales, problemas nuevos para orinar o hacer de vientre, debilidad en las piernas, dificultad para caminar, o dolor en el pecho o falta de aire de repente. Llame también al { $emergency_number } si tiene un dolor fuerte y repentino en el abdomen o en la espalda junto con sensación de desmayo, piel fría y húmeda o el corazón muy acelerado.
intro-privacy = Sus respuestas se quedan en este dispositivo. No se envían a ningún sitio. Se borran cuando cierra esta pestaña o cuando borra sus respuestas.
intro-time = Se tarda unos 5 minutos.
intro-version = Versión del contenido { $version }, conjunto de reglas { $hash }. Última revisión clínica: { $reviewed }.

## Botones

button-start = Empezar
button-continue = Continuar
button-continue-after-emergency = Seguir respondiendo las preguntas
button-back = Atrás
button-change = Cambiar
button-clear = Borrar mis respuestas y empezar de nuevo
button-print = Imprimir o guardar como PDF
button-show-summary = Mostrar un resumen para su médico
button-back-to-result = Volver a su resultado

## Preguntas

progress = Pregunta { $current } de unas { $total }
why-we-ask = Por qué preguntamos esto
checklist-hint = Marque todas las que correspondan. Si no le pasa ninguna, continúe sin marcar nada.
answer-yes = Sí
answer-no = No
answer-not-sure = No lo sé
answer-none-of-these = Ninguna de estas
unit-weeks = semanas
unit-years = años
# Ayuda junto a una pregunta numérica en el cuestionario FHIR que usan los sistemas de los hospitales.
help-number-range-whole = Escriba un número entero de { $min } a { $max }.
help-number-range = Escriba un número de { $min } a { $max }.

## Errores

error-summary-title = Hay un problema
error-choose-answer = Elija una respuesta
error-number-missing = Escriba un número
error-number-whole = Escriba un número entero, sin decimales
error-number-range = Escriba un número entre { $min } y { $max }
error-age-under-18 = Esta herramienta es para personas adultas de 18 años o más. Si un niño o un adolescente tiene dolor de espalda, contacte con su { $gp } o con { $urgent_service }. Si un niño tiene alguna señal de emergencia, como debilidad en las piernas, adormecimiento alrededor del ano o en las nalgas, o problemas para orinar o hacer de vientre, llame al { $emergency_number }.

## Revisar las respuestas

check-heading = Revise sus respuestas antes de recibir el consejo
check-lead = Compruebe que sus respuestas son correctas. Puede cambiar cualquier respuesta antes de ver el consejo.
check-change-hidden = { $question }

## Resultado

result-caption = Nuestro consejo
result-why-heading = Por qué le damos este consejo
result-why-lead = Este consejo se basa en sus respuestas. La respuesta que necesita ayuda más rápida es la que decide cuándo deben atenderle.
result-because = Sus respuestas:
result-why-none = Ninguna de sus respuestas coincide con las señales de alarma que busca esta herramienta. Un dolor de espalda así suele mejorar en pocas semanas. Esto no descarta todas las causas graves, así que sus respuestas siguen siendo importantes: si algo cambia, si aparecen síntomas nuevos o si algo le preocupa, siga el consejo de abajo y hable con un médico.
result-explanations-heading = Por qué importan algunas de sus respuestas
result-explanations-lead = Aquí le explicamos por qué algunas respuestas importan y qué podría revisar un médico. No significan que usted tenga cáncer.
result-topics-heading = Si tiene o ha tenido cáncer
result-safety-net-heading = Pida ayuda antes si las cosas cambian
safety-net-emergency-lead = Llame al { $emergency_number } o vaya a { $emergency_department } ahora mismo si nota:
safety-net-saddle = adormecimiento o una sensación rara alrededor del ano, en las nalgas, en los genitales o en la parte interna de los muslos
safety-net-bladder = problemas nuevos para orinar, o que no puede controlar cuándo orina o hace de vientre
safety-net-sexual = adormecimiento nuevo en los genitales, o pérdida nueva de sensibilidad durante las relaciones sexuales
safety-net-both-legs = dolor, adormecimiento o debilidad en las dos piernas
safety-net-weakness = debilidad en las piernas, o dificultad para caminar
safety-net-chest = falta de aire o dolor en el pecho de repente
safety-net-aorta = un dolor fuerte y repentino en el abdomen o en la espalda, con sensación de desmayo, piel fría y húmeda o el corazón muy acelerado
safety-net-same-day = Pida ayuda el mismo día: contacte con su { $gp } o con { $urgent_service } si tiene fiebre (temperatura alta) o se encuentra muy mal. Si está recibiendo tratamiento contra el cáncer, llame enseguida a la línea de urgencias de 24 horas de su equipo de oncología si su temperatura es de 37,5 °C o más o de menos de 36 °C, o si de repente se encuentra mal, aunque su temperatura sea normal.
safety-net-cancer = Si alguna vez ha tenido cáncer, pida que le atiendan en un plazo de 24 horas si su dolor de espalda está en la parte media o alta de la espalda, sigue empeorando, es fuerte y constante, empeora al toser o al hacer fuerza, o no le deja dormir. Contacte con su equipo de oncología (el equipo que trata su cáncer) o, si ya no tiene uno, con su { $gp } o con { $urgent_service }. Llame al { $emergency_number } si tiene un dolor que rodea el pecho o baja por una pierna como una descarga, o si nota debilidad o adormecimiento.
safety-net-gp = Consulte a un { $gp } si su dolor de espalda no mejora después de 4 a 6 semanas, o si pierde peso sin proponérselo.
result-not-diagnosis-heading = Esto no es un diagnóstico
result-not-diagnosis = Esta herramienta da consejos generales según sus respuestas. No puede examinarle ni hacerle pruebas, así que no puede decirle qué le causa el dolor. Si algo le preocupa o sus síntomas cambian, hable con un médico, aunque el consejo de arriba diga que puede esperar.
result-sources-heading = De dónde viene este consejo
result-version = Versión del contenido { $version }, conjunto de reglas { $hash }.
result-reviewed = Última revisión clínica: { $reviewed }. Próxima revisión, como muy tarde: { $review_by }.
result-review-overdue = Ya ha pasado la fecha en la que esta herramienta debía revisarse de nuevo ({ $review_by }), así que sus consejos pueden no estar actualizados. Conéctese a internet y vuelva a cargar esta página para tener la versión más reciente. Si le preocupan sus síntomas, hable con un médico ahora.

## Parada de emergencia (aparece en cuanto se responde una señal de emergencia)

emergency-stop-lead = No espere a terminar las preguntas. Pida ayuda ahora mismo.
emergency-stop-continue-hint = Puede seguir respondiendo para leer más sobre sus respuestas, pero pida ayuda primero.

## Resumen para su médico

summary-heading = Resumen para su médico
summary-lead = Enséñeselo al médico o al personal de enfermería que le atienda, o imprímalo. Contiene sus respuestas y el consejo que le dio esta herramienta. Se hizo en este dispositivo y no se ha enviado a ningún sitio.
summary-created = Creado: { $datetime }
summary-version = Versión del contenido { $version }, conjunto de reglas { $hash }
summary-answers-heading = Sus respuestas
summary-notes-heading = Notas (para su médico)
button-save-file = Guardar como archivo para los sistemas del hospital
summary-file-hint = El archivo usa FHIR, un formato que pueden leer los sistemas informáticos de los hospitales. Contiene sus respuestas y el consejo, pero no su nombre. Se crea y se guarda solo en este dispositivo.

## Pie de página y respuestas guardadas

footer-privacy = Sus respuestas se quedan en este dispositivo. No se envía nada a ningún sitio.
hospital-provided-by = Esta herramienta la ofrece { $name }.
hospital-unnamed = su hospital
hospital-phone = Llamar al { $phone }
hospital-website = Sitio web de { $name } (se abre en una pestaña nueva)
storage-restored = Hemos guardado las respuestas que dio antes en esta pestaña.
storage-other-version = Esta herramienta se ha actualizado desde que empezó. Hemos guardado sus respuestas, pero revíselas otra vez antes de fiarse del resultado.
storage-unreadable = No se pudieron leer sus respuestas guardadas, así que hemos empezado de nuevo. No se ha perdido nada más.
translation-unreviewed = Esta traducción todavía no la ha revisado un profesional clínico. Si algo no está claro, use la versión en inglés o pregunte a un profesional de la salud.

## Idioma

language-switch-label = Idioma
footer-accessibility = Declaración de accesibilidad (se abre en una pestaña nueva)
language-changed = La página está ahora en español.
language-load-failed = No se pudo cargar ese idioma. Sus respuestas se conservan. Compruebe su conexión a internet y vuelva a elegir el idioma.
error-prefix = Error:
link-opens-new-tab = (se abre en una pestaña nueva)
