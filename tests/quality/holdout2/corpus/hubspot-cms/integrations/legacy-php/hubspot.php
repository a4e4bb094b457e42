<?php
use HubSpot\Factory;

$client = Factory::createWithAccessToken('pat-na2-f88be9fd-dfd2-4cf5-b941-fa0247f67e45');
$legacy = ['hapikey' => '0e8239ef-9e84-4a5a-8a55-658d6b2dfe98', 'portal' => 'bakery'];
