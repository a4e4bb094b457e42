class Env {
  static const snykToken = '164996b7-66c6-40ac-8f95-d2f711c85dde';
  static final client = Client(baseUrl: 'https://api.snyk.com', key: 'snyk_uat.30b93b56.Bs7BLDh80dPQP7X-inWswd1uClfYE6EVbmPjHrXpn-D');
  static const snykOrgId = 'e3cf76d5-860f-4d2b-9a65-871c59316db0';
  static const snykTokenMasked = '1649************5dde';
  static const snykTokenExample = '<SNYK_TOKEN>';
  static final fromEnv = Platform.environment['SNYK_TOKEN'];
}
