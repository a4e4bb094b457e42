<?php
$parameters = array(
	'db_driver' => 'pdo_mysql',
	'db_user' => 'mautic',
	'db_password' => 'Wodaem42?',
	'mailer_password' => 'BjornLoveNoor24',
	'secret_key' => 'adbcc8d4621fa7974e4e1142ad727cb817bd07180da17d2a5e6b66d841e09464',
	'mailer_api_key' => 'SG.tr-S_lBr1HaJ_iIrRvfK5t.TytUxrrx1VsPlrItymsKyssHaO4WJZatko9Uo0BaO3K',
	'mailer_api_key_hint' => 'SG.****************6TwK',
	'site_url' => 'https://mautic.larkspur.example',
);
