# Cancer and topic explanations (English, UK), shown on the result (content/explanations.toml).
# Each explanation is two paragraphs: -body (first) and -more (second).
# Region variables: $emergency_number, $emergency_department, $urgent_service, $gp.

## Cancer types

cancer-lung-title = Lung cancer
cancer-lung-body = Lung cancer can cause back pain in a few ways. A growth in the lung can press on nearby nerves, or grow into the chest wall or the bones of the spine. Lung cancer can also spread to the bones, and the spine is the most common place. It mostly affects people over 40, especially people who smoke or used to smoke.
cancer-lung-more = Other signs include a cough for 3 weeks or more, getting out of breath easily, coughing up blood, and chest infections that keep coming back. These symptoms are usually caused by something less serious, such as an infection. A { $gp } may arrange a chest X-ray or other tests. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-colorectal-title = Bowel cancer
cancer-colorectal-body = Bowel cancer affects the large bowel (colon) or the back passage (rectum). Now and then it causes back pain, for example if a growth presses on nerves near the spine, or if the cancer spreads. It is most common in people over 50, but younger people can get it too.
cancer-colorectal-more = Other signs include a change in your bowel habits that lasts, such as looser poo or pooing more often, blood in your poo, tummy pain, tiredness and weight loss. These are usually caused by something less serious, such as piles or a bowel infection. A { $gp } may ask you to do a home poo test (the NHS calls it FIT), which looks for tiny traces of blood. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-spinal-title = Tumours in the spine
cancer-spinal-body = Most cancers found in the bones of the spine started somewhere else in the body and spread there. Common ones are breast, prostate, lung, kidney and thyroid cancer. Myeloma and lymphoma are different: they can start in the bone marrow or lymph tissue inside the spine itself. A tumour can weaken a bone so that it breaks, or press on the spinal cord and nerves. Some growths in the spine are not cancer.
cancer-spinal-more = Signs to look out for include pain in the middle or upper back, pain that keeps getting worse, pain that stops you sleeping, and pain when you cough or strain. This pain can start suddenly and can change when you move. Weakness, numbness, or problems peeing or pooing are an emergency: call { $emergency_number }. Back pain is usually caused by something less serious, such as a strained muscle or stiff joint. This is information, not a diagnosis.

cancer-breast-title = Breast cancer
cancer-breast-body = Back pain is rare in early breast cancer. But breast cancer is one of the cancers that most often spreads to the spine, sometimes years after treatment. That is why new back pain matters more if you have had breast cancer. It mostly affects women over 50, but men can get it too.
cancer-breast-more = The main sign is a new lump or thickening in a breast or armpit. Other signs are a change in the size or shape of a breast, or changes to the nipple or skin. Most breast lumps are caused by something less serious, such as a cyst (a small sac of fluid). A { $gp } may refer you to a breast clinic for a check. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-testicular-title = Testicular cancer
cancer-testicular-body = Testicular cancer mostly affects people aged 15 to 45. It usually causes a painless lump or swelling in a testicle, or a change in its shape or feel. Back pain is not common. It can happen if the cancer spreads to the glands at the back of the tummy, close to the spine.
cancer-testicular-more = Some people also have an ache in the groin or lower tummy, or their scrotum (the skin that holds the testicles) feels heavy. Most lumps and swellings in the testicles are caused by something less serious, such as a cyst (a small sac of fluid). A { $gp } may examine you and arrange an ultrasound scan. Testicular cancer is one of the most treatable cancers. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-myeloma-title = Myeloma
cancer-myeloma-body = Myeloma is a cancer of the bone marrow (the soft tissue inside bones that makes blood cells). It can weaken bones, especially in the back, ribs and hips. Back pain is one of the most common symptoms when myeloma is found. It mostly affects people over 60.
cancer-myeloma-more = Other signs can include aching in other bones, a bone that breaks after a small knock, tiredness, infections that keep coming back, bruising or bleeding easily, and feeling very thirsty. These symptoms are usually caused by something less serious. Blood tests are the first step: a { $gp } can arrange them, and they show whether more tests are needed. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-prostate-title = Prostate cancer
cancer-prostate-body = The prostate is a small gland below the bladder. When prostate cancer spreads, it most often goes to the bones, especially the spine, pelvis (hip bones) and ribs. Pain from cancer in the bones may be there most of the time and can wake you at night. Prostate cancer is most common in people over 50.
cancer-prostate-more = Early prostate cancer often causes no symptoms. Some people need to pee more often, especially at night, or have a weak flow. These changes are usually caused by something less serious, such as a larger prostate, which is not cancer. A { $gp } may offer a blood test called PSA and an examination. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-pancreatic-title = Pancreatic cancer
cancer-pancreatic-body = The pancreas is an organ deep in the tummy, behind the stomach and close to the spine. Pancreatic cancer can cause pain in the upper tummy that goes through to the back. It is most common in people over 60.
cancer-pancreatic-more = Other signs include losing weight without trying, yellow skin or eyes (jaundice), itchy skin, dark pee, pale poo, and diabetes that is new. Yellow skin or eyes need checking by a doctor on the same day. These symptoms are usually caused by something less serious. For people aged 60 or over who lose weight and have back pain, UK guidelines (NICE) advise doctors to consider an urgent scan. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-kidney-title = Kidney cancer
cancer-kidney-body = The kidneys sit at the back of the tummy, on each side of the spine, just below the ribs. Kidney cancer can cause pain in the side, below the ribs, that does not go away. The adrenal glands sit on top of the kidneys. Lung cancer sometimes spreads there, which can also cause pain in this area. Kidney cancer is most common in people in their 60s and 70s.
cancer-kidney-more = The most common sign is blood in your pee. Others include a lump in your side, tiredness, weight loss, a high temperature and night sweats. These symptoms are usually caused by something less serious, such as an infection or kidney stones. A { $gp } may test your pee and arrange a scan. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-bladder-title = Bladder cancer
cancer-bladder-body = The bladder stores pee. The most common sign of bladder cancer is blood in your pee, which may come and go and is usually painless. Bladder cancer is most common in people over 60 and in people who smoke or used to smoke. When it spreads, it can reach the bones, including the spine.
cancer-bladder-more = Other signs include needing to pee often or suddenly, pain when peeing, and pain in the lower back or side. These are usually caused by something less serious, such as a urine infection. A { $gp } may test your pee and refer you for a camera test of the bladder or a scan. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-lymphoma-title = Lymphoma
cancer-lymphoma-body = Lymphoma is a cancer of the lymph glands (also called lymph nodes), which are part of your immune system. The most common sign is a painless swelling in the neck, armpit or groin. Swollen glands at the back of the tummy can press on the back and cause pain. Lymphoma can affect people of any age.
cancer-lymphoma-more = Other signs include drenching night sweats, fevers, losing weight without trying, itching and tiredness. Swollen glands are usually caused by something less serious, such as an infection, and go down within a few weeks. A { $gp } may do blood tests and refer you for a scan or a biopsy (a small sample taken to test). This is information to help you talk to a doctor. It is not a diagnosis.

cancer-leukaemia-title = Leukaemia
cancer-leukaemia-body = Leukaemia is a cancer of the blood cells, which are made in the bone marrow (the soft tissue inside bones). Too many faulty cells can crowd out healthy ones. This can cause bruising or bleeding easily, tiredness, infections that keep coming back, and sometimes aching in the bones or back.
cancer-leukaemia-more = Bruising and bleeding are usually caused by something less serious, such as a medicine that thins the blood. UK guidelines (NICE) advise a blood test within 2 days for bruising or bleeding with no clear reason, and it shows quickly whether more tests are needed. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-ovarian-title = Ovarian cancer
cancer-ovarian-body = Ovarian cancer affects the ovaries, which make eggs. It is most common in people over 50. The main symptoms happen on most days: a bloated tummy, feeling full quickly, pain in the tummy or pelvis (the area between your hips), and needing to pee more often or more urgently. Lower back pain is a less common symptom.
cancer-ovarian-more = Other signs can include changes in bowel habits, tiredness and weight loss. These symptoms are usually caused by something less serious, such as irritable bowel syndrome. A { $gp } may offer a blood test called CA125 and an ultrasound scan. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-thyroid-title = Thyroid cancer
cancer-thyroid-body = The thyroid is a gland in the neck. Most thyroid cancers grow slowly and are treated very successfully. Sometimes thyroid cancer spreads to the bones, including the spine, even years after treatment. That is why new back pain should be checked if you have had thyroid cancer.
cancer-thyroid-more = Bone pain from spread is often there most of the time and can be worse at night. Most back pain in people who have had thyroid cancer has another cause. Your { $gp } or cancer team can check it, for example with a blood test or a scan. This is information to help you talk to a doctor. It is not a diagnosis.

cancer-melanoma-title = Melanoma
cancer-melanoma-body = Melanoma is a skin cancer that starts in the cells that give skin its colour. Unlike the common basal cell skin cancer, it can spread to other parts of the body, including the bones of the spine, sometimes years after a mole was removed.
cancer-melanoma-more = If you have had melanoma, tell your { $gp } or cancer team about new back pain, especially pain that keeps getting worse, is there at night, or comes with feeling unwell or losing weight. Most back pain has another cause. This is information to help you talk to a doctor. It is not a diagnosis.

## Topics

topic-treatment-title = Back pain from cancer treatment
topic-treatment-body = Some cancer treatments can cause back, bone or joint pain as a side effect. Trastuzumab (Herceptin) is a targeted antibody medicine. It is used for HER2-positive breast and stomach cancers (cancers with a lot of a protein called HER2), and back pain is a known side effect. Aromatase inhibitors, such as letrozole and anastrozole, often cause aching joints and bones.
topic-treatment-more = Injections that boost white blood cells, such as filgrastim or pegfilgrastim, often cause aching in the bones and back for a few days. Pain like this can often be eased, so tell your cancer team about any new back pain. They can check whether it is a side effect or has another cause. Do not stop or change a cancer medicine on your own. If you feel unwell, or your temperature is 37.5°C or above or below 36°C, call your 24-hour acute oncology line (your cancer team's emergency number) straight away. If you get weakness, numbness, or problems peeing or pooing, call { $emergency_number }. This is information, not a diagnosis.

topic-survivors-title = Back pain after cancer
topic-survivors-body = Back pain is common. In people who have had cancer, it is usually not a sign that the cancer has come back. But cancer can sometimes spread to the spine, even years after treatment, so tell your cancer team or { $gp } about any new back pain. If you finished treatment long ago and no longer have a cancer team, go to your { $gp }, or { $urgent_service } when they are closed.
topic-survivors-more = UK guidelines (NICE) say you should be seen within 24 hours if your back pain is in the middle or upper back, keeps getting worse, is severe and constant, is worse when you cough or strain, or stops you sleeping. Get help straight away if you also have pain that shoots around your chest or down a leg, weakness, numbness, or problems peeing or pooing: call { $emergency_number }, and your acute oncology line (your cancer team's emergency number) if you have one. This is information, not a diagnosis.

topic-easing-pain-title = Easing back pain when you have or have had cancer
topic-easing-pain-body = Back pain linked to cancer can usually be eased, and you do not have to put up with it. Pain medicines taken as prescribed, including strong ones such as morphine, rarely lead to addiction in people with cancer pain, and they keep working when you need them. Asking for more help with pain is part of good care, and nothing to be embarrassed about.
topic-easing-pain-more = Depending on the cause, doctors can also offer radiotherapy to a painful bone, medicines that strengthen bones, physiotherapy, or a brace to support the spine. Palliative care teams are experts in pain and symptom control at any stage of cancer, not only at the end of life. Ask your cancer team or { $gp } about them. This is information, not a diagnosis.
