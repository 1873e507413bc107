# Why each red-flag rule fired (English, UK). One message per rule id in content/rules.toml:
# RF-EM-01 becomes rf-em-01-why. Plain words, no diagnosis, no probability.
# Region variables: $emergency_number, $emergency_department, $urgent_service, $gp.

## Emergency

rf-em-01-why = A serious injury can break the bones of the spine or hurt the nerves inside it. This needs checking in hospital straight away.
rf-em-02-why = Numbness around your bottom or genitals, new bladder, bowel or sex problems, or pain, numbness or weakness in both legs can mean the nerves at the bottom of your spine are being squeezed (cauda equina syndrome). This needs checking in hospital straight away.
rf-em-03-why = If you have or have had cancer, nerve symptoms such as shooting pain, weakness, numbness or bladder problems can mean something is pressing on your spinal cord or nerves (spinal cord compression). Treating this quickly helps protect your ability to walk, so you need to be checked in hospital straight away.
rf-em-04-why = A high temperature together with nerve symptoms can be a sign of an infection in or near the spine that is pressing on the nerves. This needs checking in hospital straight away.
rf-em-05-why = New weakness in your legs, or difficulty walking, can mean the nerves in your spine are being squeezed. This needs checking in hospital straight away, so the nerves can be protected.
rf-em-06-why = A high temperature (or, during cancer treatment, an unusually low one) when you are having cancer treatment or have a weak immune system can be a sign of a serious infection (sepsis). This needs treating straight away. If you have a cancer team, call their 24-hour line as well.
rf-em-07-why = Sudden breathlessness or chest pain can be a sign of a serious problem, such as a blood clot in the lung or a problem with the heart or a large blood vessel. This needs checking straight away.
rf-em-08-why = Sudden severe pain in the tummy or back with feeling faint, clammy skin or a racing heart can mean the main blood vessel in the tummy (the aorta) has burst. Call { $emergency_number } now.
rf-em-09-why = Yellow skin or eyes together with a high temperature or shivering can mean an infection in the tubes that carry bile from the liver. This needs treating in hospital straight away.
rf-em-10-why = Feeling unwell while having cancer treatment can be the first sign of a serious infection (sepsis), even without a high temperature. Call your 24-hour cancer helpline now, or { $emergency_number } if you cannot reach them.
rf-in-01-why = Injecting drugs, a weak immune system, long-term steroid tablets, or a recent infection or spine procedure make an infection in the spine more likely. With a high temperature or nerve symptoms, this needs checking in hospital straight away.
rf-lu-05-why = Coughing up blood together with breathlessness, chest pain, pain when breathing in, or upper back pain can be a sign of a blood clot in the lung. This needs checking in hospital straight away.

## Speak to a doctor today

rf-ur-01-why = If you have or have had cancer, back pain like the pain you describe can be a sign that cancer has reached the bones of the spine. UK guidelines say this should be checked by a doctor or your cancer team within 24 hours.
rf-ur-02-why = Because cancer has spread to your bones, new or worse back pain should be checked within 24 hours, in case it is affecting your spine.
rf-ur-03-why = If you have or have had cancer, back pain that starts suddenly after a small knock or strain can mean a bone in the spine has broken because it is weaker. This should be checked within 24 hours.
rf-ur-04-why = A high temperature with back pain can be a sign of an infection, which sometimes affects the spine or the kidneys. A doctor should check you today.
rf-ur-05-why = Yellow skin or eyes (jaundice) can mean something is blocking the flow of bile (a fluid made by the liver), such as a gallstone or a problem with the pancreas. This needs checking by a doctor today.
rf-in-02-why = Injecting drugs, a weak immune system, long-term steroid tablets, or a recent infection or spine procedure make an infection in the spine more likely. Pain that keeps getting worse, is there all the time or at rest, a very tender spot, or feeling unwell should be checked by a doctor today, even without a high temperature.
rf-fr-01-why = Thin bones or long-term steroid tablets can let a bone in the spine break after only a small fall, strain or cough. Severe pain that does not let up after this should be checked today, so the pain can be controlled and the bone checked.
rf-bl-02-why = Bruising or bleeding with no clear reason, such as nosebleeds or bleeding gums, can be a sign of a problem with the blood or bone marrow, such as leukaemia. UK guidelines (NICE) advise a blood test within 2 days, so speak to a doctor today.
rf-lu-06-why = Coughing up blood should be checked by a doctor the same day, whatever your age. It is often caused by a chest infection. If you are 40 or over, your { $gp } may also arrange a chest X-ray.
rf-ki-02-why = Blood in your pee should be checked by a doctor the same day, even if it happened once and you feel well. It is often caused by an infection, and sometimes by a problem with the kidneys or bladder.
rf-ch-01-why = Chest pain should be checked by a doctor the same day, even if it is not severe. If it comes on suddenly, spreads to your arms, jaw or back, or you feel breathless or sick, call { $emergency_number }.

## Within a week

rf-wk-01-why = Back pain during cancer treatment can be a side effect of the treatment, but it can also have other causes that your cancer team should check. Tell them within a week, or sooner if it gets worse.
rf-wk-02-why = Thin bones, long-term steroid tablets and older age can make the bones of the spine weaker. Then a small fall or a cough can break a bone, and with thin bones even lifting something can. This should be checked within a week, so it can be treated and the pain controlled.
rf-wk-03-why = A weakened immune system, or injecting drugs, makes infections in the spine more likely. A doctor should check your back pain soon.
rf-wk-04-why = Several of your answers together, such as your age, losing weight without trying, and pain that is not getting better, mean a doctor should look for a more serious cause, including cancer, soon.
rf-ca-01-why = If you have had cancer, even many years ago, back pain that is new or has changed should be checked within a week. It is usually not the cancer, but cancer can spread to the spine long after treatment, and finding it early matters.
rf-ca-02-why = You have a symptom that can come from a cancer, and back pain with features that can mean a cancer has reached the spine, such as pain at rest or at night, or pain that keeps getting worse. Together, these should be checked within a week.
rf-sp-03-why = Back pain that keeps getting worse, or severe constant pain in the middle or upper back, together with your age, weight loss or night sweats, should be checked within a week, to look for causes such as a problem in the bones of the spine.

## Within 2 weeks

rf-lu-01-why = Coughing up blood at the age of 40 or over should always be checked. Your { $gp } may arrange a chest X-ray or a referral to check for lung cancer.
rf-lu-02-why = A chest infection that keeps coming back or will not clear, at the age of 40 or over, should be checked. Your { $gp } may arrange a chest X-ray to look for lung problems, including lung cancer.
rf-lu-03-why = If you are 40 or over and have ever smoked, symptoms such as a lasting cough, tiredness, breathlessness, chest pain, weight loss or loss of appetite should be checked. Your { $gp } may arrange a chest X-ray to check for lung cancer.
rf-lu-04-why = At the age of 40 or over, two or more symptoms such as a lasting cough, tiredness, breathlessness, chest pain, weight loss or loss of appetite should be checked. Your { $gp } may arrange a chest X-ray to look for lung problems, including lung cancer.
rf-pa-01-why = Losing weight without trying at the age of 60 or over, together with back pain, should be checked. Doctors may suggest a scan to look at the pancreas (an organ behind the stomach).
rf-my-01-why = Back pain that has lasted 4 weeks or more, at the age of 60 or over, can sometimes come from myeloma (a cancer of the bone marrow). A simple blood test can check for this.
rf-my-02-why = Aching in other bones as well as your back, at the age of 60 or over, is one of the signs doctors use to check for myeloma (a cancer of the bone marrow). A blood test is usually the first step.
rf-my-03-why = Getting one infection after another, at the age of 60 or over, can mean the bone marrow is not working as well as it should, for example because of myeloma (a cancer of the bone marrow). A blood test can check this.
rf-cr-01-why = A change in your bowel habits that lasts should be checked. Your { $gp } may offer a home poo test (called FIT) that looks for tiny amounts of blood, to check for bowel cancer.
rf-cr-02-why = Blood in your poo, together with your other answers, should be checked. Your { $gp } may offer a home poo test (called FIT) to check for bowel cancer.
rf-cr-03-why = Tummy pain and losing weight without trying, at the age of 40 or over, should be checked for bowel problems, including bowel cancer. Your { $gp } may offer a home poo test (called FIT).
rf-br-01-why = A new lump in a breast or armpit, at the age of 30 or over, should be checked quickly. Most breast lumps are not cancer, and your { $gp } may refer you to a breast clinic to find out.
rf-te-01-why = A painless lump, swelling or change in a testicle should be checked. Testicular cancer can spread to glands near the spine and cause back pain, so your { $gp } may arrange a scan or a referral.
rf-ki-01-why = Blood in your pee, at the age of 45 or over, should be checked for kidney or bladder problems, including cancer. Your { $gp } may test your pee and refer you for more tests.
rf-pr-01-why = Changes in how you pee are usually caused by a larger prostate, which is not cancer. Your { $gp } may offer a blood test (PSA) and an examination to check for prostate cancer, which can spread to the bones of the back.
rf-ov-01-why = Bloating or feeling full quickly on most days can be a sign of a problem with the ovaries, including ovarian cancer. Your { $gp } may offer a blood test (CA125) and an ultrasound scan.
rf-ly-01-why = Painless lumps that last more than 3 weeks should be checked. They can be a sign of lymphoma (a cancer of the lymph glands), which can cause back pain when glands at the back of the tummy swell.
rf-gn-01-why = Losing weight without trying, together with back pain, is one of the signs doctors use to decide if tests for cancer or other illnesses are needed.
rf-gn-03-why = Back pain that starts for the first time after the age of 60 and lasts 4 weeks or more should be checked by a doctor. They will look for causes such as a weak or broken bone or, less often, cancer.
rf-gn-04-why = At the age of 50 or over, back pain that has not got better after 4 weeks of treatment should be checked by a doctor, to look for other causes, including cancer.
rf-sp-02-why = Back pain that keeps getting worse, or severe constant pain in the middle or upper back, is not typical of a strained muscle. It should be checked by a { $gp } within 2 weeks.
rf-fr-02-why = At the age of 60 or over, back pain that started suddenly after a small fall, bump, cough or sneeze can mean a bone in the spine has broken because it is thinner. A { $gp } should check it within 2 weeks.

## Routine

rf-ro-01-why = Back pain that has lasted 6 weeks or more should be checked by a { $gp } or physiotherapist, to find the best treatment for you.
rf-ro-02-why = Back pain that has lasted 4 weeks or more and is not getting better should be checked by a { $gp } or physiotherapist.
rf-ro-03-why = A new lump in a breast or armpit should be checked by a { $gp }. Most breast lumps are not cancer, especially in younger people.
rf-ro-04-why = Back pain for the first time at the age of 60 or over should be checked by a { $gp }, to look for causes such as thin bones.
rf-ro-05-why = Long morning stiffness that eases with movement, for 3 months or more, can be a sign of spondyloarthritis (a type of arthritis that causes swelling in the joints of the spine). A { $gp } can check this and refer you to a specialist if needed.
rf-ro-06-why = A cough that lasts 3 weeks or more should be checked by a { $gp }, whatever your age.
rf-ro-07-why = Back pain that has not got better after 4 weeks of painkillers, exercise or physiotherapy should be checked by a { $gp } or physiotherapist.
rf-ne-01-why = Numbness or pins and needles in a leg or foot usually comes from an irritated or pressed nerve, as in sciatica. It often settles, but a { $gp } or physiotherapist should check it. Get help straight away if you get weakness, numbness around your bottom, or problems peeing or pooing.
rf-ne-02-why = Symptoms in both legs that have stayed the same for months are often caused by a narrowing of the spine (spinal stenosis). A { $gp } or physiotherapist should check them. If they get worse or you get problems peeing or pooing, call { $emergency_number }.
rf-sp-01-why = Pain in the middle or upper back, pain that wraps around your body, a very tender spot on the spine, pain that is worse when you cough or strain, pain that stops you sleeping, or severe constant pain is less typical of a strained muscle. A { $gp } should check it.
rf-fr-03-why = Back pain that started suddenly after a small fall, bump, cough or sneeze should be checked by a { $gp }, in case a bone in the spine has been hurt.
rf-fr-04-why = Thin bones (osteoporosis) and long-term steroid tablets make the bones of the spine easier to break, and steroids make infections more likely. A { $gp } should check your back pain.
rf-in-03-why = After a recent infection or a procedure on the spine, germs can sometimes reach the spine. A { $gp } should check your back pain. Get help the same day if the pain keeps getting worse, is there all the time, or you get a high temperature.
rf-cr-04-why = Blood in your poo is often from piles, but it should be checked by a { $gp }. Get help the same day if your poo is black or tarry or you have bloody diarrhoea, and call { $emergency_number } if you are bleeding a lot.
rf-ch-02-why = Getting out of breath more easily, pain when you breathe in, or chest infections that keep coming back should be checked by a { $gp }. If you suddenly get very short of breath or get chest pain, call { $emergency_number }.
rf-gn-06-why = Tiredness that lasts, drenching night sweats, aching in other bones, or infections that keep coming back have many causes. With back pain, a { $gp } should check them and may do a blood test.
rf-ab-01-why = Pain in your tummy, or in your side just below the ribs, can come from organs near the spine, such as the kidneys, bowel or pancreas, rather than from your back. A { $gp } should check it.
rf-gn-07-why = Feeling unwell as well as having back pain can have many causes, including an infection, so a { $gp } should check you. Get help the same day if you feel very unwell or get a high temperature.
rf-ca-03-why = If you have had cancer and your back pain is the same pain you have had for more than a year, without change, it is unlikely to be linked to your cancer. A { $gp } should still review it. If it changes, gets worse, or starts to wake you at night, get it checked within a week. Get help sooner if you notice any of the signs listed under "Get help sooner if things change".
