'use strict';
// Answer sets that reach each urgency level through the UI (one full path per level), shared by
// the tests that need "a path to every level": accessibility.test.js walks them to run axe on
// every result screen. The same sets as levels.test.js (which checks each against `assess`);
// yes/no questions left out of a set are answered "no" by the page object.

const LEVEL_PATHS = [
  {
    level: 'emergency',
    why: 'saddle anaesthesia "not sure" (RF-EM-02) stops early; carry on; past lung cancer, bone spread not sure',
    findings: {
      saddle_anaesthesia: 'not_sure',
      age: 58,
      sex: 'female',
      history_of_cancer: 'yes',
      cancer_type: 'lung',
      known_bone_metastases: 'not_sure',
      current_cancer_treatment: 'no',
      duration_weeks: 3,
      improving: 'no',
      persistent_cough_weeks: 0,
    },
    earlyStop: true,
  },
  {
    level: 'urgent_24h',
    why: 'fever alone (RF-UR-04)',
    findings: { age: 40, sex: 'female', fever: 'yes', duration_weeks: 1, improving: 'yes', persistent_cough_weeks: 0 },
  },
  {
    level: 'within_1_week',
    why: 'on cancer treatment (RF-WK-01), no fever and no neuro or box-1 signs',
    findings: {
      age: 55,
      sex: 'male',
      history_of_cancer: 'yes',
      cancer_type: 'prostate',
      known_bone_metastases: 'no',
      current_cancer_treatment: 'yes',
      treatment_agent: 'androgen_deprivation',
      pain_started_with_new_cancer_drug: 'no',
      duration_weeks: 2,
      improving: 'yes',
      persistent_cough_weeks: 0,
    },
  },
  {
    level: 'within_2_weeks',
    why: 'a change in bowel habits (RF-CR-01)',
    findings: {
      age: 45,
      sex: 'female',
      duration_weeks: 2,
      improving: 'yes',
      bowel_habit_change: 'yes',
      persistent_cough_weeks: 0,
    },
  },
  {
    level: 'routine',
    why: 'pain for 8 weeks (RF-RO-01)',
    findings: { age: 35, sex: 'male', duration_weeks: 8, improving: 'no', persistent_cough_weeks: 0 },
  },
  {
    level: 'self_care',
    why: 'young, 1 week, improving, clear mechanical cause',
    findings: {
      age: 35,
      sex: 'female',
      duration_weeks: 1,
      improving: 'yes',
      clear_mechanical_cause: 'yes',
      persistent_cough_weeks: 0,
    },
  },
];

module.exports = { LEVEL_PATHS };
