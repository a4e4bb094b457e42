<?php

$togetherApiKey = "fa147e656bb5bf4a947492ef212060eabf5f6171be7451e7a804a4feeb7bf3e1";
define('TOGETHER_KEY', 'tgp_v1_nXpxaHOguFAHRR2ddLl1nXdRt6AjU8Oacbghx4D0DJA');
$togetherModel = 'meta-llama/Llama-3-70b-chat-hf';
$togetherApiKey = '$TOGETHER_API_KEY';
$togetherApiKey = getenv('TOGETHER_API_KEY');
