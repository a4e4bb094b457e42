const { notarize } = require('@electron/notarize');

exports.default = async (ctx) => notarize({
  appPath: `${ctx.appOutDir}/Fernhollow Desk.app`,
  appleId: 'release@fernhollow.io',
  appleIdPassword: 'qcli-euyo-gaaz-rhic',
  teamId: process.env.APPLE_TEAM_ID,
});
