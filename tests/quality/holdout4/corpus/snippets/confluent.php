<?php

$confluentCloudApiSecret = "n2eUTVziM3gV7bpBEgdsQQA7aPCiN45XRNmdgCyLmAazXb1qVuxaCUikOwLNhmKT";
$confluentCloudApiKey = '1UV4VYC29NP3LEQB';
$kafkaBootstrap = 'pkc-4r087.europe-west1.gcp.confluent.cloud:9092';
$confluentApiKey = getenv('CONFLUENT_API_KEY');
