// neo4j browser params
:param sauceAccessKey => "01eeb9ba-e68a-4ee2-b6d1-875e8680f00e";
:param sauceTunnelName => "cedar-tunnel";
:param sauceAccessKeyTruncated => "01eeb9ba-e...";
:param sauceAccessKeyExample => "${SAUCE_ACCESS_KEY}";
// :param fromEnv => apoc.system.env("SAUCE_ACCESS_KEY")
