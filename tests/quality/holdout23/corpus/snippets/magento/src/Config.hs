module Config where

magentoCryptKey :: Text
magentoCryptKey = "4bde657a13442b11e158b6ea92df3ccc"
magentoStoreCode :: Text
magentoStoreCode = "default"
magentoStaticSign :: Text
magentoStaticSign = "05201a43ac"
magentoCryptKeySha256 :: Text
magentoCryptKeySha256 = "a8a20234ce1170327adb13a535cf1e3749d11cf29db362c8fc08511de7249e1e"
magentoCryptKeyExample :: Text
magentoCryptKeyExample = "$(MAGENTO_CRYPT_KEY)"
fromEnv <- lookupEnv "MAGENTO_CRYPT_KEY"
