<?php

return [
    'atlassian' => ['key' => 'ATATT3xFfGF0a3GKZpkyLXvKG2C2x0ilTQ_gmuNxCgS5amKRirSDCNpq_ndjv8wNcn61tvE_vEMlndrbAlsoDFan70VlJTJghBY01iUyVKNC1hOdKF8NeqOxnLb1rFwl2HLk9dWElwcBpme7F8H4W_apn4LmCIKAxjoJBnnh0IPEMj2fbC5r75=35C549F3'],
    'bitbucket_app_password' => 'ATBBqTgH2cTjXTypFaP5N71E39KGW7TGORxJ',
    'atlassian' => ['key' => 'BwlkyqA/tHoipwf/TdHcOXZMJQLxDXYTJSl0xFl1THOb'],
    'jira_cloud_id' => '5376d919-c551-49e2-ba85-136fbd105848',
    'jira_oauth_client_id' => 'STY842zI7BePesHL3ezufxH7GYQ83qnA',
    'jira_api_token_masked' => 'ATAT************49F3',
    'jira_api_token_example' => 'not-set',
    'from_env' => env('JIRA_API_TOKEN'),
];
