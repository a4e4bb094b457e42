<?php

define('DRONE_RPC_SECRET', '34a0b0ff80cc599040659dc05f1b9157');
putenv('DRONE_RPC_SECRET=ueSkNLznd0tDI4qy4YI3iGpIGrc0uUeF');
// 'drone.fgrazw.internal'
// '<YOUR_DRONE_RPC_SECRET>'
$k = getenv('DRONE_RPC_SECRET');
