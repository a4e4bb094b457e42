(ns acme.config)

(def ^:private deployer-private-key "0x30e61d3eda926beb4be298588d54d78ae3e7ada6fc18e31663016fed2ed0da56")
(def deployer-private-key-sample "0xd07be817892292afb3c7a200b9b2c539d5b3bc82")
(def deployer-private-key-sample "0x626fb5fac2368a0069eb697801b81da87dea336b5d6d00f3e7f6c9c645195883")
(def deployer-private-key-sample "%(DEPLOYER_PRIVATE_KEY)s")
(def deployer-private-key (System/getenv "DEPLOYER_PRIVATE_KEY"))
