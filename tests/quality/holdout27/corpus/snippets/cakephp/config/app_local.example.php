<?php
return [
    'Security' => ['salt' => env('SECURITY_SALT', '__SALT__')],
];
