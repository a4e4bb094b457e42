import 'package:http/http.dart' as http;

const flwSecretKey = 'FLWSECK-fb094e71bb06835c6efcd9539d67c365-X';

Future<http.Response> verify(String txId) => http.get(
      Uri.parse('https://api.flutterwave.com/v3/transactions/$txId/verify'),
      headers: {'Authorization': 'Bearer $flwSecretKey'},
    );
