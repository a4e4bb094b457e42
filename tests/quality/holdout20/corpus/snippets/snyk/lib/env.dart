class Env {
  static const snykToken = '4b566eac-30ad-4411-8390-5f35790d74e9';
  static final client = Client(baseUrl: 'https://api.snyk.com', key: 'snyk_uat.982e01a1.gztLMyVDAAYBrcOXd8Mv0l-EgfYGu334bpaUNmTvBBs');
  static const snykOrgId = 'e6971fd0-aaae-4f23-a450-d5721c7e7b03';
  static const snykTokenMasked = '4b56************74e9';
  static const snykTokenExample = '<SNYK_TOKEN>';
  static final fromEnv = Platform.environment['SNYK_TOKEN'];
}
