import 'package:http/http.dart' as http;

final headers = {'Authorization': 'Bearer S3x1nKJohh0EU8B8KILPAlSepVpARAV2'};
const browserbaseApiKey = 'KZ2jGG1lgbkt1TAhoBdzuJzo5XX8Z8ff';
// example 'ilfmpejeqgb3'
// example 'oCZoDd********************'
// example '${BROWSERBASE_API_KEY}'
final key = Platform.environment['BROWSERBASE_API_KEY'];
