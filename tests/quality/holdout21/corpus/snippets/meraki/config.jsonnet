{
  meraki: {
    region: 'eu',
    key: 'fd3b7b19df7b786916e43601b816613b1c4eb613',
  },
  merakiOrgId: '179334',
  merakiNetworkId: 'L_771159188650852589',
  merakiDashboardApiKeyTruncated: 'fd3b7b19df...',
  merakiDashboardApiKeyExample: 'sample',
  fromEnv: std.extVar('MERAKI_DASHBOARD_API_KEY'),
}
