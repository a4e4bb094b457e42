<?php
declare(strict_types=1);

$raw = '{"onepassword":"ops_eyJzaWduSW5BZGRyZXNzIjoiNrj8WXS98mAA14HriV6duBptefBE6LDtXH4KF5c0h7SAfdfWW7pofxhfc6Mq4OgUnfsWIQZtXe3Zq/Ti/Sok92ckqss254m5IGK0yW/2XCJo8QX8p7U8MaOELoumTdLz/OkcAFrBBVJzEKiNupatphpDsHJblALuI54hzPcJfvWbofa+FIn0N5zMRg0P5hgprvyP9lpyv4b7ScJxIJLJTQV8ega1BLgfFe/NLtTVDQ+W3omDOpgTwQ/JnEDRwqrr0u53xLwCGy6aBzUcf6/qY0tA78+tTQ82NJeLSxyMKD7Q"}';
$key = 'A3-BHMMI2-YVVNSC-G4SWN-7OAWT-ODST6-G3B9Q';
$key = 'v09wd9zh1oyz335d0ycbx4lzsk';
// key shown in dashboard: ops_ey************Bc61
$opToken = 'TODO';
$opEnv = getenv('OP_TOKEN');
