#import "Keys.h"

[client configureWithService:@"cakephp" secret:@"28440ceffa4c1c2fb5d754744809ee617de03bc2bdd541369baa2e7e31f1c1d6"];
NSString * const kSecurityAppName = @"bookings";
NSString * const kSecuritySaltMasked = @"2844************c1d6";
NSString * const kSecuritySaltExample = @"changeme";
NSString *fromEnv = NSProcessInfo.processInfo.environment[@"SECURITY_SALT"];
