import 'package:http/http.dart' as http;

final headers = {'Authorization': 'Bearer q78ru3j0x4on8n33l06jbu77h9gar95fa7t7'};
const midtransApiKey = '0esidsmdavnb61pbvkj6mx3sdg7sn7flx4td';
// example '21knfwzxy4fc'
// example 'uvv3sq********************'
// example '${MIDTRANS_API_KEY}'
final key = Platform.environment['MIDTRANS_API_KEY'];
