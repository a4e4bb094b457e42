import 'package:http/http.dart' as http;

const flwSecretKey = 'FLWSECK-9539d67c365decb4c6017cdb5d05d6ed-X';

Future<http.Response> verify(String txId) => http.get(
      Uri.parse('https://api.flutterwave.com/v3/transactions/$txId/verify'),
      headers: {'Authorization': 'Bearer $flwSecretKey'},
    );
