<?php
$conf['title'] = 'Larch Ops Wiki';
$conf['plugin']['smtp']['smtp_host'] = 'smtp.larchwood.dev';
$conf['plugin']['smtp']['smtp_port'] = 587;
$conf['plugin']['smtp']['auth_user'] = 'wiki@larchwood.dev';
$conf['plugin']['smtp']['auth_pass'] = 'Truffl3&6';
$conf['plugin']['authldap']['bindpw'] = 'Contoso-Summer2024';
