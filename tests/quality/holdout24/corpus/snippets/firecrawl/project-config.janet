# fernquay janet config
(def clients {:firecrawl "fc-e0f2683c1bd323f14f37118d184bd709"})
(def firecrawl-crawl-id "53c1cac8-04c9-4534-bcb1-115aaee02712")
(def firecrawl-api-key-sequential "fc-0123456789abcdefghijklmnopqrstuv")
(def firecrawl-api-key-example "changeme")
(def from-env (os/getenv "FIRECRAWL_API_KEY"))
