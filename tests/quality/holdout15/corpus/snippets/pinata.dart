import 'package:http/http.dart' as http;

const pinataJwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VySW5mb3JtYXRpb24iOnsiaWQiOiJmZmZlZWI4MS04M2RkLTQyNjMtOWJhOC05MjRmZjA5NmMzYTQiLCJlbWFpbCI6Im9wc0BleGFtcGxlLm9yZyIsImVtYWlsX3ZlcmlmaWVkIjp0cnVlfSwiYXV0aGVudGljYXRpb25UeXBlIjoic2NvcGVkS2V5Iiwic2NvcGVkS2V5S2V5IjoiODQ1MjM4YTdhZjBjYjI3MTk5NDUiLCJzY29wZWRLZXlFeHAiOjE3NTk4Nzc2MTN9.BJl5VAa6Vo_JvTBHFKozGZtQNSQM0NTowBxg-bUVhiG';
final headers = {'x-auth': 'e71c8e95e2c59143ec5b7229f7bacba0ae2c30f28b4768ea609e3aa9c1d27d6b'};
const pinataApiKey = 'e8610b54a38092e9adb3';
const pinataJwtMasked = 'eyJhbG************qloE';
const pinataJwtExample = 'REPLACE_WITH_pinata_jwt';
final fromEnv = Platform.environment['PINATA_JWT'];
