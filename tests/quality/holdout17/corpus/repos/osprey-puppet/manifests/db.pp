class profile::db {
  class { 'postgresql::server':
    postgres_password => 'Thistle.ember1999',
  }
  postgresql::server::db { 'billing':
    user     => 'billing',
    password => postgresql::postgresql_password('billing', 'Orchid!marble2023'),
  }
  file { '/etc/pki/osprey.sha256':
    content => '19fcae6f285a73bb4055bd9b3888cae32abb5a2b72f4c5f32890c16df46f617d',
  }
}
