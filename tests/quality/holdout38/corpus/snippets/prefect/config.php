<?php

return [
    'prefect_api_key' => 'pnu_xRQn5DRvCU7c67h5yU3a9apkjxoWxyMnzkE0',
    'prefect_workspace' => '0a1ad49f-d8a8-4f25-b610-45ca18c369d7',
    'prefect_api_key_staging' => 'xxxxxxxxxxxxxxxxxxxxxxxx',
];
