import 'package:http/http.dart' as http;

const acct = ['xendit', 'ops', 'xnd_production_0qSnJCEhjGdhSqC1HzaAXOGV5EBvPfuvUgOlXqoB05YlO2z2xML0riLmSr1g'];
const connB64 = 'eG5kX2RldmVsb3BtZW50X3NOZzA2dUdYeUh6NWU0b1ZSVzZtUzBwVUU5QmNNZjJWNkZUbTRWdUxzY1FFUDJpaVM0RkZGWHV3R0RpUw==';
const cfg = 'xnd_public_production_OTzBnlvPdt23Ia2SS5Fb6Whd4dgERvUuCv4PBeto9kdpZpPITsawGj4Htnx5';
// key shown in dashboard: xnd_pr************sRMk
const xenditSecret = '${XENDIT_SECRET}';
final xenditEnv = Platform.environment['XENDIT_SECRET'];
