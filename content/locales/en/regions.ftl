# Region service names (English): the strings content/regions.toml used to hold
# (emergency_department, urgent_service, gp, name), unchanged.
# Messages receive the last three as variables: $emergency_department, $urgent_service, $gp.
# They are inserted mid-sentence ("go to { $emergency_department }", "use { $urgent_service }",
# "your { $gp }"), so each value carries its own article where it needs one.
# Phone numbers are not text: they stay in content/regions.toml.

## United Kingdom

region-uk-name = United Kingdom
region-uk-emergency-department = A&E
region-uk-urgent-service = NHS 111
region-uk-gp = GP

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
region-au-urgent-service = healthdirect
region-au-gp = GP
