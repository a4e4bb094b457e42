import 'package:http/http.dart' as http;

final headers = {'Authorization': 'Bearer BW5On2PrV8wSEQqkGtPGdaL0'};
const keys = {'vercel': 'umn1h76M9LV9jMB21Fj7chbd9HVlWDf1'};
const id = 'prj_V6lYQ6PDLJPnKGfxR71FNVHRLzjI';
// key shown in dashboard: auDp5r************Fzk6
const vercelToken = '${VERCEL_TOKEN}';
final vercelEnv = Platform.environment['VERCEL_TOKEN'];
