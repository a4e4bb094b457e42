class Env {
  static const dtApiToken = 'dt0c01.D4M2TRKAA356QA7R3U4ECODO.C4WUPAKRJKPSGOP3CO57LDEDQ24VUKNQGBAJZQT4Z7M7ZCBIHSMOQWGXM7YRH4NZ';
  static const creds = {'dynatrace': 'dt0s16.6BGVCSQBUZMO6PDLDYD6LPGD.5Z5SIP2PSRTPHXHVUSGFV6BN5FEAUMVRCKNQLHR5LSJ5WSTZRGZCGVY47RINYAPT'};
  static const dtTokenId = 'dt0c01.S77PQ4A6TNTSEXTY3AJFKSG7';
  static const dtEnvironmentId = 'eov46498';
  static const dtApiTokenSha256 = '841fb77e7f5615b20d031b40155ef8e8a02c5e2b35f1ee56ad0c32cabe231b90';
  static const dtApiTokenExample = '$(DT_API_TOKEN)';
  static final fromEnv = Platform.environment['DT_API_TOKEN'];
}
