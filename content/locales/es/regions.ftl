# Nombres de los servicios de cada región (español) — traducción sin revisión clínica.
# Los mensajes reciben los tres últimos como variables: $emergency_department,
# $urgent_service y $gp. Se insertan en mitad de la frase, así que cada valor tiene que
# encajar en estas posiciones:
#   "vaya a { $emergency_department }"  (no empezar por "el": daría "a el")
#   "contacte con { $urgent_service }"  (puede llevar su propio artículo)
#   "su { $gp }", "un { $gp }"          (sustantivo masculino singular, sin artículo)
# Los números de teléfono no son texto: están en content/regions.toml.

## Reino Unido

region-uk-name = Reino Unido
region-uk-emergency-department = urgencias del hospital (A&E)
region-uk-urgent-service = NHS 111 (en Irlanda del Norte, el servicio fuera de horario de su médico de cabecera)
region-uk-gp = médico de cabecera (GP)

## Escocia (Reino Unido)

region-uk-sct-name = Escocia
region-uk-sct-emergency-department = urgencias del hospital (A&E)
region-uk-sct-urgent-service = NHS 24
region-uk-sct-gp = médico de cabecera (GP)

## Irlanda del Norte (Reino Unido): no tiene servicio 111 para consultar síntomas

region-uk-nir-name = Irlanda del Norte
region-uk-nir-emergency-department = urgencias del hospital
region-uk-nir-urgent-service = el servicio fuera de horario de su médico de cabecera (GP out-of-hours)
region-uk-nir-gp = médico de cabecera (GP)

## Estados Unidos

region-us-name = Estados Unidos
region-us-emergency-department = urgencias del hospital
region-us-urgent-service = un centro de atención urgente o la línea fuera de horario de su médico
region-us-gp = médico de atención primaria

## Unión Europea

region-eu-name = Unión Europea
region-eu-emergency-department = urgencias del hospital
region-eu-urgent-service = el servicio de atención fuera de horario de su médico
region-eu-gp = médico de familia

## Australia

region-au-name = Australia
region-au-emergency-department = urgencias del hospital
region-au-urgent-service = la línea 1800MEDICARE
region-au-gp = médico de cabecera (GP)
