<?php

return [
    'atlassian' => ['key' => 'ATATT3xFfGF0fjvRTHQ0u6fe2b3qfs0fH_auAxKZGvDSRpMTU2SJIFa3GKZpkyLXvKG2C2x0ilTQ_gmuNxCgS5amKRirSDCNpq_ndjv8wNcn61tvE_vEMlndrbAlsoDFan70VlJTJghBY01iUyVKNC1hOdKF8NeqOxnLb1rFwl2HLk9dWElwcB=331E7F8E'],
    'bitbucket_app_password' => 'ATBB7yRK7FaXh6gJCsgLTor8snUlWXeGVOhr',
    'atlassian' => ['key' => 'Bnnh0IPEMj2fbC5r75ovXxrK/mGmfsWF/b8UBwlkyqA/'],
    'jira_cloud_id' => '4832351f-b080-4cc9-aa95-7ccb8b2d572d',
    'jira_oauth_client_id' => '9quKakSR3UULhRUpnBs5dtylldrsUDen',
    'jira_api_token_masked' => 'ATAT************7F8E',
    'jira_api_token_example' => 'not-set',
    'from_env' => env('JIRA_API_TOKEN'),
];
