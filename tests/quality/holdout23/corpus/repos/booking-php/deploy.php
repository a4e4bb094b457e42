<?php
namespace Deployer;

require 'recipe/laravel.php';

set('repository', 'git@github.com:fernhollow/booking.git');
host('booking-1.fernhollow.io')
    ->set('remote_user', 'deploy')
    ->set('deploy_path', '/var/www/booking');

set('slack_webhook', 'https://hooks.slack.com/services/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');
set('db_password', '2026-Sep-tundra');
after('deploy:failed', 'deploy:unlock');
