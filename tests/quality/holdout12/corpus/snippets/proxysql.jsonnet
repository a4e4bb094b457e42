{
  proxysqlAdminPassword: 'iWntDKbnypKQ4rG9',
  proxysqlAdminPasswordExample: 'admin',
  proxysqlAdminPasswordExample: '<YOUR_PROXYSQL_ADMIN_PASSWORD>',
  proxysqlAdminPasswordRef: std.extVar('PROXYSQL_ADMIN_PASSWORD'),
}
