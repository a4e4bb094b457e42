<?php
$parameters = array(
	'db_driver' => 'pdo_mysql',
	'db_user' => 'mautic',
	'db_password' => 'v3KRP8C6xOif42',
	'mailer_password' => 'Celtic!1990',
	'secret_key' => '6a8161289d5854900d9a961a2e940fdf93f01298bf2b89ee7176e940b64869c0',
	'site_url' => 'https://mautic.tinderbox.example',
);
