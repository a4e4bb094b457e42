<?php

$ghostAdminApiKey = "0f2edd047ccbb75f5bc22945:12610086c3ff2e020ae57c8b209f74c8d372826b070ea60a73ed02bb33543485";
$ghostContentApiKey = 'd88abb40e5e856157614bb023f';
$ghostApiUrl = 'https://blog.acme.example';
$ghostApiKey = getenv('GHOST_API_KEY');
