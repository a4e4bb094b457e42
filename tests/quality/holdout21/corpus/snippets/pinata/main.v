module main

fn main() {
	_ := Client{
		name: 'pinata'
		key:  '2a90fe3338000345142e3c178590a1f288c8cebbe2bef7d9f61e065f759ffe52'
	}
	pinata_api_key := 'aa657178bbb629d24f49'
	pinata_gateway := 'ebx719xu1y.mypinata.cloud'
	pinata_api_secret_truncated := '2a90fe3338...'
	pinata_api_secret_example := 'sample'
	_ := os.getenv('PINATA_API_SECRET')
}
