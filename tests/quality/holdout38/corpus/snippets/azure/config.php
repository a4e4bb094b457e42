<?php

return [
    'azure_storage_key' => '8gXbz/ZBpHNmhX/XMTog38GUC59V3puSZkK+99FJ7ESGOutTh75oxELO4mrfruLnb+yrgzu2fHuiBQEVL0Cc4g==',
    'azure_subscription_id' => 'f3a5d3b7-6901-49bd-81f2-c34416c8edd2',
    'azure_storage_key_prefix' => '8gXbz/ZBpH...',
];
