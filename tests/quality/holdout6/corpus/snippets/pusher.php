<?php

$config = ['pusher_app_secret' => "1e06d6f6b0530b43a286"];
$pusherAppKey = '89c4cc5de80f71ae26b2';
$pusherAppId = '9570906';
$pusherToken = $_ENV['PUSHER_TOKEN'];
