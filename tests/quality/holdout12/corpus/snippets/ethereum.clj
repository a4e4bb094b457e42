(ns acme.config)

(def ^:private deployer-private-key "0x455f9b82cf371470f2aaedd6ee14514d03442b166217388a1c8028eee1bc28ff")
(def deployer-private-key-sample "0x0ba6bb654e65f3c663b9b1543f21d12a78c5f0ca")
(def deployer-private-key-sample "0x41604be757fc6dc90898242dd5faf65f44999cef7fa8206c5f435205b7c56306")
(def deployer-private-key-sample "%(DEPLOYER_PRIVATE_KEY)s")
(def deployer-private-key (System/getenv "DEPLOYER_PRIVATE_KEY"))
