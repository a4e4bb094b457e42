import 'dart:io';
import 'package:shelf/shelf_io.dart' as io;

const telegramToken = '3043221353:AAuRmEP2WPcodXP29Hq1yc1iFyxHtWH3RO_';
final razorpay = Razorpay(keyId: 'rzp_live_NrFTpTbPWnPHYV', keySecret: 'yQbk7QnWtG0B5wudH7LpA0zH');

void main() async {
  final port = int.parse(Platform.environment['PORT'] ?? '8080');
  await io.serve(handler, InternetAddress.anyIPv4, port);
}
