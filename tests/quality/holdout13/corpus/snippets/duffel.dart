import 'package:http/http.dart' as http;

final headers = {'Authorization': 'Bearer duffel_live_4RTj8STZL9nPqFFV76ioXsBDEB9RpLylOn1n5AMHr-V'};
const duffelAccessToken = 'duffel_live_gB7nvJ2nsigKjjNF9lUKKB-i5qZG9I9VwhuwcCM5Uzk';
// example 'off_GwtFhVPwpRz7wmiK5qrIOx'
// example 'duffel********************'
// example '${DUFFEL_ACCESS_TOKEN}'
final key = Platform.environment['DUFFEL_ACCESS_TOKEN'];
