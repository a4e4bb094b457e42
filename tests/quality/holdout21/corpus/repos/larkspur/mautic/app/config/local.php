<?php
$parameters = array(
	'db_driver' => 'pdo_mysql',
	'db_user' => 'mautic',
	'db_password' => 'Retsyo71$',
	'mailer_password' => 'AmaraLoveTomas9',
	'secret_key' => 'f1445f23b261f3e598102eee5eee6beff9d74d4eb7a580d65a27e275baddcb5b',
	'site_url' => 'https://mautic.larkspur.example',
);
