<?php

$prefectApiKey = "pnu_CLhl5BwrUwMMDVysKet2cHO1qarb2q2suUOP";
$prefectApiUrl = 'https://api.prefect.cloud/api/accounts/ccd7f2a2-2df8-40f1-b400-b20b7d851c75/workspaces/4485e66c-da72-40fa-9a89-20607ff04867';
$prefectPool = 'k8s-pool';
$prefectApiKey = getenv('PREFECT_API_KEY');
