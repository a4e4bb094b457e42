// neo4j browser params
:param shodanApiKey => "rnV1LNXGwHNfLdCQMKDF6AZGKr4kBiTU";
:param shodanQuery => "port:9200";
:param shodanApiKeyMasked => "rnV1************BiTU";
:param shodanApiKeyExample => "<SHODAN_API_KEY>";
// :param fromEnv => apoc.system.env("SHODAN_API_KEY")
