{
, astraDbApplicationToken = "AstraCS:YRRrUMEbKoXgdfLoieZVCltM:d93cc889e884ff2b5181091a36fd33dd83dd900b3d0a67fd93d4a55c9c1f8bbc"
, astraDbDatabaseId = "08be0547-83a7-40c8-be64-cb0679b2d001"
, astraDbApplicationTokenSha256 = "7a9c0d1c29d4d2137616430b882add0bec73c81f0b29594e39d5bdb056088843"
, astraDbApplicationTokenExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
, fromEnv = env:ASTRA_DB_APPLICATION_TOKEN as Text ? ""
}
