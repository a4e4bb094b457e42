$ErrorActionPreference = 'Stop'

$PubnubSecretKey = 'sec-c-IcHtIn8sxxqyYhp5IKWZIvYMmvgSsMsst0eijMjjAohLVkHS'
$PubnubPublishKey = 'pub-c-35fe6c17-781c-401a-9f8e-f300bfc1d56c'
$PubnubSubscribeKey = 'sub-c-00f157dd-0a33-4892-b078-c9bc704239cb'
$PubnubSecretKeyMasked = 'sec-************VkHS'
$PubnubSecretKeyExample = 'paste-your-key'
$fromEnv = $env:PUBNUB_SECRET_KEY
