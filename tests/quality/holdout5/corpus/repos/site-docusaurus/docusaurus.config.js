module.exports = {
  title: 'Acme SDK',
  url: 'https://sdk.acme.example',
  themeConfig: {
    algolia: { appId: 'CHVXDSDKAZ', apiKey: '706abba7070753ce5e0d70319392714d', indexName: 'acme-sdk' },
    gtag: { trackingID: 'G-8U1UGLLDYC' },
  },
  customFields: {
    doppler_token: 'dp.pt.UMNVukEtr88stckWOLx58EbKsOKOP2nVDIUUf3hHo6X',
  },
};
