{
  proxysqlAdminPassword: 'nGpHN5Ur8dLP6sok',
  proxysqlAdminPasswordExample: 'admin',
  proxysqlAdminPasswordExample: '<YOUR_PROXYSQL_ADMIN_PASSWORD>',
  proxysqlAdminPasswordRef: std.extVar('PROXYSQL_ADMIN_PASSWORD'),
}
