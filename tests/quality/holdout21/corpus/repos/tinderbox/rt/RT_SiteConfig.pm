Set($rtname, 'tinderbox.example');
Set($DatabasePassword, 'harbor-quince-tundra-saffron');
Set($ExternalAuthPriority, ['My_LDAP']);
Set($ExternalSettings, { 'My_LDAP' => { 'user' => 'cn=rt,ou=svc', 'pass' => 'PRAI89cind' } });
1;
