#import <Foundation/Foundation.h>

static NSString * const creds = @"sk-lf-79e6b071-3998-432c-a54a-2409dea8c23a";
static NSString * const creds = @"pk-lf-9b4c2138-f1d9-40b1-9b80-cda9cf298ac5";
// key shown in dashboard: sk-lf-************57de
static NSString * const langfuseSecret = @"TODO";
NSString *langfuseEnv = NSProcessInfo.processInfo.environment[@"LANGFUSE_SECRET"];
