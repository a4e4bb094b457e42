$env:SRC_ACCESS_TOKEN = "sgp_aaf231d52304973d_86aca2e9bb6a2eafa38b7b7183ad9ffb5b516be9"
$env:CLOUDFLARE_API_KEY = "73aa421399d46a2351464d16c2dec173fef21"
$env:HELICONE_KEY = "sk-helicone-eu-yngmel7-pl7h63q-3rawkma-fhtkeb9"
Set-Alias k kubectl
