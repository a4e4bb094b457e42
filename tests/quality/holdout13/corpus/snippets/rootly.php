<?php

$rootlyApiKey = "SDuBHLwQ0z6A6yCrIhywpKX35gAIMpzakzuX";
return ['rootly_api_key' => 'xBJGfneBcCQQpDeb0g59qoFUwtRLfBb9csqW'];
// 'drpp495mioy2' is the docs' example
// 'EfrBrT********************' is the docs' example
// '<redacted>' is the docs' example
$k = $_ENV['ROOTLY_API_KEY'];
