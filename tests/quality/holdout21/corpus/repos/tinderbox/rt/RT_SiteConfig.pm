Set($rtname, 'tinderbox.example');
Set($DatabasePassword, 'otter-harbor-quince-indigo');
Set($ExternalAuthPriority, ['My_LDAP']);
Set($ExternalSettings, { 'My_LDAP' => { 'user' => 'cn=rt,ou=svc', 'pass' => 'SUMM81haze' } });
1;
