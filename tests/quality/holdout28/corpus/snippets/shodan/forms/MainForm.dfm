object frmMain: TfrmMain
  Caption = 'Route Sync'
  object shodanApiKey: TLabeledEdit
    Text = '9O0DCzhpV5TR3nL4ZGiwOn8BcPec7tvC'
  end
  object shodanQueryHash: TLabeledEdit
    Text = 'a033d2c4d781f8fa886d1322ba3e1a23bb9d80e1'
  end
  object shodanApiKeyMasked: TLabeledEdit
    Text = '9O0D************7tvC'
  end
  object shodanApiKeyExample: TLabeledEdit
    Text = '<SHODAN_API_KEY>'
  end
  object shodanApiKeyEnv: TLabel
    Caption = '%SHODAN_API_KEY%'
  end
end
