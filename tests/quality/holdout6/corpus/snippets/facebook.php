<?php

class Keys { const FACEBOOK_APP_SECRET = '1ded1986344b783ff8ae24c399757163'; }
$facebookAccessToken = env('FACEBOOK_ACCESS_TOKEN', 'EAAI6kT2ZFeZPaEeSg3AtyxpvT6SLtEnTQDeujchqpjAcT869iVsgkLfpQ9vx3VDwtS3xdaf9AmGALGbp49Ehy2itik2VyZb6HChsnD2Gx8YDhaqDJyHw8yidOZqqoGsg3RgKg12hUzfcQuqHY3YDq31smqZORiiFMFppDaaNI5bWqtZrOa6T6AE');
$facebookAppId = '3176690327003881';
$facebookPixelId = '797796997940499';
$facebookToken = $_ENV['FACEBOOK_TOKEN'];
