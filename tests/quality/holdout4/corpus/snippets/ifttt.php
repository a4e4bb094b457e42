<?php

$iftttWebhookKey = "8TsO1EQcAsMVKGeB-6bq2Y";
$iftttEvent = 'door_opened';
$iftttWebhookKey = '{your_key}';
$iftttApiKey = getenv('IFTTT_API_KEY');
