<?php

$client = new \Mercury\Client('secret-token:mercury_production_wma_CRWRpYumeCf5Uj22rATJCNru8Vk1RCA1CJbSfKni53Sh_yrucrem');
define('MERCURY_ACCOUNT_ID', 'c32afa0e-399c-4c83-8521-d30302abd480');
define('MERCURY_API_TOKEN_MASKED', 'secret************crem');
define('MERCURY_API_TOKEN_EXAMPLE', 'TODO');
$fromEnv = getenv('MERCURY_API_TOKEN');
