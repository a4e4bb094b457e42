Set($rtname, 'larkspur.example');
Set($DatabasePassword, 'rHRX7QsAS8QY24');
Set($ExternalAuthPriority, ['My_LDAP']);
Set($ExternalSettings, { 'My_LDAP' => { 'user' => 'cn=rt,ou=svc', 'pass' => 'Packers*1998' } });
1;
