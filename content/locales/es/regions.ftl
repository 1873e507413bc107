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
region-uk-urgent-service = NHS 111
region-uk-gp = médico de cabecera (GP)

## Estados Unidos

region-us-name = Estados Unidos
region-us-emergency-department = la sala de emergencias
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
region-au-urgent-service = healthdirect
region-au-gp = médico de cabecera (GP)
