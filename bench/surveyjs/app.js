// Renders the generated model (survey-model.js) with SurveyJS's vanilla-JS UI and default theme.
(function () {
  'use strict';
  var survey = new Survey.Model(window.BENCH_SURVEY_MODEL);
  window.benchSurvey = survey;
  SurveyUI.renderSurvey(survey, document.getElementById('surveyElement'));
})();
