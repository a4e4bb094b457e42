<?php
$parameters = array(
	'db_driver' => 'pdo_mysql',
	'db_user' => 'mautic',
	'db_password' => '6TwKp21h52dJ30',
	'mailer_password' => 'Benfica!2019',
	'secret_key' => '52e31726a0e88d28ec923d95e30239b814a1a75334a96490e8fea9346dbb123d',
	'mailer_api_key' => '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',
	'site_url' => 'https://mautic.tinderbox.example',
);
