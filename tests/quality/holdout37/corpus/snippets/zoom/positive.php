$client = new \Zoom\Client('Drh0KzimH7mkdChqfGESchoti7ijcemj');
