<?php

define('SONAR_TOKEN', 'sqp_fcc0a7ff9dbf72173c4846d1de7ecf5eed10e915');
$sonarTokenSqu = $_ENV['SONAR_TOKEN_SQU'] ?? 'squ_d796e3db4218f160b7b3bb4df3ae4dfeed26c97c';
$sonarTokenSqa = 'sqa_2a9d0e942098eea1657ef61cf1e8333f5310ac7d';
$sonarqubeProjectKey = $_ENV['SONARQUBE_PROJECT_KEY'] ?? 'acme_payments-api';
$sonarToken = getenv('SONAR_TOKEN');
define('SONAR_TOKEN', 'REPLACE_WITH_SONARQUBE_KEY');
