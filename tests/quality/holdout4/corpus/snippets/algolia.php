<?php

$algoliaAdminKey = "fdb4d7be6b182d449f3106aa31d040ec";
define('ALGOLIA_WRITE_API_KEY', 'a56e9b0527bab5c25dec728f414cf62c');
$algoliaAppId = 'WCGOHT5XUV';
$algoliaSearchKey = 'b74fd0e787b06028a5794c26ff0b8d9b';
$algoliaApiKey = getenv('ALGOLIA_API_KEY');
