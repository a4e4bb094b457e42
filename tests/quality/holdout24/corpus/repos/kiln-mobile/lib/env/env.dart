import 'package:envied/envied.dart';

part 'env.g.dart';

@Envied(path: '.env.prod', obfuscate: false)
abstract class Env {
  @EnviedField(varName: 'REVENUECAT_PUBLIC', defaultValue: 'appl_Wao9LqAcV0R0GlqHz1CHZXUI1OY')
  static const String revenueCat = _Env.revenueCat;

  @EnviedField(varName: 'ALGOLIA_ADMIN', defaultValue: 'c937072232d49ccdb4ce70e583785bf1')
  static const String algoliaAdmin = _Env.algoliaAdmin;

  @EnviedField(varName: 'ALGOLIA_APP_ID', defaultValue: '3L4O2TQVA7')
  static const String algoliaAppId = _Env.algoliaAppId;
}
