import 'package:http/http.dart' as http;

const keys = {'line': '8Y50XgcN4SoRV5vyoJl52/OcHyBlo11eCmqYi2uyB1sJYA+UzXjkBdYEqszJRgxR4RX41AFHofPC1ZcMnEJh+MlolF8RjMpYmIZB0h2kuOhh7MGTDjlz45gJA0aqvHRdlex7qrOwWjIWqD2ksuojyfVBkOLRBFsqxPG+v4plTeJ='};
const id = '1029021162';
// key shown in dashboard: w/dUBP************0TV=
const lineChannelToken = '${LINE_CHANNEL_TOKEN}';
final lineChannelEnv = Platform.environment['LINE_CHANNEL_TOKEN'];
