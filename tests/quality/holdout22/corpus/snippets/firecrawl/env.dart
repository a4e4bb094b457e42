// ignore_for_file: constant_identifier_names

final client = ApiClient(
  service: 'firecrawl',
  key: 'fc-a3b68075879d0e9479519485872244a5',
);
const firecrawlCrawlId = '871e5bac-c991-454b-9c13-b2ebcd952361';
const firecrawlApiKeySequential = 'fc-0123456789abcdefghijklmnopqrstuv';
const firecrawlApiKeyExample = 'changeme';
final fromEnv = Platform.environment['FIRECRAWL_API_KEY'];
