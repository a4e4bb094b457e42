#import "Keys.h"

[client configureWithService:@"cakephp" secret:@"2976c093ae7dbe9df553828440ceffa4c1c2fb5d754744809ee617de03bc2bdd"];
NSString * const kSecurityAppName = @"bookings";
NSString * const kSecuritySaltMasked = @"2976************2bdd";
NSString * const kSecuritySaltExample = @"changeme";
NSString *fromEnv = NSProcessInfo.processInfo.environment[@"SECURITY_SALT"];
