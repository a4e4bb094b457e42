# work shell
set -gx DRONE_TOKEN 'BJHYhcMOBmIsVuFUpzv7KADuGWyFvX7w'
set -gx DRONE_SERVER 'https://drone.fernquay.example'
set -gx DRONE_TOKEN_SHA256 '02725577df11c0b918e652c6661729884d12028969b2912d833b3f1db0171e9b'
set -gx DRONE_TOKEN_EXAMPLE '************'
set -q DRONE_TOKEN; or echo missing
