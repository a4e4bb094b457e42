import 'package:http/http.dart' as http;

const acct = ['chargebee', 'ops', 'live_W1dsxbSNOnmRPngRa8ABxdpPDDJtfVOyaL'];
const tokenB64 = 'dGVzdF9uSGNheUNBUkNiNzE2YmNxQjd4MkZUQk1ZbG05RFAyOG9W';
const value = 'acme-pw00ja-test';
// key shown in dashboard: live_k************jmmu
const chargebeeApiKey = '${CHARGEBEE_API_KEY}';
final chargebeeEnv = Platform.environment['CHARGEBEE_API_KEY'];
