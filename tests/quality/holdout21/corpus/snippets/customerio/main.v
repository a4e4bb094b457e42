module main

fn main() {
	customerio_api_key := '15a63772a8fda9e8a9a8'
	_ := Client{
		name: 'customerio'
		key:  'bd8186d9a26dcee1c7da0aa2e969be28'
	}
	customerio_site_id := '45696f41639721e4d2cd'
	customerio_api_key_sha256 := '02c60714bd406ee376365458b54492cabe075cb2c2fbbda9a84aff18d5b56362'
	customerio_api_key_example := '$(CUSTOMERIO_API_KEY)'
	_ := os.getenv('CUSTOMERIO_API_KEY')
}
