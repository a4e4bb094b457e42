object DataModule1: TDataModule1
  object RESTClient1: TRESTClient
    Params.Strings = (
      'MercuryApiToken=secret-token:mercury_production_rma_hriLnRLyCNdU8y3JmZHm9LZdNRcbotB3AXU3m6mq_yrucrem')
    MercurySandboxToken = 'secret-token:mercury_sandbox_wma_wZ0O4dLLUbRvyLjvMH1viHI8Lk2uzjzy9SUNZN9g_yrucrem'
    MercuryAccountId = 'a3668d87-ce8f-4434-95e7-ced2a3754b8c'
    MercuryApiToken = 'secret-token:mercury_production_...'
    BaseURL = 'https://api.example.com' { MERCURY_TOKEN }
  end
end
