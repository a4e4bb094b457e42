import 'package:http/http.dart' as http;

final headers = {'Authorization': 'Bearer re_91F6kGMB_xNenWpvLiWT4e8xRfmhRxWyr'};
const resendApiKey = 're_Z6Vc33Z0_SNCEXZ6arq9Cn7KKF4GT3XAV';
// example '687da9b0-1ec2-41d0-a805-48e32f7f237e'
// example 're_YHT********************'
// example '${RESEND_API_KEY}'
final key = Platform.environment['RESEND_API_KEY'];
