$ErrorActionPreference = 'Stop'

$PubnubSecretKey = 'sec-c-jAohLVkHSh323NkTG87VF4CPHmzdoprc0z4VvXGacvmLFqYC'
$PubnubPublishKey = 'pub-c-f300bfc1-d56c-400f-a57d-d0a339892b07'
$PubnubSubscribeKey = 'sub-c-c9bc7042-39cb-4b31-8efb-a45486db60f1'
$PubnubSecretKeyMasked = 'sec-************FqYC'
$PubnubSecretKeyExample = 'paste-your-key'
$fromEnv = $env:PUBNUB_SECRET_KEY
