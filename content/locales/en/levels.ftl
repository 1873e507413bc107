# Result levels (English, UK), most to least urgent. For each level: the headline (-title),
# what to do (-action) and where to go (-where).
# Region variables: $emergency_number, $emergency_department, $urgent_service, $gp.

level-emergency-title = Call { $emergency_number } or go to { $emergency_department } now
level-emergency-action = Some of your answers are signs that need checking in hospital straight away. Do not wait to see if they get better, and do not drive yourself. If you have cancer or are having cancer treatment, call your 24-hour acute oncology line (your cancer team's emergency number) as well.
level-emergency-where = Go to { $emergency_department }, or call { $emergency_number } for an ambulance

level-urgent-24h-title = Speak to a doctor today
level-urgent-24h-action = Ask your { $gp } for an appointment or a phone call today, and tell them about your symptoms. If they are closed, use { $urgent_service }. If you have a cancer team, you can call their hotline instead.
level-urgent-24h-where = Your { $gp } today, { $urgent_service }, or your cancer team's hotline

level-within-1-week-title = See a { $gp } or your cancer team within a week
level-within-1-week-action = Contact your { $gp }, or your cancer team if you have one, and ask to be seen within a week. Tell them about your back pain and the answers listed below. If things get worse before then, get help sooner.
level-within-1-week-where = Your { $gp } or your cancer team, within a week

level-within-2-weeks-title = Book an appointment with a { $gp } within 2 weeks
level-within-2-weeks-action = Book an appointment and mention the symptoms listed below. Your { $gp } may arrange tests, or a fast referral to check for cancer. Being checked does not mean you have cancer.
level-within-2-weeks-where = A { $gp } appointment within the next 2 weeks

level-routine-title = Book a routine { $gp } or physiotherapy appointment
level-routine-action = Book an appointment with a { $gp } or physiotherapist when it suits you. In some areas you can see a physiotherapist without seeing a { $gp } first. Until then, keep moving as much as you can.
level-routine-where = A { $gp } or physiotherapist, at a routine appointment

level-self-care-title = You can look after your back pain at home
level-self-care-action = Keep moving and carry on with your usual activities as much as you can, as resting in bed for long can slow recovery. Try a heat pack or a hot water bottle wrapped in a towel. An anti-inflammatory painkiller such as ibuprofen may help, if it is suitable for you: a pharmacist can advise.
level-self-care-where = At home, with advice from a pharmacist if you need it
