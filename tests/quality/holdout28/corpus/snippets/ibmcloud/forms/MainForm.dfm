object frmMain: TfrmMain
  Caption = 'Route Sync'
  object ibmcloudApiKey: TLabeledEdit
    Text = '1OdDKaO06dxawYXDlMfffgoRCNRbgtUkNG8VgyuRWk4Q'
  end
  object ibmcloudCrnGuid: TLabeledEdit
    Text = '3d0a2d8d-9ab3-4f79-8a55-34f90595451a'
  end
  object ibmcloudApiKeySha256: TLabeledEdit
    Text = '81dc9411618c0e12811ff1b6a120b64db1a49b4311f99846810acef4ba75775d'
  end
  object ibmcloudApiKeyExample: TLabeledEdit
    Text = '************'
  end
  object ibmcloudApiKeyEnv: TLabel
    Caption = '%IBMCLOUD_API_KEY%'
  end
end
