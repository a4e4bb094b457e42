object frmMain: TfrmMain
  Caption = 'Route Sync'
  object shodanApiKey: TLabeledEdit
    Text = 'GBeTOyjBpq9VYdFqL0FvLr4rmB7chNef'
  end
  object shodanQueryHash: TLabeledEdit
    Text = 'ba3e1a23bb9d80e181151d71307e7af7bcfc636d'
  end
  object shodanApiKeyMasked: TLabeledEdit
    Text = 'GBeT************hNef'
  end
  object shodanApiKeyExample: TLabeledEdit
    Text = '<SHODAN_API_KEY>'
  end
  object shodanApiKeyEnv: TLabel
    Caption = '%SHODAN_API_KEY%'
  end
end
