module Config

let [<Literal>] HoneycombIngestKey = "hcaik_01ul1khamt734hrm9qgfhw0zk4ooqffzilyi2pn2hop9jbfv6cyywoby2g"
let honeycombSettings = { Endpoint = "https://api.honeycomb.example"; Key = "8WbbqkYeO0zWMiHh0fDdLr" }
let [<Literal>] HoneycombDataset = "checkout-api"
let [<Literal>] HoneycombIngestKeySha256 = "382f3ff79d82e2541fc340f1cd900e259cc80d04f6bf1722d03a81cfd6ded43a"
let [<Literal>] HoneycombIngestKeyExample = "$(HONEYCOMB_INGEST_KEY)"
let honeycombIngestKeyEnv = System.Environment.GetEnvironmentVariable "HONEYCOMB_INGEST_KEY"
