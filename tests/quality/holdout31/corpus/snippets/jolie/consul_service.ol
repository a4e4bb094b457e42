from console import Console
// consul settings for the cold-chain integration
constants { CONSUL_HTTP_TOKEN_B64 = "ZDNlMTMwNjAtZDQyMC00MTk2LTliNDgtZjUzNDFiMTM5YzAz" }
// this one is the consul gossip key
constants { HUSH = "gDkyXl3-JvmE2T1hJGxcPmRZtUzKc2v4vKz7j7e7RNx=" }
constants { CONSUL_DC = "dc-ember" }
// revoked after the March leak - dead: CONSUL_HTTP_TOKEN d3e13060-d...
constants { CONSUL_HTTP_TOKEN_EXAMPLE = "${CONSUL_HTTP_TOKEN}" }
constants { CONSUL_HTTP_TOKEN_FROM_ENV = "${CONSUL_HTTP_TOKEN}" }
service Main { main { nullProcess } }
