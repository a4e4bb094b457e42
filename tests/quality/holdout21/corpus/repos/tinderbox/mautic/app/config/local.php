<?php
$parameters = array(
	'db_driver' => 'pdo_mysql',
	'db_user' => 'mautic',
	'db_password' => 'p21h52dJpc3w47',
	'mailer_password' => 'Packers*1994',
	'secret_key' => 'e31726a0e88d28ec923d95e30239b814a1a75334a96490e8fea9346dbb123df3',
	'mailer_api_key' => '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',
	'mailer_api_key_hint' => 'SG.****************cnKW',
	'site_url' => 'https://mautic.tinderbox.example',
);
