// klaviyo
$client = new \Klaviyo\Client('pk_946b8ded80190d7ca00ad9205ad89996b9');
