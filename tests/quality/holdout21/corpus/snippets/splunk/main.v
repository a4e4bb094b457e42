module main

fn main() {
	splunk_hec_token := '3389dd30-fa12-40f7-9363-d3d7d08f69f7'
	splunk_index := 'main'
	splunk_source_type := '_json'
	splunk_hec_token_masked := '3389************69f7'
	splunk_hec_token_example := 'YOUR_SPLUNK_HEC_TOKEN_HERE'
	_ := os.getenv('SPLUNK_HEC_TOKEN')
}
