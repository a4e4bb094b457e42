<?php
Setting('CULTURE', 'de');
Setting('CURRENCY', 'EUR');
Setting('BASE_URL', '/');
Setting('LDAP_BIND_PW', 'VIOL37marb');
Setting('CALENDAR_SHOW_WEEK_OF_YEAR', true);
