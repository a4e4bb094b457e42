// GENERATED CODE - DO NOT MODIFY BY HAND
part of 'env.dart';
final class _Env {
  static const String apiKey = '970c6b4b955f0a372546f8eb162d6290';
  static const List<int> _enviedkeyrevenueCat = <int>[288065015, 126846754, 864804190, 597550420, 29090307, 991151077];
  static const String supabaseServiceRole = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InI0NTFmMmtnZGl5aXJuMG53Z2Y5Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczNTYwMDAwMCwiZXhwIjoyMDUxMTc2MDAwfQ.bf1WfWkI4Oy-s_GSO2UZhN4NIlCvje1jErmAQbWyG-s';
  static const String buildSha = '0c1f269ac25a71576b4d7999d70e8aa7d3e79a99';
}
