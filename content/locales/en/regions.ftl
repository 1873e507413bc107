# Region service names (English): the strings content/regions.toml used to hold
# (emergency_department, urgent_service, gp, name), unchanged.
# Messages receive the last three as variables: $emergency_department, $urgent_service, $gp.
# They are inserted mid-sentence ("go to { $emergency_department }", "use { $urgent_service }",
# "your { $gp }"), so each value carries its own article where it needs one.
# Phone numbers are not text: they stay in content/regions.toml.

## United Kingdom

region-uk-name = United Kingdom
region-uk-emergency-department = A&E
region-uk-urgent-service = NHS 111 (in Northern Ireland, your GP out-of-hours service)
region-uk-gp = GP

## Scotland (United Kingdom)

region-uk-sct-name = Scotland
region-uk-sct-emergency-department = A&E
region-uk-sct-urgent-service = NHS 24
region-uk-sct-gp = GP

## Northern Ireland (United Kingdom): no 111 symptom service

region-uk-nir-name = Northern Ireland
region-uk-nir-emergency-department = the emergency department
region-uk-nir-urgent-service = your GP out-of-hours service
region-uk-nir-gp = GP

## United States

region-us-name = United States
region-us-emergency-department = the emergency room
region-us-urgent-service = an urgent care center or your doctor's after-hours line
region-us-gp = primary care doctor

## European Union

region-eu-name = European Union
region-eu-emergency-department = the emergency department
region-eu-urgent-service = your doctor's out-of-hours service
region-eu-gp = family doctor

## Australia

region-au-name = Australia
region-au-emergency-department = the emergency department
region-au-urgent-service = 1800MEDICARE
region-au-gp = GP
