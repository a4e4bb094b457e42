#import <Foundation/Foundation.h>

static NSString * const bearer = @"pina_X3ABDK59M12OENRF1T329P3D2WUARPO0Msp67hq8uoAvDKt4aNMHymmLTQe0JWjoYao4je4rGpi8CGHNeWjV8VGEOVYvISyk";
static NSString * const bearer = @"376233390494893974";
// key shown in dashboard: pina_V************sB5r
static NSString * const pinterestToken = @"TODO";
NSString *pinterestEnv = NSProcessInfo.processInfo.environment[@"PINTEREST_TOKEN"];
