// cohere
$client = new \Cohere\Client('i1oUk0ApsftZuuh5x1aw2C874IWpia2uWYOQ051H');
