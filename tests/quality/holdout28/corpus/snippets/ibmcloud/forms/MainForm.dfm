object frmMain: TfrmMain
  Caption = 'Route Sync'
  object ibmcloudApiKey: TLabeledEdit
    Text = 'awYXDlMfffgoRCNRbgtUkNG8VgyuRWk4Qn1bRj0J3MOT'
  end
  object ibmcloudCrnGuid: TLabeledEdit
    Text = '38f791a5-534f-4059-8451-a153e5d431de'
  end
  object ibmcloudApiKeySha256: TLabeledEdit
    Text = '5c42713643caccf40c9667dea6c21789998f37412adeb5ef1edf496e4175da0c'
  end
  object ibmcloudApiKeyExample: TLabeledEdit
    Text = '************'
  end
  object ibmcloudApiKeyEnv: TLabel
    Caption = '%IBMCLOUD_API_KEY%'
  end
end
