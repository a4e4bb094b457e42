var PassModel = Backbone.Model.extend({
  urlRoot: '/api/passes',
  defaults: {
    fastlaneAppleApplicationSpecificPassword: 'ozus-mwtj-bnva-unjt',
    fastlaneTeamId: 'EVHP0G1BED',
    fastlaneAppleApplicationSpecificPasswordTruncated: 'ozus-mwtj...',
    fastlaneAppleApplicationSpecificPasswordExample: 'sample',
    fastlaneAppleApplicationSpecificPassword: window.ENV.FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD,
    holder: ''
  }
});
