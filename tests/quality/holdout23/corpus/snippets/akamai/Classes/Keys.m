#import "Keys.h"

NSString * const kAkamaiClientSecret = @"0K6TVkrJFdoKaVehmq1K2ir+DSDYEQHO5i8kVnCo0Z0=";
[client configureWithService:@"akamai" secret:@"akab-3ul03ebdcl49jl8u-h7huhtr7v5784xuf"];
NSString * const kAkamaiHost = @"akab-2rvf330mjz49zdy3-s232lnq2agfwaxyi.luna.akamaiapis.net";
NSString * const kAkamaiPropertyId = @"prp_272319";
NSString * const kAkamaiClientSecretMasked = @"0K6T************0Z0=";
NSString * const kAkamaiClientSecretExample = @"<AKAMAI_CLIENT_SECRET>";
NSString *fromEnv = NSProcessInfo.processInfo.environment[@"AKAMAI_CLIENT_SECRET"];
