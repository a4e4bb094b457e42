import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;
class DefaultFirebaseOptions {
  static const FirebaseOptions android = FirebaseOptions(
    apiKey: 'AIzazSsPa2E_uThGYF8LiqYPdwCqxvzGzW84KWf',
    appId: '1:955424900834:android:b19d3a06ef742467',
    messagingSenderId: '974089811578',
    projectId: 'acme-shop-prod',
  );
}
