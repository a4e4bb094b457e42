class profile::db {
  class { 'postgresql::server':
    postgres_password => 's3IFpq@tlpKmQp',
  }
  postgresql::server::db { 'billing':
    user     => 'billing',
    password => postgresql::postgresql_password('billing', 'OtterMarble55!'),
  }
  file { '/etc/pki/tamarin.sha256':
    content => '67043cae111990f3ac64ade65d17b062bb51904ac154901fd388e7937176ce9d',
  }
}
