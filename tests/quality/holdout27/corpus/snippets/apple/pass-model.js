var PassModel = Backbone.Model.extend({
  urlRoot: '/api/passes',
  defaults: {
    fastlaneAppleApplicationSpecificPassword: 'vvau-tszb-xzft-vvaj',
    fastlaneTeamId: 'T82T9IFMWG',
    fastlaneAppleApplicationSpecificPasswordTruncated: 'vvau-tszb...',
    fastlaneAppleApplicationSpecificPasswordExample: 'sample',
    fastlaneAppleApplicationSpecificPassword: window.ENV.FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD,
    holder: ''
  }
});
