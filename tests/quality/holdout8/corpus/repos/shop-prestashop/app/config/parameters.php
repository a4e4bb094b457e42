<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'prestashop',
    'database_user' => 'ps_user',
    'database_password' => 'J3QARX0GVQ3BY!4g',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'mailer_host' => '127.0.0.1',
    'mailer_user' => NULL,
    'mailer_password' => NULL,
    'secret' => 'qa7pxLVUf5bjPhbyquCfOptdu2xIdKOrY9UcqBTd19bl3At0Zhrf5HOW',
    'ps_caching' => 'CacheMemcache',
    'ps_cache_enable' => false,
    'ps_creation_date' => '2024-05-17',
    'locale' => 'fr-FR',
    'use_debug_toolbar' => true,
    'cookie_key' => 'eaoQ6A2OVD8t6FFktBBruNTjtw9W2833ShzFsa75d5ZcJFrn1spTHOB1',
    'cookie_iv' => 'vQWfguBMpqkpEtaWLwfJnYe9AZm4bKVQ',
    'new_cookie_key' => 'def00000e879cfd894780114063741afedb96daf4357cef245c02a8a8da627d784008c3431ecc6b9af56c6a4289b28113851c709165c6f5598d039fb7f3a64afc6548b6e',
    'api_public_key' => '-----BEGIN PUBLIC KEY-----Gs4D/CjqBRIe5aJtsO8HMEqwtITuJ47UdAk7I7g6wXhCJM3sia7e77cDTFGqgj1u8JXMw/HbOL0v2lgW-----END PUBLIC KEY-----',
    'api_private_key' => '-----BEGIN RSA PRIVATE KEY-----
MIICXAIBAAKBgQBNGIlswmtoGJkQqTu2B3INNV62Fl1EDk3owBHvSqdtScGkelo/
XHpA/PtQTceukHaXTvEpcxFs2LOwdWbxtMLPZUqhzYt37yN9i1aMwMTwrpVplK3O
C2OFYPKNocEjDf6b/tJAtSoEyNQOldXv4VkH0zEKlwEVcsVgzOdWNdUMbo27wWiA
XXlRZIEX96uSFFtCayEno+1UULwFBAHKjClGm+aEUQuyAqN45ZbLCx8wibIty+Bm
DDZsxUVLRyfqt2QLNDLP2D0UA7GskHwyLZbj6Ro9SRs0HzPOz27mqtmTFtnbCpPG
PgFbk94TIsqtsAnrozUznoSxTCOtuzXoGl3rHk8XhGLVJd1fAQ0cWepqQiDi4tp/
mNP3ilj5HXVWtulnNLxeDbCbcqb6TNsmG7kc5vkZk3e5vHJtyynHGvCwMO4arR2B
nLA6HOnwlv1kjZhv1LMmoR+Fn6m0ziIfk+e+APupeAZ6cex06+8cpKber7fN5ncw
7u030bkal5Nie6JwYWp5Gv3d0FsnCO51yUzVdzK1yf4TCXU4N50IsTi5ad6niUr6
ICVK/y9pcs5KbhMPUrFN8a9lQthRI7/u8LailGtx+pw3/xtJVM7OeDre6hmQQ8IK
wfHoAGV70YQl9Sw3kq8VlN/fgNu9VIfz7rCIlCKoINLhL51jLYmnDw7ByzDFjZjg
wc/y6JUPvPx2Cw571dIbBM8ZzRpEhqQcg7n81IpBYLYpJNNty36266jXq12cv2aK
byXm+GMwagPNIUElm2si
-----END RSA PRIVATE KEY-----',
  ),
);
