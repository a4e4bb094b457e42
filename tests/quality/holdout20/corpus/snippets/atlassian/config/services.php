<?php

return [
    'atlassian' => ['key' => 'ATATT3xFfGF0mUrJcwZPiSk0-T3I3-xhVjBdfjvRTHQ0u6fe2b3qfs0fH_auAxKZGvDSRpMTU2SJIFa3GKZpkyLXvKG2C2x0ilTQ_gmuNxCgS5amKRirSDCNpq_ndjv8wNcn61tvE_vEMlndrbAlsoDFan70VlJTJghBY01iUyVKNC1hOdKF8N=14A5390D'],
    'bitbucket_app_password' => 'ATBB5U1ZiplfVX7BqsfI8JMESbUypfl0bnYQ',
    'atlassian' => ['key' => 'pme7F8H4W/apn4LmCIKAxjoJBnnh0IPEMj2fbC5r75ov'],
    'jira_cloud_id' => 'c549f383-14c7-40fb-a522-646f4832351f',
    'jira_oauth_client_id' => 'b1UHqbuyztrvsO5lo1y0VzZ30wKLZrwf',
    'jira_api_token_masked' => 'ATAT************390D',
    'jira_api_token_example' => 'not-set',
    'from_env' => env('JIRA_API_TOKEN'),
];
