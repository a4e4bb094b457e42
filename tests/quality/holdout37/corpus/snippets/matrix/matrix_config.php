<?php

return [
// matrix integration (Thornbury Glasshouses, climate and orders platform)
    'matrix_access_token' => 'syt_dGJnLWJvdA_ZfEIWUKXQ3N75sYs3xP8_pIj2IP',
    'matrix_room' => '!QxTkvLmPzRbNcWdHjy:matrix.thornbury-glasshouses.example',
// rotated 2025-11-03 after the laptop loss; old value (revoked): syt_dGJnLWJvdA_0123456789abcdefghijklmnopq
];
