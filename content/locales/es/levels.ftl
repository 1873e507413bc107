# Niveles del resultado (español) — traducción sin revisión clínica. Del más urgente al menos
# urgente. Para cada nivel: el titular (-title), qué hacer (-action) y adónde ir (-where).
# Variables de región: $emergency_number, $emergency_department, $urgent_service, $gp.

level-emergency-title = Llame al { $emergency_number } o vaya a { $emergency_department } ahora mismo
level-emergency-action = Algunas de sus respuestas son señales que hay que revisar en el hospital enseguida. No espere a ver si mejoran, y no vaya conduciendo usted. Si tiene cáncer o está recibiendo tratamiento contra el cáncer, llame también a la línea de urgencias de 24 horas de su equipo de oncología (el equipo que trata su cáncer).
level-emergency-where = Vaya a { $emergency_department }, o llame al { $emergency_number } para pedir una ambulancia

level-urgent-24h-title = Hable hoy con un médico
level-urgent-24h-action = Pida a su { $gp } una cita o una llamada para hoy, y cuéntele sus síntomas. Si la consulta está cerrada, contacte con { $urgent_service }. Si tiene un equipo de oncología, puede llamar en su lugar a la línea de urgencias de 24 horas de su equipo de oncología.
level-urgent-24h-where = Su { $gp } hoy, { $urgent_service }, o la línea de urgencias de 24 horas de su equipo de oncología

level-within-1-week-title = Consulte a un { $gp } o a su equipo de oncología en el plazo de una semana
level-within-1-week-action = Contacte con su { $gp }, o con su equipo de oncología si tiene uno, y pida que le atiendan en el plazo de una semana. Cuénteles lo de su dolor de espalda y las respuestas que aparecen abajo. Si las cosas empeoran antes, pida ayuda antes.
level-within-1-week-where = Su { $gp } o su equipo de oncología, en el plazo de una semana

level-within-2-weeks-title = Pida una cita con un { $gp } en un plazo de 2 semanas
level-within-2-weeks-action = Pida una cita y mencione los síntomas que aparecen abajo. Su { $gp } puede pedirle pruebas, o enviarle rápido a un especialista para comprobar si hay cáncer. Que le revisen no significa que tenga cáncer.
level-within-2-weeks-where = Una cita con un { $gp } en las próximas 2 semanas

level-routine-title = Pida una cita normal con un { $gp } o con un fisioterapeuta
level-routine-action = Pida una cita con un { $gp } o un fisioterapeuta cuando le venga bien. En algunas zonas puede ir al fisioterapeuta sin ver antes a un { $gp }. Mientras tanto, siga moviéndose todo lo que pueda.
level-routine-where = Un { $gp } o un fisioterapeuta, en una cita normal

level-self-care-title = Puede cuidar su dolor de espalda en casa
level-self-care-action = Siga moviéndose y haga sus actividades de siempre todo lo que pueda, porque pasar mucho tiempo en la cama puede hacer que tarde más en recuperarse. Pruebe con una bolsa de calor o una bolsa de agua caliente envuelta en una toalla. Un medicamento antiinflamatorio para el dolor, como el ibuprofeno, puede ayudar si es adecuado para usted: en la farmacia le pueden aconsejar.
level-self-care-where = En casa, con consejo de la farmacia si lo necesita
