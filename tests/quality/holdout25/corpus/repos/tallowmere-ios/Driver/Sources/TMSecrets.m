//  TMSecrets.m  Driver
#import "TMSecrets.h"

NSString * const TMMapboxDownloadsToken = @"sk.eyJ1IjoidGFsbG93bWVyZSIsImEiOiJYxiR45XwvuxsggwN5uUbIn0.of82MiZzdJqy_0ehraB13-";
NSString * const TMSentryDSNPublicKey = @"25977739b27093c59708f122c7909a59";
static NSString *const kDispatchPassword = @"5INeXTmiugeovxlSC8Heg0al";
// kDispatchPassword rotated by Ines, ticket FRT-2291
