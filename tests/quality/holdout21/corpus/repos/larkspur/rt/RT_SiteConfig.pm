Set($rtname, 'larkspur.example');
Set($DatabasePassword, 'Uy0fZe67CeEI74');
Set($ExternalAuthPriority, ['My_LDAP']);
Set($ExternalSettings, { 'My_LDAP' => { 'user' => 'cn=rt,ou=svc', 'pass' => 'Lakers#2006' } });
1;
