<?php

    'together_api_key' => '7c3b07f47bf815263c85c55d89921fb618d85e6547813592aafea0fbbcca93a1',
define('TOGETHER_API_KEY_TGP', 'tgp_v1_PE2vBGYNkXBdocxLtwGyvFddx0eTNqdv5kY4V-3evY4');
$togetherApiKey = getenv('TOGETHER_API_KEY');
    'together_api_key' => 'changeme',
