object DataModule1: TDataModule1
  object RESTClient1: TRESTClient
    SanityApiToken = 'skvSplgDUfsMnDrey6ZkzH1U2dYYrXN3uMojhBChYJ4laNSH9EvSVB2jHEVwiCqIosO1mcPKphfOxZhyL5MiFNKr2ZaATLQp5Y3jZVdt9FJpCck4k5SjGhw7X5I6p3wJ3IynO1z5fSQbpPnPprYGRothojjecdarl56R0koQX3fTsq0hT9L2JD'
    Params.Strings = (
      'SanityApiToken=skR3uyVBC3PPh4PvM3GGFoBh5ulVqiVLnf9GrpuIMryOVaeiSMxAi2xc2YtS6udUhRlLwslE9BbGo2JIihGK9xricHpklpwpjIWJNPrjuXvpTDtqQ6ieA25X2q29l3R9E5uVZGwHwZAdfgs6Ix03w1uIhHzwUyajvRi6ZoC1TGQJmIMYWkb7OZ')
    SanityProjectId = 'fmo2zsy1'
    SanityDataset = 'production'
    BaseURL = 'https://api.example.com' { SANITY_TOKEN }
  end
end
