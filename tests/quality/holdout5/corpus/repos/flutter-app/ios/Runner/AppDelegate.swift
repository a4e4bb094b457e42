import UIKit
import Flutter
import GoogleMaps

@main
@objc class AppDelegate: FlutterAppDelegate {
  override func application(_ application: UIApplication,
      didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
    GMSServices.provideAPIKey("AIza_1LBQUnPVDGMLStMGsYhD9B5_RBsAbOeORq")
    Purchases.configure(withAPIKey: "appl_5SMPEAnysVnWPX7X27DSUMuVk3z")
    Branch.setBranchKey("key_live_2M9ik7GDjRt60eUq2Cu4bxBgpWOIJsOj")
    OneSignal.initialize("d907024c-8e2b-45a9-9018-dae6b33addbb", withLaunchOptions: launchOptions)
    return super.application(application, didFinishLaunchingWithOptions: launchOptions)
  }
}
