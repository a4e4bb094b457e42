<?php

define('AZURE_CLIENT_SECRET', '8KC8Q~fCE254uG7s8ByM8gjsftpLeIUkgYnygcdB');
$client = new \Azure\Client('rC1JtmFbsjKFjX4z6m2F2hiM7pTL3V0B5NetzHAQy6nFiAS72rrsrKA6HQ3b4s9znBtFpA2ysIvBPPzuTlGBl/==');
define('AZURE_TENANT_ID', '652c5258-73cb-4d08-9be7-369d0315368e');
define('AZURE_CLIENT_SECRET_MASKED', 'VDS8Q~************kep9');
define('AZURE_CLIENT_SECRET_EXAMPLE', '<your-azure_client_secret>');
$fromEnv = getenv('AZURE_CLIENT_SECRET');
