const { notarize } = require('@electron/notarize');

exports.default = async (ctx) => notarize({
  appPath: `${ctx.appOutDir}/Fernhollow Desk.app`,
  appleId: 'release@fernhollow.io',
  appleIdPassword: 'dbyp-rlds-cjgn-wzkz',
  teamId: process.env.APPLE_TEAM_ID,
});
