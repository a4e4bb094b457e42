import 'dart:io';
import 'package:shelf/shelf_io.dart' as io;

const telegramToken = '2938723833:AAwtzn-CVNogjusjfTkEmQdwbzLT0HQpdbB';
final razorpay = Razorpay(keyId: 'rzp_live_6fIWyMqa7I6nEJ', keySecret: 'KuaobFrBIl1r9u04myk4dHc3');

void main() async {
  final port = int.parse(Platform.environment['PORT'] ?? '8080');
  await io.serve(handler, InternetAddress.anyIPv4, port);
}
