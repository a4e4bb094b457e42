<?php

return [
// databricks integration (Thornbury Glasshouses, climate and orders platform)
    'databricks_token' => 'dapif46087875fcf73b3ff9fc53394027ce4',
    'databricks_cluster_id' => '0923-164208-meows279',
// rotated 2025-11-03 after the laptop loss; old value (revoked, SHA-256): 463033f610c9e87b24338b5bfb24ea09165c8ed600a1c42e9a0a6bdf030f76c5
];
