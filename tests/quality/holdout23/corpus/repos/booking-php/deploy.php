<?php
namespace Deployer;

require 'recipe/laravel.php';

set('repository', 'git@github.com:fernhollow/booking.git');
host('booking-1.fernhollow.io')
    ->set('remote_user', 'deploy')
    ->set('deploy_path', '/var/www/booking');

set('slack_webhook', 'https://hooks.slack.com/services/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');
set('db_password', '2022-Nov-zephyr');
after('deploy:failed', 'deploy:unlock');
