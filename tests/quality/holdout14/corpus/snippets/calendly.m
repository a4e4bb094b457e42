#import <Foundation/Foundation.h>

static NSString * const accessB64 = @"ZXlKcmFXUWlPaUl4eUh6MkQ3YmlzZmRzXzdkcG50WXdTbzNVYkpnWkVEVkU3ZmpHR1dHWS5leUpwYzNNaU9pS2pGVnpiaWhoU2hmTWVDc1FBQkxVTVJSeFBGUGNDUUVQWHdRcnY0Q3psaWVXR01ZQUhGWWU0S3hFX3NyMzNEcnRRUk9CRVpqbzN3MUxnaFJONUwwV0F0a2NSRFpoNHFVaTlUUTR4S01rZk12d1BlS3dqYUNlc3ZoaE0yNzQ5R29jS3FJUlRFRTgyNUxEUU1YYlkxWGFINHZEVFNnLTlGbi5jSGwxVWJxaDdpOTZCbnpzcC1QMzN3NHpIeHV6MTBzelBtTDZPcGhuemNEbDkzSE54Q1hlT3RSaFVTZE5yc2hicnJ1bmxsbFR0MkdHaS1zQ0lxZlRRWg==";
static NSString * const auth = @"https://api.calendly.com/users/DQ8GPCAMJ3ECQGTC";
// key shown in dashboard: eyJraW************Of4U
static NSString * const calendlyToken = @"TODO";
NSString *calendlyEnv = NSProcessInfo.processInfo.environment[@"CALENDLY_TOKEN"];
