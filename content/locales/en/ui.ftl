# Interface text (English, UK).
# Region variables: $emergency_number, $emergency_department, $urgent_service, $gp.

app-title = Back pain: check for warning signs

## Start page

intro-heading = Check your back pain for warning signs
intro-lead = Answer some short questions about your back pain and your health. We will tell you if you should see a doctor, how soon, and why.
intro-most-back-pain = Most back pain is not caused by anything serious and gets better within a few weeks. Rarely, back pain can be a sign of a problem that needs checking quickly, such as pressure on the nerves in the spine, or cancer.
intro-use-for-heading = What this tool is for
intro-use-for = Use it to find out if your back pain has any warning signs, and when and where to get help. If you are answering for another adult, answer the questions about them.
intro-not-for-heading = What this tool is not for
intro-not-for-diagnosis = It cannot tell you what is causing your back pain. Only a doctor who can examine you can do that.
intro-not-for-children = It is only for adults aged 18 and over. For a child or teenager with back pain, contact their { $gp } or { $urgent_service }.
intro-not-for-injury = If your back pain started after a serious accident, such as a car crash or a fall from a height, do not use this tool. Call { $emergency_number } or go to { $emergency_department } now.
intro-emergency-heading = When to get help now
intro-emergency-body = Call { $emergency_number } or go to { $emergency_department } now if you have back pain and numbness around your bottom or genitals, new problems peeing or pooing, weakness in your legs, difficulty walking, or sudden chest pain or breathlessness. Also call { $emergency_number } if sudden, severe pain in your tummy or back comes with feeling faint, clammy skin or a racing heart.
intro-privacy = Your answers stay on this device. They are not sent anywhere. They are deleted when you close this tab or clear your answers.
intro-time = It takes about 5 minutes.
intro-version = Content version { $version }, rule set { $hash }. Last clinical review: { $reviewed }.

## Buttons

button-start = Start now
button-continue = Continue
button-continue-after-emergency = Continue answering the questions
button-back = Back
button-change = Change
button-clear = Clear my answers and start again
button-print = Print or save as PDF
button-show-summary = Show a summary for your doctor
button-back-to-result = Back to your result

## Questions

progress = Question { $current } of about { $total }
why-we-ask = Why we ask this
checklist-hint = Select all that apply. If none of these apply to you, continue without ticking any.
answer-yes = Yes
answer-no = No
answer-not-sure = Not sure
answer-none-of-these = None of these
unit-weeks = weeks
unit-years = years
# Help beside a number question in the FHIR Questionnaire that hospital systems use.
help-number-range-whole = Enter a whole number from { $min } to { $max }.
help-number-range = Enter a number from { $min } to { $max }.

## Errors

error-summary-title = There is a problem
error-choose-answer = Select an answer
error-number-missing = Enter a number
error-number-whole = Enter a whole number, without a decimal point
error-number-range = Enter a number between { $min } and { $max }
error-age-under-18 = This tool is for adults aged 18 and over. For a child or teenager with back pain, contact their { $gp } or { $urgent_service }. If a child has any of the emergency signs, such as weak legs, numbness around the bottom, or problems peeing or pooing, call { $emergency_number }.

## Check your answers

check-heading = Check your answers before getting advice
check-lead = Make sure your answers are right. You can change any answer before you see your advice.
check-change-hidden = { $question }

## Result

result-caption = Our advice
result-why-heading = Why we gave this advice
result-why-lead = This advice is based on the answers you gave. The answer that needs the quickest help decides how soon you should be seen.
result-because = Your answers:
result-why-none = None of your answers matched the warning signs this tool looks for. Back pain like this usually gets better within a few weeks. This does not rule out every serious cause, so your answers still matter: if anything changes, if new symptoms appear, or if you are worried, use the advice below and speak to a doctor.
result-explanations-heading = Why some of your answers matter
result-explanations-lead = These explain why certain answers matter and what a doctor might check. They do not mean you have cancer.
result-topics-heading = If you have or have had cancer
result-safety-net-heading = Get help sooner if things change
safety-net-emergency-lead = Call { $emergency_number } or go to { $emergency_department } now if you get:
safety-net-saddle = numbness or a strange feeling around your bottom, genitals or inner thighs
safety-net-bladder = new problems peeing, or you cannot control when you pee or poo
safety-net-sexual = new numbness in your genitals, or new loss of feeling during sex
safety-net-both-legs = pain, numbness or weakness in both legs
safety-net-weakness = weakness in your legs, or difficulty walking
safety-net-chest = sudden breathlessness or chest pain
safety-net-aorta = sudden, severe pain in your tummy or back with feeling faint, clammy skin or a racing heart
safety-net-same-day = Get help the same day from { $urgent_service } or your { $gp } if you have a high temperature or feel very unwell. If you are having cancer treatment, call your 24-hour cancer helpline straight away if your temperature is 37.5°C or above or below 36°C, or if you suddenly feel unwell, even with a normal temperature.
safety-net-cancer = If you have ever had cancer, get seen within 24 hours if your back pain is in the middle or upper back, keeps getting worse, is severe and constant, is worse when you cough or strain, or stops you sleeping. Contact your cancer team, or your { $gp } or { $urgent_service } if you no longer have one. Call { $emergency_number } if pain shoots around your chest or down a leg, or you get weakness or numbness.
safety-net-gp = See a { $gp } if your back pain is not getting better after 4 to 6 weeks, or if you lose weight without trying.
result-not-diagnosis-heading = This is not a diagnosis
result-not-diagnosis = This tool gives general advice based on your answers. It cannot examine you or do tests, so it cannot tell you what is causing your pain. If you are worried or your symptoms change, speak to a doctor, even if the advice above says you can wait.
result-sources-heading = Where this advice comes from
result-version = Content version { $version }, rule set { $hash }.
result-reviewed = Last clinical review: { $reviewed }. Next review due by { $review_by }.
result-review-overdue = The date by which this check had to be reviewed again ({ $review_by }) has passed, so its advice may be out of date. Connect to the internet and reload this page to get the latest version. If you are worried about your symptoms, speak to a doctor now.

## Emergency stop (shown as soon as an emergency sign is answered)

emergency-stop-lead = Do not wait to finish the questions. Get help now.
emergency-stop-continue-hint = You can carry on answering to read more about your answers, but get help first.

## Summary for your doctor

summary-heading = Summary for your doctor
summary-lead = Show this to the doctor or nurse you see, or print it. It lists your answers and the advice this tool gave. It was made on this device and has not been sent anywhere.
summary-created = Created { $datetime }
summary-version = Content version { $version }, rule set { $hash }
summary-answers-heading = Your answers
summary-notes-heading = Notes (for your doctor)
button-save-file = Save as a file for hospital systems
summary-file-hint = The file uses FHIR, a format that hospital computer systems can read. It holds your answers and the advice, but not your name. It is made and saved on this device only.

## Footer and storage

footer-privacy = Your answers stay on this device. Nothing is sent anywhere.
hospital-provided-by = This check is offered by { $name }.
hospital-unnamed = your hospital
hospital-phone = Call { $phone }
hospital-website = { $name } website (opens in a new tab)
storage-restored = We kept your answers from earlier in this tab.
storage-other-version = This check has been updated since you started. We kept your answers, but please look through them again before you rely on the result.
storage-unreadable = Your saved answers could not be read, so we started again. Nothing else was lost.
translation-unreviewed = This translation has not yet been checked by a clinician. If anything is unclear, use the English version or ask a health professional.

## Language

language-switch-label = Language
footer-accessibility = Accessibility statement (opens in a new tab)
language-changed = The page is now in English.
language-load-failed = That language could not be loaded. Your answers are kept. Check your internet connection and choose the language again.
error-prefix = Error:
link-opens-new-tab = (opens in a new tab)
