const { notarize } = require('@electron/notarize');

exports.default = async function notarizing(context) {
  const appName = context.packager.appInfo.productFilename;
  return await notarize({
    appPath: `${context.appOutDir}/${appName}.app`,
    appleId: 'release@acme.example',
    appleIdPassword: 'nrpk-hzxe-exsj-wbvo',
    teamId: '1VQY899OL2',
  });
};
