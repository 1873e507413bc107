# Questions, checklist screens, answer options and section captions (English, UK).
# Message ids follow content/README.md. Region variables: $emergency_number,
# $emergency_department, $urgent_service, $gp.

## Section captions

section-emergency = Urgent warning signs
section-about-you = About you
section-cancer = Cancer and cancer treatment
section-pain = Your back pain
section-health = Your general health

## Section 1: emergency signs

q-major-trauma = Did your back pain start after a serious injury, such as a car crash or a fall from a height?
q-major-trauma-hint = For example, a road accident, a fall from a ladder or roof, or a heavy blow to your back.
q-major-trauma-why = A serious injury can break the bones of the spine or hurt the nerves inside it. This needs checking in hospital straight away.

q-sudden-chest-pain-or-breathlessness = In the last day or so, have you suddenly become short of breath or started having chest pain?
q-sudden-chest-pain-or-breathlessness-hint = We mean breathing problems or chest pain that came on suddenly, not something you have had for a long time.
q-sudden-chest-pain-or-breathlessness-why = Back pain with sudden breathlessness or chest pain can be a sign of a problem with the lungs, heart or a large blood vessel, such as a blood clot in the lung. This needs checking straight away.

q-sudden-severe-pain-with-collapse-signs = Has sudden, severe pain in your tummy or lower back come with feeling faint or dizzy, sweaty or clammy skin, or a racing heart?
q-sudden-severe-pain-with-collapse-signs-hint = Also answer yes if you fainted when the pain started.
q-sudden-severe-pain-with-collapse-signs-why = Sudden severe pain in the tummy or back with feeling faint can mean the main blood vessel in the tummy (the aorta) has burst. This is an emergency.

q-saddle-anaesthesia = Do you have any numbness or strange feeling around your bottom, genitals or inner thighs?
q-saddle-anaesthesia-hint = For example, you cannot feel the toilet paper properly when you wipe, or the skin there feels different from usual.
q-saddle-anaesthesia-why = The nerves at the bottom of your spine give feeling to this area. They also control your bladder, bowel and sex organs. Numbness here can mean these nerves are being squeezed, which needs treating in hospital straight away.

q-bladder-or-bowel-dysfunction = Since your back pain started, have you had any new problems with peeing or pooing?
q-bladder-or-bowel-dysfunction-hint = For example, finding it hard to start peeing or not being able to pee, not feeling when your bladder is full, leaking pee, or not being able to control your bowels.
q-bladder-or-bowel-dysfunction-why = The nerves at the bottom of your spine control your bladder and bowel. New problems with peeing or pooing can mean these nerves are being squeezed. This needs checking in hospital straight away.

step-nerve-signs-title = Since your back pain started, have you had any of these?
step-nerve-signs-why = Sometimes a problem in the back presses on the nerves that go to your legs. These signs help us tell if nerves may be affected, and how quickly you should get help.

q-leg-weakness = Weakness in a leg, or a leg that gives way or feels hard to lift
q-leg-weakness-why = Weak legs can mean a nerve in your back is being pressed on. This needs checking straight away so the nerve can be protected.

q-difficulty-walking = New problems walking, or feeling unsteady on your feet
q-difficulty-walking-why = Finding it harder to walk or keep your balance can mean the nerves in your spine are being squeezed. This needs checking straight away.

q-bilateral-leg-symptoms = Pain, numbness or weakness in both legs
q-bilateral-leg-symptoms-why = When both legs are affected, the pressure may be on the main bundle of nerves at the bottom of your spine, not just on one nerve. This needs checking in hospital straight away.

q-both-legs-long-standing = Have the symptoms in both legs been there for 3 months or more, without getting worse?
q-both-legs-long-standing-hint = For example, your legs ache or tingle when you walk and it eases when you sit down or bend forward, and this has not changed for months. If the symptoms are new or getting worse, answer no.
q-both-legs-long-standing-why = New or worsening symptoms in both legs can mean the nerves at the bottom of your spine are being squeezed, which is an emergency. Symptoms that have stayed the same for months are more often caused by a narrowing of the spine (spinal stenosis), which a { $gp } can check.

q-leg-numbness = Numbness or pins and needles in your legs or feet
q-leg-numbness-why = Numbness or tingling can mean a nerve in your back is being pressed on. With your other answers, it helps us decide how quickly you need to be seen.

q-radicular-pain = Pain that shoots from your back down a leg, or around your chest
q-radicular-pain-why = Shooting pain like this comes from an irritated nerve, for example sciatica (nerve pain down the leg). If you have ever had cancer, it needs checking straight away, because something may be pressing on the nerves in your spine.

q-new-sexual-dysfunction = New numbness in your genitals, or new problems during sex
q-new-sexual-dysfunction-hint = For example, less feeling during sex, or new problems getting an erection.
q-new-sexual-dysfunction-why = The nerves at the bottom of your spine also control your sex organs. New problems here can mean these nerves are being squeezed, which needs checking in hospital straight away.

## Section 2: about you

q-age = How old are you?
q-age-hint = For example, 58
q-age-range-why = This check is for adults aged 18 and over.
q-age-why = Some types of cancer are more common as people get older. Doctors use your age to decide which checks are right for you.

q-sex = Which of these applies to your body?
q-sex-hint = We only use this to decide which questions to ask about organs such as the prostate, testicles or ovaries. If neither fits, choose the one that best matches the organs you have.
q-sex-why = Some cancers only affect certain organs, such as the prostate, testicles or ovaries. Your answer means we only ask questions that apply to your body.
opt-sex-female = Female
opt-sex-male = Male

## Section 3: cancer history and treatment

q-history-of-cancer = Have you ever been told you have cancer?
q-history-of-cancer-hint = Include cancer that was treated and has gone, however long ago. You can answer no if the only cancer you had was a basal cell skin cancer (a common skin cancer that almost never spreads).
q-history-of-cancer-why = Some cancers can spread to the spine, sometimes years after treatment. So if you have had cancer, new back pain needs checking sooner.

q-cancer-type = Which type of cancer have you had?
q-cancer-type-hint = If you have had more than one, choose the most recent. If yours is not listed or you are not sure, choose the last option.
q-cancer-type-why = Different cancers spread in different ways. Knowing the type helps us show you the most useful information.
opt-cancer-type-breast = Breast cancer
opt-cancer-type-lung = Lung cancer
opt-cancer-type-prostate = Prostate cancer
opt-cancer-type-kidney = Kidney cancer
opt-cancer-type-thyroid = Thyroid cancer
opt-cancer-type-myeloma = Myeloma (a cancer of the bone marrow)
opt-cancer-type-lymphoma = Lymphoma (a cancer of the lymph glands)
opt-cancer-type-colorectal = Bowel cancer (colon or rectum)
opt-cancer-type-testicular = Testicular cancer
opt-cancer-type-ovarian = Ovarian cancer
opt-cancer-type-melanoma = Melanoma (a type of skin cancer)
opt-cancer-type-other = Another type of cancer, or I'm not sure

q-known-bone-metastases = Have you been told your cancer has spread to your bones?
q-known-bone-metastases-hint = Doctors may call this bone metastases or secondary bone cancer.
q-known-bone-metastases-why = If cancer is in the bones, new or worse back pain can mean it is affecting the spine. Your cancer team will want to check this quickly.

q-current-cancer-treatment = Are you having any treatment for cancer at the moment?
q-current-cancer-treatment-hint = This includes tablets, injections, drips, radiotherapy and hormone treatment.
q-current-cancer-treatment-why = We ask everyone, because some people have cancer treatment without thinking of it as cancer, for example tablets to stop a cancer coming back. Some cancer treatments can cause back pain as a side effect. Some also make it harder for your body to fight infection. Your cancer team needs to know about new back pain.

q-treatment-agent = Which treatment are you having?
q-treatment-agent-hint = If you are having more than one, choose the one that started closest to when your back pain began. If you are not sure, choose the last option.
q-treatment-agent-why = Some cancer medicines can cause back, bone or joint aches. Knowing which one you take helps us explain what might be causing your pain.
opt-treatment-agent-chemotherapy = Chemotherapy (medicines that kill cancer cells)
opt-treatment-agent-trastuzumab = Trastuzumab (also called Herceptin)
opt-treatment-agent-aromatase-inhibitor = An aromatase inhibitor (a hormone treatment for breast cancer), such as letrozole, anastrozole or exemestane
opt-treatment-agent-tamoxifen = Tamoxifen
opt-treatment-agent-androgen-deprivation = Hormone treatment for prostate cancer that lowers testosterone
opt-treatment-agent-immunotherapy = Immunotherapy (medicines that help your immune system fight cancer)
opt-treatment-agent-other = Another treatment, or I'm not sure

q-pain-started-with-new-cancer-drug = Did your back pain start within a few weeks of starting a new cancer medicine?
q-pain-started-with-new-cancer-drug-why = Back pain can be a side effect of some cancer medicines. Your cancer team can check whether this is the cause and help with the pain.

## Section 4: the back pain itself

q-duration-weeks = How many weeks have you had this back pain?
q-duration-weeks-hint = If less than a week, enter 0
q-duration-weeks-why = Most back pain gets better within a few weeks. Pain that lasts longer may need a doctor to look for other causes.

q-long-standing-unchanged = Has this pain stayed much the same, without getting worse, for more than a year?
q-long-standing-unchanged-why = Pain that has stayed the same for a long time is less likely to come from a new problem. Pain that is new or changing needs more attention.

q-first-ever-episode = Is this the first time you have ever had back pain like this?
q-first-ever-episode-why = Back pain that starts for the first time later in life is more likely to need a doctor to check it than back pain you have had before.

step-how-it-started-title = How did your back pain start?
step-how-it-started-why = How back pain starts can point to its cause. For example, a strain, or a bone that broke more easily than it should.

q-minor-trauma-fracture = It started suddenly after a small fall or bump, or a cough or sneeze
q-minor-trauma-fracture-why = A small fall or a cough does not usually break a bone. If it seems to have done so, the bone may be weaker than usual. This can be from thin bones (osteoporosis) or, less often, from cancer in the bone.

q-clear-mechanical-cause = It started after lifting something, a twist or strain, or something you do not usually do
q-clear-mechanical-cause-why = Back pain that starts after a strain often comes from a pulled muscle or a stiff joint. This kind of pain usually gets better with time.

q-gradual-onset = It came on slowly, with no injury or strain you can think of
q-gradual-onset-why = Back pain often starts without any clear reason. Knowing how it started helps a doctor work out the cause.

q-improving = Is your back pain getting better?
q-improving-why = Back pain that is slowly easing is usually healing on its own. Pain that is not getting better after a few weeks should be checked by a doctor.

q-no-improvement-with-treatment = Have you tried painkillers, exercise or physiotherapy for 4 weeks or more, and they have not helped?
q-no-improvement-with-treatment-why = Most back pain eases with simple treatment. If it has not helped after a month, a doctor should look for other causes.

step-where-it-hurts-title = Which of these describe where or how it hurts?
step-where-it-hurts-why = Where your pain is, and what makes it worse, can help show whether it comes from muscles and joints or from something else, such as the bones of the spine.

q-thoracic-location = The pain is mainly in your upper or middle back (between or below your shoulder blades) or in your neck
q-thoracic-location-why = Most back pain is in the lower back. Pain higher up is less common. If you have had cancer, it should be checked sooner.

q-band-like-pain = The pain spreads around your chest or tummy like a band
q-band-like-pain-why = Pain that wraps around your body like a belt can come from a nerve being pressed where it leaves the spine.

q-flank-pain = The pain is mostly on one side, just below your ribs (where a kidney is)
q-flank-pain-why = Pain in this area can come from a kidney rather than the muscles of your back. If you tick this, we will tell you more about kidney problems to look out for.

q-localised-tenderness = One spot on your spine is very tender when pressed
q-localised-tenderness-why = A very sore spot on the bone of the spine can be a sign of a problem in the bone itself, such as a break or, rarely, cancer.

q-pain-worse-straining = The pain is worse when you cough, sneeze or strain on the toilet
q-pain-worse-straining-why = Coughing and straining raise the pressure inside your spine. Pain that gets worse when you do this can mean something is pressing on the nerves or spinal cord.

q-pain-on-deep-breath = The pain is worse when you breathe in deeply
q-pain-on-deep-breath-why = Pain when breathing in can come from the ribs, the muscles between them, or the lungs. If you also suddenly feel short of breath, call { $emergency_number }.

step-pain-pattern-title = Which of these describe your pain?
step-pain-pattern-why = Some patterns of pain are more common when back pain has a cause other than a strained muscle or joint. Doctors look at them together with your other answers.

q-progressive-pain = It is steadily getting worse, week by week
q-progressive-pain-why = Most back pain slowly eases. Pain that keeps getting worse should be checked by a doctor, especially if you have had cancer.

q-severe-unremitting = It is severe and constant, and does not ease even with painkillers
q-severe-unremitting-why = Very bad pain that never lets up can be a sign of a problem in the bones of the spine. It should be checked by a doctor.

q-night-pain = It is worst at night or early in the morning
q-night-pain-why = Pain at night has many causes, including inflammation (swelling) of the joints in the spine. With your other answers, it helps a doctor understand the cause.

q-wakes-from-sleep = It stops you sleeping or wakes you up
q-wakes-from-sleep-why = Pain bad enough to disturb your sleep is one of the signs doctors look for in people who have had cancer. It can also come from inflammation of the joints in the spine.

q-pain-at-rest = You have the pain even when you are resting still
q-pain-at-rest-why = Pain from a strained muscle often eases with rest. Pain that carries on when you are still helps a doctor narrow down the cause.

q-worse-lying-down = It gets worse the longer you lie in bed
q-worse-lying-down-why = Pain that builds up while you lie down has several possible causes. A doctor will look at it together with your other answers.

q-not-related-to-movement = It seems to have nothing to do with how you move
q-not-related-to-movement-why = Pain that does not change when you move may not be coming from muscles or joints. But pain from a serious cause can also change with movement, so we look at all your answers together.

q-morning-stiffness-improves-with-activity = Your back is stiff for more than 30 minutes in the morning, and it eases when you move about
q-morning-stiffness-improves-with-activity-why = Long morning stiffness that eases with exercise can be a sign of spondyloarthritis (a type of arthritis that causes swelling in the joints of the spine). A doctor can check for this.

## Section 5: general health

q-fever = Have you had a high temperature, or felt hot and shivery?
q-fever-hint = A high temperature is 38°C or above. You may feel hot to touch on your chest or back. If you are having cancer treatment, answer yes if your temperature has been 37.5°C or above, or lower than 36°C: both can be signs of infection.
q-fever-why = A high temperature with back pain can be a sign of an infection, sometimes in or near the spine. If you are having cancer treatment or have a weak immune system, a high or low temperature needs help straight away.

q-unexplained-weight-loss = Have you lost weight in the last 6 months without trying?
q-unexplained-weight-loss-hint = For example, your clothes, belt or rings feel looser, but you have not changed what you eat or how active you are.
q-unexplained-weight-loss-why = Losing weight without trying has many causes. With back pain, it is one of the signs doctors use to decide whether tests are needed, including tests for cancer.

step-general-symptoms-title = Have you had any of these in the last few weeks?
step-general-symptoms-why = These symptoms are usually caused by common illnesses. Together with back pain, a doctor may want to check for an infection, or a problem with the blood or bone marrow.

q-fatigue = Feeling more tired than usual for weeks
q-fatigue-why = Tiredness is very common. Tiredness that lasts, with back pain, can be a sign of anaemia (too few red blood cells) or, less often, cancer.

q-loss-of-appetite = Losing your appetite
q-loss-of-appetite-why = Not wanting to eat can go with many illnesses. Doctors look at it together with weight loss and your other symptoms.

q-night-sweats = Drenching night sweats, so bad you need to change your nightclothes or bedding
q-night-sweats-why = Heavy sweating at night can be a sign of an infection or, less often, lymphoma (a cancer of the lymph glands).

q-feels-unwell = Feeling unwell in your whole body
q-feels-unwell-why = Feeling ill as well as having back pain can be a sign of an infection, even without a high temperature. If you are having cancer treatment, feeling unwell needs help straight away.

q-bone-pain-elsewhere = Aching pain in other bones, such as your ribs or hips
q-bone-pain-elsewhere-why = Pain in several bones has many causes. In people aged 60 or over, it is one of the signs doctors use to check for myeloma (a cancer of the bone marrow).

q-recurrent-infections = Getting infections that keep coming back
q-recurrent-infections-why = Infections that keep coming back can mean your immune system is not working as well as usual. One cause doctors check for is a bone marrow problem such as myeloma (a cancer of the bone marrow).

q-unexplained-bruising-bleeding = Bruising, nosebleeds or other bleeding with no clear reason
q-unexplained-bruising-bleeding-why = Bruising or bleeding easily can be a sign of a problem with your blood. A simple blood test can check this.

step-bones-immunity-title = Do any of these apply to you?
step-bones-immunity-why = Some conditions and medicines make bones weaker, or make infections more likely. This can change what might be causing your back pain.

q-osteoporosis = You have osteoporosis (thin, weaker bones), or you have broken a bone after a minor fall
q-osteoporosis-why = Thin bones can break more easily, including the bones of the spine. A break like this needs checking and treating.

q-steroid-use = You have taken steroid tablets, such as prednisolone, for 3 months or more
q-steroid-use-why = Taking steroid tablets for a long time can make bones thinner and infections more likely.

q-immunosuppression = Your immune system is weak. This can be from chemotherapy, a transplant, HIV, or medicines that weaken it.
q-immunosuppression-why = A weak immune system makes it harder to fight infection, including infection in the spine. Medicines that weaken it include steroids and biologic medicines such as adalimumab. A doctor should check your back pain soon.

q-iv-drug-use = You inject drugs
q-iv-drug-use-why = Injecting can let germs into the blood, and they can reach the spine. We ask so we can give you the right advice, not to judge you.

q-recent-infection-or-spinal-procedure = In the last 3 months, you have had an infection caused by bacteria (such as a urine infection). Or you have had an injection or operation on your spine.
q-recent-infection-or-spinal-procedure-why = Germs from an infection, or from a procedure on the spine, can sometimes spread to the bones or discs of the spine. Back pain that keeps getting worse, is there all the time, or comes with a high temperature then needs checking quickly.

step-chest-title = Do any of these apply to your chest and breathing?
step-chest-why = Your lungs sit close to your spine and ribs, so lung problems can sometimes cause back pain. These questions help decide if you need a chest check.

q-smoker = You smoke now or have smoked in the past
q-smoker-why = Smoking raises the risk of lung cancer, even if you stopped years ago. It changes which checks doctors recommend.

q-breathlessness = Getting out of breath more easily than usual
q-breathlessness-why = Being short of breath has many causes, such as asthma or a chest infection. With other symptoms, you may need a chest X-ray.

q-chest-pain = Pain in your chest
q-chest-pain-why = Chest pain has many causes, and a doctor should check it the same day. It is also one of the lung symptoms doctors look at with your other answers. If chest pain comes on suddenly or is severe, call { $emergency_number }.

q-haemoptysis = Coughing up blood
q-haemoptysis-why = Coughing up blood is often caused by a chest infection, but it should always be checked by a doctor the same day. In people aged 40 or over, it can be a sign of lung cancer.

q-recurrent-chest-infections = A chest infection that keeps coming back or will not clear up
q-recurrent-chest-infections-why = Chest infections that keep returning can sometimes be caused by something blocking an airway, such as a growth in the lung.

q-persistent-cough-weeks = If you have a cough, how many weeks have you had it?
q-persistent-cough-weeks-hint = Enter 0 if you do not have a cough
q-persistent-cough-weeks-why = A cough that lasts 3 weeks or more should be checked by a doctor. With other symptoms, it can be a sign of a lung problem, including lung cancer.

step-tummy-title = Have you noticed any of these?
step-tummy-why = Organs in your tummy, such as the bowel, pancreas and kidneys, sit close to your back. Problems with them can sometimes be felt as back pain.

q-bowel-habit-change = A change in your bowel habits for more than a few weeks, such as looser poo, pooing more often, or constipation
q-bowel-habit-change-why = A lasting change in your bowel habits is usually caused by something like diet or an infection. Sometimes it is a sign of bowel cancer, so a doctor may offer a simple home test.

q-blood-in-stool = Blood in or on your poo
q-blood-in-stool-why = Blood in your poo is often from piles (swollen blood vessels around your bottom). It can also be a sign of bowel cancer, so it should be checked.

q-abdominal-pain = Pain in your tummy
q-abdominal-pain-why = Tummy pain with back pain can come from organs close to the spine, such as the bowel, pancreas or kidneys.

q-jaundice = Yellow skin, or yellow whites of your eyes
q-jaundice-why = Yellow skin or eyes (jaundice) can mean a problem with the liver, gallbladder or pancreas. It needs checking by a doctor on the same day.

q-blood-in-urine = Blood in your pee
q-blood-in-urine-why = Blood in your pee can be caused by an infection or kidney stones, and sometimes by cancer of the kidney or bladder. It should always be checked, even if it happened once.

q-new-onset-diabetes = Being told in the last few months that you have diabetes
q-new-onset-diabetes-why = New diabetes is common and has many causes. Rarely, together with weight loss, it can be a sign of a problem with the pancreas.

step-lumps-title = Have you found any of these lumps?
step-lumps-why = Most new lumps are not cancer, but a doctor should check them. Some cancers that cause lumps can also cause back pain.

q-breast-lump = A new lump in a breast or armpit (men can get these too)
q-breast-lump-why = Most breast lumps are not cancer. But breast cancer can spread to the spine, so a new lump should be checked.

q-lymph-node-swelling = Painless lumps in your neck, armpit or groin that have lasted more than 3 weeks
q-lymph-node-swelling-why = Swollen glands (lymph nodes) are usually caused by an infection and go down within a few weeks. Glands that stay swollen can be a sign of lymphoma (a cancer of the lymph glands).

step-male-organs-title = Have you noticed any of these?
step-male-organs-why = Problems with the prostate or testicles can sometimes be linked to back pain. These symptoms usually have a less serious cause.

q-urinary-symptoms = Needing to pee more often, especially at night, or a weak or slow flow when you pee
q-urinary-symptoms-why = These changes are usually caused by a larger prostate, which is not cancer. Sometimes they are a sign of prostate cancer, which can spread to the bones of the back.

q-testicular-swelling = A painless lump, swelling or change in shape of a testicle
q-testicular-swelling-why = Testicular cancer can spread to glands at the back of the tummy, near the spine, and cause back pain. Most lumps are not cancer, but all should be checked.

step-female-organs-title = Have you had any of these on most days?
step-female-organs-why = Ovarian cancer can cause symptoms such as bloating, and sometimes lower back pain. These symptoms are common and usually have a less serious cause.

q-persistent-bloating = A bloated or swollen tummy on most days (12 or more days a month)
q-persistent-bloating-why = Bloating that is there most days and does not go away is one of the main signs doctors check for ovarian cancer.

q-early-satiety = Feeling full quickly after eating only a little, on most days
q-early-satiety-why = Feeling full after eating only a little, on most days, can be a sign of ovarian cancer and should be checked.

q-family-history-of-cancer = Has a close relative, such as a parent, brother, sister or child, had cancer?
q-family-history-of-cancer-why = Some cancers run in families. Your answer does not change our advice about your back pain, but it is useful for your doctor to know.
